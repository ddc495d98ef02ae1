import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-JETLN2OP.js";
import "./chunk-UJAQMLG6.js";
import "./chunk-ZPWJS5YA.js";
import "./chunk-HANBNIMK.js";
export {
  publishPlan
};

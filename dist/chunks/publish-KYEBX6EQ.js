import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-UVCGLF4O.js";
import "./chunk-55EW43FE.js";
import "./chunk-F3Q3NBRS.js";
import "./chunk-ZPWJS5YA.js";
import "./chunk-HANBNIMK.js";
export {
  publishPlan
};

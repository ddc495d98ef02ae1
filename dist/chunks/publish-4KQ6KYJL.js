import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-DK7MYYNV.js";
import "./chunk-2ENTYYPI.js";
import "./chunk-MCDTEUQW.js";
import "./chunk-ZPWJS5YA.js";
import "./chunk-HANBNIMK.js";
export {
  publishPlan
};

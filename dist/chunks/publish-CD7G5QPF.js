import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-27AXBJCV.js";
import "./chunk-4IG2TBRL.js";
import "./chunk-SPYOL4Y7.js";
import "./chunk-PY5VAGIZ.js";
export {
  publishPlan
};

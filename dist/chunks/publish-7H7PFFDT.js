import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-IEYTDCDA.js";
import "./chunk-M6QIYSDX.js";
import "./chunk-ZIOJHWFQ.js";
import "./chunk-XGMWLFE3.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

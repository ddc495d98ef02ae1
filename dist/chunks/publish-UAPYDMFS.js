import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-Q2JL5W4B.js";
import "./chunk-M6QIYSDX.js";
import "./chunk-ZIOJHWFQ.js";
import "./chunk-37CBCYFL.js";
export {
  publishPlan
};

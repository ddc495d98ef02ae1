import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-FP52SNI5.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-6DG7BXTN.js";
export {
  publishExplanation
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-RWTJBQEG.js";
import "./chunk-XGMWLFE3.js";
import "./chunk-6DG7BXTN.js";
export {
  publishExplanation
};

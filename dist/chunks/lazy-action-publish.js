import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-Z6XXWCF5.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-KD5Z3JBS.js";
import "./chunk-XKUXDYLO.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-GUCHM4MG.js";
import "./chunk-SWSMRKJQ.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-JUE2CILG.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

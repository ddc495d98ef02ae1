import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-RMFOGGXL.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-YEZYDFVW.js";
import "./chunk-QOESSH6Y.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-F72ARTC2.js";
import "./chunk-KS4XPTJJ.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

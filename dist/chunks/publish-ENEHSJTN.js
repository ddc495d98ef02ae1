import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-UWVEJPN7.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-TGGDSS2H.js";
import "./chunk-6TCGCPHH.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-USM7WWNW.js";
import "./chunk-PE6NIHMS.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

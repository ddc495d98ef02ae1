import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-WVJ2VCTS.js";
import "./chunk-QC73B5FZ.js";
import "./chunk-EL2L2QXD.js";
import "./chunk-SP3VZGJC.js";
import "./chunk-IPDEMLOT.js";
import "./chunk-UD67SEHH.js";
import "./chunk-SWSXXWDO.js";
import "./chunk-GUCHM4MG.js";
import "./chunk-SWSMRKJQ.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-JUE2CILG.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-E26C5AE2.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  historyFromFlags
};

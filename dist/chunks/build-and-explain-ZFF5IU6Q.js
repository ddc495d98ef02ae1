import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-YNHKDUXJ.js";
import "./chunk-726AN37R.js";
import "./chunk-SWE2U4QM.js";
import "./chunk-OEY2ZHJZ.js";
import "./chunk-D534QWWG.js";
import "./chunk-QC73B5FZ.js";
import "./chunk-FQWTZ246.js";
import "./chunk-SP3VZGJC.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-RRW3TJRE.js";
import "./chunk-GODU6I76.js";
import "./chunk-JV7FACDQ.js";
import "./chunk-FP52SNI5.js";
import "./chunk-CO5LZ6RV.js";
import "./chunk-5N5QSZHJ.js";
import "./chunk-LIZCAJBI.js";
import "./chunk-IPDEMLOT.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-UD67SEHH.js";
import "./chunk-SWSXXWDO.js";
import "./chunk-GUCHM4MG.js";
import "./chunk-SWSMRKJQ.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-JUE2CILG.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-LZIWP3DH.js";
import "./chunk-ILETIPPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  buildAndExplain
};

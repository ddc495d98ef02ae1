import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-5KDUV5AJ.js";
import "./chunk-BNAUMDKN.js";
import "./chunk-6WRVQMWE.js";
import "./chunk-AG67O7PA.js";
import "./chunk-SP3VZGJC.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-4KLMU7DJ.js";
import "./chunk-QDLUOZNQ.js";
import "./chunk-UIYMFTGD.js";
import "./chunk-FP52SNI5.js";
import "./chunk-5N5QSZHJ.js";
import "./chunk-LIZCAJBI.js";
import "./chunk-QDICOEX5.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-UD67SEHH.js";
import "./chunk-IMTXDPP5.js";
import "./chunk-USM7WWNW.js";
import "./chunk-PE6NIHMS.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-LZIWP3DH.js";
import "./chunk-ILETIPPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  buildAndExplain
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-DNP3E3HK.js";
import "./chunk-TSNWKPMG.js";
import "./chunk-OL2WGTTH.js";
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
import "./chunk-ZJMMUWCK.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-UD67SEHH.js";
import "./chunk-MCR4IFGV.js";
import "./chunk-F72ARTC2.js";
import "./chunk-KS4XPTJJ.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-EHXUEMFW.js";
import "./chunk-ILETIPPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  buildAndExplain
};

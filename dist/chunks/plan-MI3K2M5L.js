import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-UG5KWSJ3.js";
import "./chunk-W4ZKAPYO.js";
import "./chunk-E26C5AE2.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-BNAUMDKN.js";
import "./chunk-PTK6ABIZ.js";
import "./chunk-6TCGCPHH.js";
import "./chunk-SP3VZGJC.js";
import "./chunk-EL2L2QXD.js";
import "./chunk-FQWTZ246.js";
import "./chunk-CO22XDKK.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-QDICOEX5.js";
import "./chunk-UD67SEHH.js";
import "./chunk-IMTXDPP5.js";
import "./chunk-USM7WWNW.js";
import "./chunk-PE6NIHMS.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-BNAUMDKN.js";
import "./chunk-SP3VZGJC.js";
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
  recordBuildPeak,
  resolveBuildHistory
};

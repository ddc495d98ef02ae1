import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-6WRVQMWE.js";
import "./chunk-AG67O7PA.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-QDICOEX5.js";
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
  prepareBuild,
  runBuild
};

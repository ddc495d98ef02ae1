import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-726AN37R.js";
import "./chunk-SWE2U4QM.js";
import "./chunk-OEY2ZHJZ.js";
import "./chunk-D534QWWG.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-IPDEMLOT.js";
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
  prepareBuild,
  runBuild
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-OL2WGTTH.js";
import "./chunk-AG67O7PA.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-ZJMMUWCK.js";
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
  prepareBuild,
  runBuild
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-C4G32JP3.js";
import "./chunk-E26C5AE2.js";
import "./chunk-TSNWKPMG.js";
import "./chunk-SP3VZGJC.js";
import "./chunk-EL2L2QXD.js";
import "./chunk-ZJMMUWCK.js";
import "./chunk-UD67SEHH.js";
import "./chunk-MCR4IFGV.js";
import "./chunk-F72ARTC2.js";
import "./chunk-KS4XPTJJ.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  historyFromFlags
};

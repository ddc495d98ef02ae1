import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-WBJK6PCP.js";
import "./chunk-KRCN2HBE.js";
import "./chunk-E26C5AE2.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-NWPEF7DA.js";
import "./chunk-Z3IJVJU6.js";
import "./chunk-YGEOPJDG.js";
import "./chunk-NLPWY2XP.js";
import "./chunk-FQWTZ246.js";
import "./chunk-JUTRTPZM.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-CPAOBMU4.js";
import "./chunk-4OORWAWV.js";
import "./chunk-5QXSUBBE.js";
import "./chunk-WSLQKRZZ.js";
import "./chunk-YZLJPTLL.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-ILETIPPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

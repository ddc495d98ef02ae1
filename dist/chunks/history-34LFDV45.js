import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-KRCN2HBE.js";
import "./chunk-E26C5AE2.js";
import "./chunk-NWPEF7DA.js";
import "./chunk-NLPWY2XP.js";
import "./chunk-4OORWAWV.js";
import "./chunk-5QXSUBBE.js";
import "./chunk-WSLQKRZZ.js";
import "./chunk-YZLJPTLL.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  historyFromFlags
};

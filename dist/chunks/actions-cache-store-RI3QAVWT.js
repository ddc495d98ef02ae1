import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunk-7LFKORTH.js";
import "./chunk-EL2L2QXD.js";
import "./chunk-UD67SEHH.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  actionsCacheHistoryStore
};

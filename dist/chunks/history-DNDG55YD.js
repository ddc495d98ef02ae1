import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-VVE3DRQ4.js";
import "./chunk-E26C5AE2.js";
import "./chunk-EAXWO4TY.js";
import "./chunk-SSITSGBQ.js";
import "./chunk-V4EOSY4Q.js";
import "./chunk-UD67SEHH.js";
import "./chunk-ERNSZIYP.js";
import "./chunk-4ZWLNNTZ.js";
import "./chunk-4JHAEORE.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  historyFromFlags
};

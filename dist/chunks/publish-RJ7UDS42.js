import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-S7FHPFE5.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-HEXGSJCY.js";
import "./chunk-YGEOPJDG.js";
import "./chunk-WSLQKRZZ.js";
import "./chunk-YZLJPTLL.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-JVO5Y4ZR.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-4UHMM2G6.js";
import "./chunk-BMU5ZBFI.js";
import "./chunk-E26C5AE2.js";
import "./chunk-ODKIBODI.js";
import "./chunk-YQL4VVBU.js";
import "./chunk-6VM4SKHS.js";
import "./chunk-5LJLVHW2.js";
import "./chunk-AGAH3B4S.js";
import "./chunk-Q3VIFYQ3.js";
import "./chunk-TE6UVEAX.js";
import "./chunk-FQWTZ246.js";
import "./chunk-WZD7CHN6.js";
import "./chunk-G46ACA3G.js";
import "./chunk-WVUDI324.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

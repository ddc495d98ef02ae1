import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-A4D4WMV6.js";
import "./chunk-BMU5ZBFI.js";
import "./chunk-E26C5AE2.js";
import "./chunk-ZU3LXC4Z.js";
import "./chunk-YQL4VVBU.js";
import "./chunk-6VM4SKHS.js";
import "./chunk-5LJLVHW2.js";
import "./chunk-AGAH3B4S.js";
import "./chunk-FQWTZ246.js";
import "./chunk-Q3VIFYQ3.js";
import "./chunk-TE6UVEAX.js";
import "./chunk-SVGQNIW7.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-WVUDI324.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

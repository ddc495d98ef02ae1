import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-2QSAUSMD.js";
import "./chunk-AH66OQ3K.js";
import "./chunk-E26C5AE2.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-IPPG5HN5.js";
import "./chunk-XO6772W2.js";
import "./chunk-QOESSH6Y.js";
import "./chunk-SP3VZGJC.js";
import "./chunk-EL2L2QXD.js";
import "./chunk-FQWTZ246.js";
import "./chunk-BQQOV7RB.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-UQPZAPK5.js";
import "./chunk-UD67SEHH.js";
import "./chunk-OQYTXAB3.js";
import "./chunk-F72ARTC2.js";
import "./chunk-KS4XPTJJ.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-HUDRRADM.js";
import "./chunk-MS6UIDFK.js";
import "./chunk-E26C5AE2.js";
import "./chunk-POOCJQPX.js";
import "./chunk-QLIFN2YR.js";
import "./chunk-CZ24SHIP.js";
import "./chunk-VVPA6T2T.js";
import "./chunk-74YQRMWD.js";
import "./chunk-LGWAW3FI.js";
import "./chunk-FBHOVWAC.js";
import "./chunk-FQWTZ246.js";
import "./chunk-WZD7CHN6.js";
import "./chunk-G46ACA3G.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

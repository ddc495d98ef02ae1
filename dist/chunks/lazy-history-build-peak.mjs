import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-Q3B5QKQO.mjs";
import "./chunk-754TG7QZ.mjs";
import "./chunk-OQJWIPR2.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-GRXUCSJO.mjs";
import "./chunk-S5RZUOLH.mjs";
import "./chunk-4T5YAF7R.mjs";
import "./chunk-CKQO7XRO.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-D25BX72J.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-NHOYWNTS.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-V3IPYUMB.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

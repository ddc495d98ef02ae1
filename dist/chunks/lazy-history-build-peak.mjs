import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-5M45GWU5.mjs";
import "./chunk-OBOOCHSD.mjs";
import "./chunk-ETWRXPVI.mjs";
import "./chunk-AULHF4PX.mjs";
import "./chunk-D4NPVWEF.mjs";
import "./chunk-XOSIC3BH.mjs";
import "./chunk-BSVTFWJ2.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NVOCHSIQ.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-6U6ZQIOW.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

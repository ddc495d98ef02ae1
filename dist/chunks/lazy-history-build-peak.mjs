import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-FMJLNYAM.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-OQXY4ZKF.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-7DKSWZ7X.mjs";
import "./chunk-2IYVZL3O.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

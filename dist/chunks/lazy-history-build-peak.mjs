import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-4JAGWN4V.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-JUXW7YFL.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-BNAXSZ66.mjs";
import "./chunk-RCCJXZMT.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-ZPVBRK7Q.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

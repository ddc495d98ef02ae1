import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-KZU3X5M3.mjs";
import "./chunk-U7UBTYZN.mjs";
import "./chunk-OXFSUSZB.mjs";
import "./chunk-IE7ZRHYQ.mjs";
import "./chunk-6I2FCSLT.mjs";
import "./chunk-ZWQLF6SF.mjs";
import "./chunk-GLPDKCL5.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-DZBUPQWR.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

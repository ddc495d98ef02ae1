import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  NoBuildxError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-WV3S2FB7.mjs";
import "./chunk-NNNHQKHK.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-JBBGU233.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  BindError,
  NoBuildxError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

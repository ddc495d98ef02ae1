import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-DJFNUKDV.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-UALP4TTC.mjs";
import "./chunk-PMJBS4UE.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

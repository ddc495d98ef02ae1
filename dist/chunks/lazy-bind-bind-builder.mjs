import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-4E6LDVHI.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-34POSS7A.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

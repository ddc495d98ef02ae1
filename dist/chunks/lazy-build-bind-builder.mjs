import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-EHDRMHLL.mjs";
import "./chunk-ZFFGTNYO.mjs";
import "./chunk-J7TWAA2H.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SLVTR6WV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NXJA7V62.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

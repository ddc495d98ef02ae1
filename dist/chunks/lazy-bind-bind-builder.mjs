import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-XEMJYIFH.mjs";
import "./chunk-3GUL4B2P.mjs";
import "./chunk-AYUBDFW2.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SLVTR6WV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-LQ5GJBM6.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

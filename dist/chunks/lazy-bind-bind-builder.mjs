import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  NoBuildxError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-N2JQBVX2.mjs";
import {
  BindError
} from "./chunk-YQGGITQ5.mjs";
import "./chunk-NNJ4BVTD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-5LQ7LA22.mjs";
import "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  BindError,
  NoBuildxError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

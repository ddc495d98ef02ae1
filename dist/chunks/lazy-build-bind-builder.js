import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-ROFN4J5E.js";
import "./chunk-D534QWWG.js";
import "./chunk-ZVJDDIRG.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-MEOPLWEQ.js";
import "./chunk-UZYQOPRT.js";
import "./chunk-6RR46GWK.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

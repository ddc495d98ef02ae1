import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
} from "./chunk-HEFOKI5U.js";
import "./chunk-D534QWWG.js";
import "./chunk-LW2JP6LM.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-U72LPSCJ.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  BindError,
  bindBuilder,
  describeLimits,
  releaseBuilder
};

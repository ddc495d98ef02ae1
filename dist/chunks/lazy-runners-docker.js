import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
} from "./chunk-ZVJDDIRG.js";
import "./chunk-MEOPLWEQ.js";
import "./chunk-UZYQOPRT.js";
import "./chunk-6RR46GWK.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
} from "./chunk-A44HNRBR.js";
import "./chunk-U72LPSCJ.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
};

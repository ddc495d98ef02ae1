import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureDocker,
  removeBuilder,
  streamDocker
} from "./chunk-BRIMMZRO.js";
import "./chunk-U72LPSCJ.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  captureDocker,
  removeBuilder,
  streamDocker
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureDocker,
  removeBuilder,
  streamDocker
} from "./chunk-LZIWP3DH.js";
import "./chunk-ILETIPPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  captureDocker,
  removeBuilder,
  streamDocker
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
} from "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
};

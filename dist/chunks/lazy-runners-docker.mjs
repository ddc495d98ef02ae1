import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
} from "./chunk-34POSS7A.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
};

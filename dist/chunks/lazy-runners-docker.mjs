import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
} from "./chunk-AYUBDFW2.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-LQ5GJBM6.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  captureDocker,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
};

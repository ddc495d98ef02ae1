import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-YTRDHXJZ.mjs";
import "./chunk-POP3CSHZ.mjs";
import "./chunk-OXFSUSZB.mjs";
import "./chunk-7QRWGVDN.mjs";
import "./chunk-A3L536HD.mjs";
import "./chunk-ZWQLF6SF.mjs";
import "./chunk-JIKAT7C6.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

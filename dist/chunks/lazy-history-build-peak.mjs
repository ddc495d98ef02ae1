import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-KVT2EJ3E.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-ZA5YFTPW.mjs";
import "./chunk-5PZNYXPD.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

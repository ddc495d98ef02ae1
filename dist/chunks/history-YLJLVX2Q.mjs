import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-XFEFWUHA.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-URJRMWDR.mjs";
import "./chunk-D772QEDI.mjs";
import "./chunk-KVT2EJ3E.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-ZA5YFTPW.mjs";
import "./chunk-5PZNYXPD.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  historyCommand,
  historyFromFlags
};

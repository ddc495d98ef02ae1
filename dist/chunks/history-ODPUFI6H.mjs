import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-4KL3UOQY.mjs";
import "./chunk-6S6CLKCP.mjs";
import "./chunk-YTRDHXJZ.mjs";
import "./chunk-POP3CSHZ.mjs";
import "./chunk-OXFSUSZB.mjs";
import "./chunk-7QRWGVDN.mjs";
import "./chunk-A3L536HD.mjs";
import "./chunk-ZWQLF6SF.mjs";
import "./chunk-JIKAT7C6.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  historyCommand,
  historyFromFlags
};

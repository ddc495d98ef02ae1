import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-52T7REJZ.mjs";
import "./chunk-MOMBZNBQ.mjs";
import "./chunk-7ETK7EQK.mjs";
import "./chunk-YTRDHXJZ.mjs";
import "./chunk-4RV7F6WU.mjs";
import "./chunk-PC2MXMIU.mjs";
import "./chunk-E2GN563Y.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-COERGOQA.mjs";
import "./chunk-RILQCAFK.mjs";
import "./chunk-POP3CSHZ.mjs";
import "./chunk-OXFSUSZB.mjs";
import "./chunk-7QRWGVDN.mjs";
import "./chunk-A3L536HD.mjs";
import "./chunk-ZWQLF6SF.mjs";
import "./chunk-JIKAT7C6.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-3X3I3CUZ.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-ITVUKAJ2.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

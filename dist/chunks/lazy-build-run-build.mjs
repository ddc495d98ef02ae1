import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-COERGOQA.mjs";
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
import "./chunk-ZEMHNOYJ.mjs";
export {
  prepareBuild,
  runBuild
};

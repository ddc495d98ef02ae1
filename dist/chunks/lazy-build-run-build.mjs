import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-XHOHY373.mjs";
import "./chunk-RILQCAFK.mjs";
import "./chunk-OBOOCHSD.mjs";
import "./chunk-ETWRXPVI.mjs";
import "./chunk-AULHF4PX.mjs";
import "./chunk-D4NPVWEF.mjs";
import "./chunk-XOSIC3BH.mjs";
import "./chunk-BSVTFWJ2.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-2WCBUFFX.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-MEXJRMGB.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NVOCHSIQ.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  prepareBuild,
  runBuild
};

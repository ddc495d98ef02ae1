import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-B3DPGFLQ.mjs";
import "./chunk-TMZTUDHY.mjs";
import "./chunk-BSUM75PV.mjs";
import "./chunk-5M45GWU5.mjs";
import "./chunk-4RV7F6WU.mjs";
import "./chunk-J4JBDQ5I.mjs";
import "./chunk-E2GN563Y.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-XHOHY373.mjs";
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
import "./chunk-EOIFBMQM.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

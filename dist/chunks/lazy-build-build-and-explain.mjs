import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-MTSJCOVW.mjs";
import "./chunk-DGK6CXLX.mjs";
import "./chunk-UJXBRPH4.mjs";
import "./chunk-XV5SNR5L.mjs";
import "./chunk-4RV7F6WU.mjs";
import "./chunk-XFJS67DF.mjs";
import "./chunk-E2GN563Y.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-JW7NGKYI.mjs";
import "./chunk-IWXF4YMS.mjs";
import "./chunk-QBQPTBEE.mjs";
import "./chunk-5J7ZKFWW.mjs";
import "./chunk-NMUOGXOL.mjs";
import "./chunk-A6RP6WYE.mjs";
import "./chunk-4TO3MNU3.mjs";
import "./chunk-DMOAFOPE.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-EHDRMHLL.mjs";
import "./chunk-ZFFGTNYO.mjs";
import "./chunk-J7TWAA2H.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SLVTR6WV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NXJA7V62.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

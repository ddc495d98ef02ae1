import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-S3N666KW.mjs";
import "./chunk-HSBUWEVR.mjs";
import "./chunk-WGYDACHV.mjs";
import "./chunk-IX2GZYHK.mjs";
import "./chunk-4RV7F6WU.mjs";
import "./chunk-EXYSBXEL.mjs";
import "./chunk-E2GN563Y.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-USL3QJRF.mjs";
import "./chunk-IWXF4YMS.mjs";
import "./chunk-XUXXGKNJ.mjs";
import "./chunk-WVCXNSCV.mjs";
import "./chunk-4VJMK6V4.mjs";
import "./chunk-YSIAG2PU.mjs";
import "./chunk-LX7CQ7MV.mjs";
import "./chunk-PAEZRTQO.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-UMIDO56X.mjs";
import "./chunk-ZFFGTNYO.mjs";
import "./chunk-AYUBDFW2.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SLVTR6WV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-LQ5GJBM6.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

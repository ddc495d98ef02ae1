import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-S6AWMOAA.mjs";
import "./chunk-DKY6SWAA.mjs";
import "./chunk-XUXXGKNJ.mjs";
import "./chunk-WVCXNSCV.mjs";
import "./chunk-4VJMK6V4.mjs";
import "./chunk-YSIAG2PU.mjs";
import "./chunk-LX7CQ7MV.mjs";
import "./chunk-PAEZRTQO.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-XEMJYIFH.mjs";
import "./chunk-3GUL4B2P.mjs";
import "./chunk-AYUBDFW2.mjs";
import "./chunk-QB6UDUTV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SLVTR6WV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-LQ5GJBM6.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  prepareBuild,
  runBuild
};

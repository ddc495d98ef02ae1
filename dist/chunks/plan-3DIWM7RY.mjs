import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-RDKDIKAO.mjs";
import "./chunk-LXQW5STP.mjs";
import "./chunk-BBBERAJ2.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-LLZQIVLT.mjs";
import "./chunk-7DZCT7I2.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-BZQVZXMX.mjs";
import "./chunk-IX2GZYHK.mjs";
import "./chunk-XUXXGKNJ.mjs";
import "./chunk-WVCXNSCV.mjs";
import "./chunk-4VJMK6V4.mjs";
import "./chunk-YSIAG2PU.mjs";
import "./chunk-LX7CQ7MV.mjs";
import "./chunk-PAEZRTQO.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SLVTR6WV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-LQ5GJBM6.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

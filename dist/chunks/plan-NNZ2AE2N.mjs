import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-3RZTTUB3.mjs";
import "./chunk-XFEFWUHA.mjs";
import "./chunk-BLNFNQWZ.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-URJRMWDR.mjs";
import "./chunk-D772QEDI.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-KHIJCYAW.mjs";
import "./chunk-KVT2EJ3E.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-LOMAH6VD.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-CXLET7NT.mjs";
import "./chunk-GR3TBPK4.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-ZA5YFTPW.mjs";
import "./chunk-5PZNYXPD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

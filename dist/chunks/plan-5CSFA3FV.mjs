import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-EPHZ7EQQ.mjs";
import "./chunk-CTRN5HRZ.mjs";
import "./chunk-BLNFNQWZ.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-BFAR27SF.mjs";
import "./chunk-D772QEDI.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-ZSPAWXNR.mjs";
import "./chunk-3H7ZVCYB.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-SJV5Y2SA.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-JXWUDJYY.mjs";
import "./chunk-ZNWIBV7F.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FVE4Z43S.mjs";
import "./chunk-PO34GGFD.mjs";
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

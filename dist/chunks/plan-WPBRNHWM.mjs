import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-W4C27I5M.mjs";
import "./chunk-337Q5SGI.mjs";
import "./chunk-QHQ6XDGY.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-XRHKJGTF.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-P22RDP2K.mjs";
import "./chunk-5M45GWU5.mjs";
import "./chunk-OBOOCHSD.mjs";
import "./chunk-ETWRXPVI.mjs";
import "./chunk-AULHF4PX.mjs";
import "./chunk-D4NPVWEF.mjs";
import "./chunk-XOSIC3BH.mjs";
import "./chunk-BSVTFWJ2.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NVOCHSIQ.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-4WJCCU5R.mjs";
import "./chunk-FBXN7JSX.mjs";
import "./chunk-BLNFNQWZ.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-RVFRI636.mjs";
import "./chunk-D772QEDI.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-4DVAWDQY.mjs";
import "./chunk-V3IPYUMB.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-PCYGHEDG.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-EXXJVCAA.mjs";
import "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-FBXN7JSX.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-RVFRI636.mjs";
import "./chunk-D772QEDI.mjs";
import "./chunk-V3IPYUMB.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  historyCommand,
  historyFromFlags
};

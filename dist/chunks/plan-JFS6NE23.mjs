import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-LRD6KYN7.mjs";
import "./chunk-MS2YRBJK.mjs";
import "./chunk-OSH5HXEZ.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-JDVNJAQC.mjs";
import "./chunk-OSFBQEKQ.mjs";
import "./chunk-ZJX2ZXG5.mjs";
import "./chunk-AQPZUDAB.mjs";
import "./chunk-FV6MXRHL.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SLVTR6WV.mjs";
import "./chunk-LOEHVQBG.mjs";
import "./chunk-5J7ZKFWW.mjs";
import "./chunk-SPJUS4OY.mjs";
import "./chunk-3MG5IFVE.mjs";
import "./chunk-4TO3MNU3.mjs";
import "./chunk-EEC7F33B.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NXJA7V62.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

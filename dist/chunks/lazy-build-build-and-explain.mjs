import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-RBSZ44QE.mjs";
import "./chunk-X55X4XOS.mjs";
import "./chunk-3Z7CPAVA.mjs";
import "./chunk-4RV7F6WU.mjs";
import "./chunk-I2V23AT5.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-E2GN563Y.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-FV6MXRHL.mjs";
import "./chunk-3RYW3NQV.mjs";
import "./chunk-IWXF4YMS.mjs";
import "./chunk-EHDRMHLL.mjs";
import "./chunk-ZFFGTNYO.mjs";
import "./chunk-J7TWAA2H.mjs";
import "./chunk-QB6UDUTV.mjs";
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
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

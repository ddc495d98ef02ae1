import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-FV6MXRHL.mjs";
import "./chunk-LOEHVQBG.mjs";
import "./chunk-5J7ZKFWW.mjs";
import "./chunk-SPJUS4OY.mjs";
import "./chunk-3MG5IFVE.mjs";
import "./chunk-4TO3MNU3.mjs";
import "./chunk-EEC7F33B.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NXJA7V62.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-XV5SNR5L.mjs";
import "./chunk-QBQPTBEE.mjs";
import "./chunk-5J7ZKFWW.mjs";
import "./chunk-NMUOGXOL.mjs";
import "./chunk-A6RP6WYE.mjs";
import "./chunk-4TO3MNU3.mjs";
import "./chunk-DMOAFOPE.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NXJA7V62.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  recordBuildPeak,
  resolveBuildHistory
};

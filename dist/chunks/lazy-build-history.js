import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  recordBuildPeak,
  resolveBuildHistory
} from "./chunk-PTNOJX4U.js";
import "./chunk-JAXLUREA.js";
import "./chunk-662LQ7HR.js";
import "./chunk-DFVHCUKD.js";
import "./chunk-SVKCMDEF.js";
import "./chunk-DUVUTQT3.js";
import "./chunk-RXYM5UYZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-K4656TKS.js";
import "./chunk-YH6U5J26.js";
import "./chunk-6RR46GWK.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  recordBuildPeak,
  resolveBuildHistory
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-NJUFXURL.js";
import "./chunk-S6PSYPZ3.js";
import "./chunk-J3PICFUC.js";
import "./chunk-S4EYESHR.js";
import "./chunk-IGPBYK6G.js";
import "./chunk-UTOGAKKI.js";
import "./chunk-R64RCU3W.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-346QALMU.js";
import "./chunk-PTNOJX4U.js";
import "./chunk-JAXLUREA.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-UZYQOPRT.js";
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
  EXIT_INSUFFICIENT,
  planCommand
};

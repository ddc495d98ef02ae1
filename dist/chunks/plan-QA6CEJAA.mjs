import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-7MBMLTA6.mjs";
import "./chunk-P4CZYQRS.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-TLS7Z2IN.mjs";
import "./chunk-TCJXMZSV.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-C7HPZKIB.mjs";
import "./chunk-KZU3X5M3.mjs";
import "./chunk-U7UBTYZN.mjs";
import "./chunk-OXFSUSZB.mjs";
import "./chunk-IE7ZRHYQ.mjs";
import "./chunk-6I2FCSLT.mjs";
import "./chunk-ZWQLF6SF.mjs";
import "./chunk-GLPDKCL5.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-DZBUPQWR.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-AIQ6CNUQ.mjs";
import "./chunk-STSXJQMZ.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-OPGJ5XZT.mjs";
import "./chunk-RTYSKQHV.mjs";
import "./chunk-BT5PEBKU.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-CG23MJW2.mjs";
import "./chunk-4JAGWN4V.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-JUXW7YFL.mjs";
import "./chunk-QVAUBJ6G.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-BNAXSZ66.mjs";
import "./chunk-RCCJXZMT.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-ZPVBRK7Q.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

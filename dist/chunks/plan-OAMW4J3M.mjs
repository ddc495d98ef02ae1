import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-KJETC7TD.mjs";
import "./chunk-D6VH25WO.mjs";
import "./chunk-TSPMPEID.mjs";
import "./chunk-OPGJ5XZT.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-FYUGQAWQ.mjs";
import "./chunk-OC6KFKBQ.mjs";
import "./chunk-ZOBYTK3G.mjs";
import "./chunk-QD6XADLB.mjs";
import "./chunk-6U6ZQIOW.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-DJZW3DOY.mjs";
import "./chunk-ZXDTQ2VU.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-ZLNM3YSU.mjs";
import "./chunk-Y2XFSNHR.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

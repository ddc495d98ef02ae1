import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-W3A6V5XB.mjs";
import "./chunk-IXDK7YUY.mjs";
import "./chunk-VDL3PG2N.mjs";
import "./chunk-FMJLNYAM.mjs";
import "./chunk-4RV7F6WU.mjs";
import "./chunk-J4PKDEYR.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-E2GN563Y.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-HGM75I37.mjs";
import "./chunk-USOO5TGF.mjs";
import "./chunk-AKKRLVDT.mjs";
import "./chunk-OQXY4ZKF.mjs";
import "./chunk-ZXDTQ2VU.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-7DKSWZ7X.mjs";
import "./chunk-2IYVZL3O.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-QEA27AK5.mjs";
import "./chunk-NNNHQKHK.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-EXZ4GOYR.mjs";
import "./chunk-LIFAEY5H.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

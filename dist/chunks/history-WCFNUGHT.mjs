import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-BPMT5RWQ.mjs";
import "./chunk-FYUGQAWQ.mjs";
import "./chunk-OC6KFKBQ.mjs";
import "./chunk-FMJLNYAM.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-OQXY4ZKF.mjs";
import "./chunk-ZXDTQ2VU.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-7DKSWZ7X.mjs";
import "./chunk-2IYVZL3O.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  historyCommand,
  historyFromFlags
};

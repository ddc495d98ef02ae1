import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-6EM54VVM.mjs";
import "./chunk-322RRR7K.mjs";
import "./chunk-SNEUOKJC.mjs";
import "./chunk-M5SAEHGH.mjs";
import "./chunk-6U6ZQIOW.mjs";
import "./chunk-FJ7MZ2PL.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-E23B6OTI.mjs";
import "./chunk-VY553U4K.mjs";
import "./chunk-6AXFDEXN.mjs";
import "./chunk-T526YEHF.mjs";
import "./chunk-E3U7USL7.mjs";
import "./chunk-DJZW3DOY.mjs";
import "./chunk-7EPKVNQE.mjs";
import "./chunk-ZXDTQ2VU.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-AKKRLVDT.mjs";
import "./chunk-BGOEDO4T.mjs";
import "./chunk-ZLNM3YSU.mjs";
import "./chunk-Y2XFSNHR.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-WV3S2FB7.mjs";
import "./chunk-NNNHQKHK.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-JBBGU233.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-73ZNDNTV.mjs";
import "./chunk-YUEPFN6M.mjs";
import "./chunk-ZYKZN553.mjs";
import "./chunk-KZU3X5M3.mjs";
import "./chunk-4RV7F6WU.mjs";
import "./chunk-3GUBOUBB.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-E2GN563Y.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-WZN5SXE3.mjs";
import "./chunk-JOAHPYW2.mjs";
import "./chunk-RILQCAFK.mjs";
import "./chunk-U7UBTYZN.mjs";
import "./chunk-OXFSUSZB.mjs";
import "./chunk-IE7ZRHYQ.mjs";
import "./chunk-6I2FCSLT.mjs";
import "./chunk-ZWQLF6SF.mjs";
import "./chunk-GLPDKCL5.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-DZBUPQWR.mjs";
import "./chunk-TZXA6GAX.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-IZ3VFM3A.mjs";
import "./chunk-PMJBS4UE.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-GK2AYERW.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

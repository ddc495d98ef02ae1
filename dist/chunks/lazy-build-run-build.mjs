import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-WEWYKXAO.mjs";
import "./chunk-QFZAUBXR.mjs";
import "./chunk-RILQCAFK.mjs";
import "./chunk-OQJWIPR2.mjs";
import "./chunk-HMEPJLQB.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-GRXUCSJO.mjs";
import "./chunk-S5RZUOLH.mjs";
import "./chunk-4T5YAF7R.mjs";
import "./chunk-CKQO7XRO.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-D25BX72J.mjs";
import "./chunk-TPAHYR5A.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-KMF5GV7X.mjs";
import "./chunk-PMJBS4UE.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-NHOYWNTS.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  prepareBuild,
  runBuild
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-PVANCQQD.mjs";
import "./chunk-XMO65SPM.mjs";
import "./chunk-RILQCAFK.mjs";
import "./chunk-JUXW7YFL.mjs";
import "./chunk-QVAUBJ6G.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-BNAXSZ66.mjs";
import "./chunk-RCCJXZMT.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-ZPVBRK7Q.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-DJFNUKDV.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-UALP4TTC.mjs";
import "./chunk-PMJBS4UE.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  prepareBuild,
  runBuild
};

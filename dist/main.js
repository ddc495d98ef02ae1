import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-SZYPW3TU.js";
import "./chunks/chunk-745RW5JC.js";
import "./chunks/chunk-GDOJ2QA3.js";
import "./chunks/chunk-I5RWDUGV.js";
import "./chunks/chunk-5MC4YYCZ.js";
import "./chunks/chunk-JJAT2RQX.js";
import "./chunks/chunk-PWZL3QDP.js";
import "./chunks/chunk-GFTYZAU7.js";
import "./chunks/chunk-ODKIBODI.js";
import "./chunks/chunk-YQL4VVBU.js";
import "./chunks/chunk-XCIWYK3M.js";
import "./chunks/chunk-6VM4SKHS.js";
import "./chunks/chunk-5LJLVHW2.js";
import "./chunks/chunk-AGAH3B4S.js";
import "./chunks/chunk-Q3VIFYQ3.js";
import "./chunks/chunk-TE6UVEAX.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-WZD7CHN6.js";
import "./chunks/chunk-G46ACA3G.js";
import "./chunks/chunk-C3TKTSPO.js";
import "./chunks/chunk-FNMJEII5.js";
import "./chunks/chunk-MRYP2DVM.js";
import "./chunks/chunk-WVUDI324.js";
import "./chunks/chunk-DKWBHJTO.js";
import "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/main.ts
await run();

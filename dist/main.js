import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-VNSA62LU.js";
import "./chunks/chunk-HLFF5RMF.js";
import "./chunks/chunk-YQEREMMR.js";
import "./chunks/chunk-I5RWDUGV.js";
import "./chunks/chunk-KL2GAPMJ.js";
import "./chunks/chunk-KZUBM2G2.js";
import "./chunks/chunk-PWZL3QDP.js";
import "./chunks/chunk-FUDQ7UNM.js";
import "./chunks/chunk-POOCJQPX.js";
import "./chunks/chunk-QLIFN2YR.js";
import "./chunks/chunk-G6HNBUQM.js";
import "./chunks/chunk-CZ24SHIP.js";
import "./chunks/chunk-VVPA6T2T.js";
import "./chunks/chunk-74YQRMWD.js";
import "./chunks/chunk-LGWAW3FI.js";
import "./chunks/chunk-FBHOVWAC.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-WZD7CHN6.js";
import "./chunks/chunk-G46ACA3G.js";
import "./chunks/chunk-3HUT734X.js";
import "./chunks/chunk-MKOAN3BV.js";
import "./chunks/chunk-FNMJEII5.js";
import "./chunks/chunk-G4AZ5TKN.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-DKWBHJTO.js";
import "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/main.ts
await run();

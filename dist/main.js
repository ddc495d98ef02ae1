import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-25MGQZIT.js";
import "./chunks/chunk-HXYODMIN.js";
import "./chunks/chunk-S7FHPFE5.js";
import "./chunks/chunk-FXVDSFNG.js";
import "./chunks/chunk-XMJJFOWZ.js";
import "./chunks/chunk-NWPEF7DA.js";
import "./chunks/chunk-53EV47WO.js";
import "./chunks/chunk-Q37SUVR4.js";
import "./chunks/chunk-FTWCT4RB.js";
import "./chunks/chunk-HEXGSJCY.js";
import "./chunks/chunk-Z3IJVJU6.js";
import "./chunks/chunk-YGEOPJDG.js";
import "./chunks/chunk-NLPWY2XP.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-JUTRTPZM.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-CPAOBMU4.js";
import "./chunks/chunk-CKNII22C.js";
import "./chunks/chunk-RDOR5HT2.js";
import "./chunks/chunk-PPTGOEJJ.js";
import "./chunks/chunk-3U4EGUJ6.js";
import "./chunks/chunk-GK5YC4K2.js";
import "./chunks/chunk-4OORWAWV.js";
import "./chunks/chunk-UIYMFTGD.js";
import "./chunks/chunk-WQ665HPS.js";
import "./chunks/chunk-LIZCAJBI.js";
import "./chunks/chunk-5QXSUBBE.js";
import "./chunks/chunk-WSLQKRZZ.js";
import "./chunks/chunk-YZLJPTLL.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-ILETIPPI.js";
import "./chunks/chunk-DKWBHJTO.js";
import "./chunks/chunk-Y6URSY3P.js";
import "./chunks/chunk-JVO5Y4ZR.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/main.ts
await run();

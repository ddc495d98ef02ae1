import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-I7H7PRGA.js";
import "./chunks/chunk-EEWOGFLM.js";
import "./chunks/chunk-6FUB4EWN.js";
import "./chunks/chunk-Y6NZC5Q4.js";
import "./chunks/chunk-XMJJFOWZ.js";
import "./chunks/chunk-EAXWO4TY.js";
import "./chunks/chunk-53EV47WO.js";
import "./chunks/chunk-CPBXB7FP.js";
import "./chunks/chunk-COI3Y2N6.js";
import "./chunks/chunk-GLXEGWOO.js";
import "./chunks/chunk-Z3IJVJU6.js";
import "./chunks/chunk-2SW5EMYZ.js";
import "./chunks/chunk-SSITSGBQ.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-JUTRTPZM.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-CPAOBMU4.js";
import "./chunks/chunk-KTR4IIIZ.js";
import "./chunks/chunk-7SFIH3JI.js";
import "./chunks/chunk-QDLUOZNQ.js";
import "./chunks/chunk-ITSQ4KTE.js";
import "./chunks/chunk-GK5YC4K2.js";
import "./chunks/chunk-V4EOSY4Q.js";
import "./chunks/chunk-UIYMFTGD.js";
import "./chunks/chunk-WQ665HPS.js";
import "./chunks/chunk-LIZCAJBI.js";
import "./chunks/chunk-UD67SEHH.js";
import "./chunks/chunk-ERNSZIYP.js";
import "./chunks/chunk-4ZWLNNTZ.js";
import "./chunks/chunk-4JHAEORE.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-ILETIPPI.js";
import "./chunks/chunk-DKWBHJTO.js";
import "./chunks/chunk-3NJ4QMWT.js";
import "./chunks/chunk-CHXX7HMV.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/main.ts
await run();

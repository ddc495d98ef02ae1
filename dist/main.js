import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-T4JHRZ2P.js";
import "./chunks/chunk-45P45ESP.js";
import "./chunks/chunk-I7QJNT5B.js";
import "./chunks/chunk-QFV4G5E4.js";
import "./chunks/chunk-KL2DLNNF.js";
import "./chunks/chunk-VO4TMWMW.js";
import "./chunks/chunk-O4PUZ4M6.js";
import "./chunks/chunk-QMYHYDDN.js";
import "./chunks/chunk-6VHA33XN.js";
import "./chunks/chunk-FFHMUG4J.js";
import "./chunks/chunk-FDODVBKC.js";
import "./chunks/chunk-H7D7MOT6.js";
import "./chunks/chunk-VHST5P5A.js";
import "./chunks/chunk-KOVLO3YM.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-TPQTNYCD.js";
import "./chunks/chunk-I7IUG24D.js";
import "./chunks/chunk-AIC6CPM3.js";
import "./chunks/chunk-TF6WTFRA.js";
import "./chunks/chunk-F33YM7KC.js";
import "./chunks/chunk-FNMJEII5.js";
import "./chunks/chunk-325ZBQZZ.js";
import "./chunks/chunk-MVXOFTDU.js";
import "./chunks/chunk-HZVVQHPO.js";
import "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/main.ts
await run();

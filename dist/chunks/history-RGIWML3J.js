import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  knownPeakFromFlags
} from "./chunk-3HDUYEVZ.js";
import "./chunk-E26C5AE2.js";
import "./chunk-TPQTNYCD.js";
import "./chunk-I7IUG24D.js";
import "./chunk-MVXOFTDU.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  knownPeakFromFlags
};

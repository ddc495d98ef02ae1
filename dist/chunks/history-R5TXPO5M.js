import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  knownPeakFromFlags
} from "./chunk-4AI5D4DV.js";
import "./chunk-E26C5AE2.js";
import "./chunk-IBLGCQKF.js";
import "./chunk-XH6RSTZL.js";
import "./chunk-CQZTYOTY.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  knownPeakFromFlags
};

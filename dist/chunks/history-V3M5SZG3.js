import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  knownPeakFromFlags
} from "./chunk-MS6UIDFK.js";
import "./chunk-E26C5AE2.js";
import "./chunk-LGWAW3FI.js";
import "./chunk-FBHOVWAC.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  knownPeakFromFlags
};

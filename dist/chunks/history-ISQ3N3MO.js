import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  knownPeakFromFlags
} from "./chunk-BMU5ZBFI.js";
import "./chunk-E26C5AE2.js";
import "./chunk-Q3VIFYQ3.js";
import "./chunk-TE6UVEAX.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  knownPeakFromFlags
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  knownPeakFromFlags
} from "./chunk-LUU5Y4PT.js";
import "./chunk-E26C5AE2.js";
import "./chunk-CWYG7LYI.js";
import "./chunk-J5YFGBQQ.js";
import "./chunk-ZIOJHWFQ.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  knownPeakFromFlags
};

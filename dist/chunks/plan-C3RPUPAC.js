import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-7MZRPDQC.js";
import "./chunk-4AI5D4DV.js";
import "./chunk-E26C5AE2.js";
import "./chunk-ZU3LXC4Z.js";
import "./chunk-OSQETUME.js";
import "./chunk-UYF65J45.js";
import "./chunk-K3I6FKN7.js";
import "./chunk-UERQUYBW.js";
import "./chunk-FQWTZ246.js";
import "./chunk-IBLGCQKF.js";
import "./chunk-XH6RSTZL.js";
import "./chunk-SVGQNIW7.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-TA7IWXW6.js";
import "./chunk-CQZTYOTY.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

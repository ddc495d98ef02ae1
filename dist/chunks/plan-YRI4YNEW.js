import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-KMN3SWLN.js";
import "./chunk-WXNQYSQD.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-NBKABSDH.js";
import "./chunk-IZYTV3ZK.js";
import "./chunk-DBAFH4NH.js";
import "./chunk-WJF5LX4Z.js";
import "./chunk-FQWTZ246.js";
import "./chunk-DQS5TQAN.js";
import "./chunk-SBRVTZDA.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-4AB2IO7X.js";
import "./chunk-YZ5ZNBAJ.js";
import "./chunk-BBK5DGQI.js";
import "./chunk-GTS2FVTB.js";
import "./chunk-KD2RUOUU.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-RIM6E7OU.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-E26C5AE2.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

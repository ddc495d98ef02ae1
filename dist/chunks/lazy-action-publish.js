import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-QAVGQB63.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-EFLXPI42.js";
import "./chunk-WJF5LX4Z.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-GTS2FVTB.js";
import "./chunk-KD2RUOUU.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-RIM6E7OU.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

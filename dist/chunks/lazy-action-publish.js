import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-3AV2M6KL.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-PPLZIYQF.js";
import "./chunk-6WEJIR6H.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-HSVVZ2G4.js";
import "./chunk-PAPPFDNF.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-WPS2G4JG.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

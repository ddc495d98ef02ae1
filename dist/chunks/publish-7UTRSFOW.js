import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-7CHRVGOF.js";
import "./chunk-YC2HH5IN.js";
import "./chunk-WND4YQVL.js";
import "./chunk-PUGFUTRA.js";
import "./chunk-J5YFGBQQ.js";
import "./chunk-ZIOJHWFQ.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

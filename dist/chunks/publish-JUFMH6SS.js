import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-GDOJ2QA3.js";
import "./chunk-GFTYZAU7.js";
import "./chunk-YQL4VVBU.js";
import "./chunk-5LJLVHW2.js";
import "./chunk-TE6UVEAX.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-ST45AKNT.js";
import "./chunk-HQQPEYZU.js";
import "./chunk-OSQETUME.js";
import "./chunk-UERQUYBW.js";
import "./chunk-XH6RSTZL.js";
import "./chunk-CQZTYOTY.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-Z4654PWH.js";
import "./chunk-KOVLFFEC.js";
import "./chunk-P574JD7W.js";
import "./chunk-HDNLRF77.js";
export {
  publishPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-ZWZ3VHWT.js";
import "./chunk-Y7NUFLIS.js";
import "./chunk-EJ3N4MJJ.js";
import "./chunk-PY5VAGIZ.js";
export {
  publishPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-QHO6XI6E.js";
import "./chunk-EJ3N4MJJ.js";
import "./chunk-J7FPN7KF.js";
export {
  publishPlan
};

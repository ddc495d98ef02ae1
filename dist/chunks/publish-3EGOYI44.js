import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-YQEREMMR.js";
import "./chunk-FUDQ7UNM.js";
import "./chunk-QLIFN2YR.js";
import "./chunk-VVPA6T2T.js";
import "./chunk-74YQRMWD.js";
import "./chunk-FBHOVWAC.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-6GZ2YKFI.js";
import "./chunk-Y7NUFLIS.js";
import "./chunk-3MJOOBRO.js";
import "./chunk-MVXOFTDU.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-PY5VAGIZ.js";
export {
  publishPlan
};

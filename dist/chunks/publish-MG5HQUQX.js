import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-I7QJNT5B.js";
import "./chunk-QMYHYDDN.js";
import "./chunk-FFHMUG4J.js";
import "./chunk-KOVLO3YM.js";
import "./chunk-I7IUG24D.js";
import "./chunk-MVXOFTDU.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

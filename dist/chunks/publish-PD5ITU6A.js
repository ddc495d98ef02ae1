import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-NA3R7UZD.js";
import "./chunk-QMYHYDDN.js";
import "./chunk-6CRERFYM.js";
import "./chunk-FFHMUG4J.js";
import "./chunk-I7IUG24D.js";
import "./chunk-MVXOFTDU.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

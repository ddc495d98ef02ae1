import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-Y6URSY3P.js";
import "./chunk-JVO5Y4ZR.js";
import "./chunk-6DG7BXTN.js";
export {
  publishExplanation
};

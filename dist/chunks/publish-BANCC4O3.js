import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-6FUB4EWN.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-GLXEGWOO.js";
import "./chunk-2SW5EMYZ.js";
import "./chunk-4ZWLNNTZ.js";
import "./chunk-4JHAEORE.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-CHXX7HMV.js";
import "./chunk-6DG7BXTN.js";
export {
  publishPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-AGHEEZBG.js";
import "./chunk-Q25VWHAH.js";
import "./chunk-6DG7BXTN.js";
export {
  publishExplanation
};

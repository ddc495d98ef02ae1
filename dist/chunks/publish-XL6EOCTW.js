import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-FNMJEII5.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";
export {
  publishExplanation
};

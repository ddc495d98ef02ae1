import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-3NJ4QMWT.js";
import "./chunk-CHXX7HMV.js";
import "./chunk-6DG7BXTN.js";
export {
  publishExplanation
};

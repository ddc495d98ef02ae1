import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-VN2ESFOT.js";
import "./chunk-37CBCYFL.js";
export {
  publishExplanation
};

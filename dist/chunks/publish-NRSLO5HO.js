import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-SG5N22HC.js";
import "./chunk-2LN3O3ZK.js";
import "./chunk-6DG7BXTN.js";
export {
  publishExplanation
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-322RRR7K.mjs";
import "./chunk-VY553U4K.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  publishExplanation
};

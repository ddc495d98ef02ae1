import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-4RV7F6WU.mjs";
import "./chunk-3VDLR3TH.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  publishExplanation
};

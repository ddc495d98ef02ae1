import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-P5II3S3L.js";
import "./chunk-J7FPN7KF.js";
export {
  publishExplanation
};

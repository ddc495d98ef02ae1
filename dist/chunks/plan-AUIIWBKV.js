import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-YE5RR4WK.js";
import "./chunk-3HDUYEVZ.js";
import "./chunk-E26C5AE2.js";
import "./chunk-6VHA33XN.js";
import "./chunk-FFHMUG4J.js";
import "./chunk-H7D7MOT6.js";
import "./chunk-VHST5P5A.js";
import "./chunk-KOVLO3YM.js";
import "./chunk-FQWTZ246.js";
import "./chunk-TPQTNYCD.js";
import "./chunk-I7IUG24D.js";
import "./chunk-AIC6CPM3.js";
import "./chunk-TF6WTFRA.js";
import "./chunk-325ZBQZZ.js";
import "./chunk-MVXOFTDU.js";
import "./chunk-HZVVQHPO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

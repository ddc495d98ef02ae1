import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-XYOHC6DG.js";
import "./chunk-KNNB55G5.js";
import "./chunk-363NJJX4.js";
import "./chunk-E26C5AE2.js";
import "./chunk-5MMQX4DL.js";
import "./chunk-O6FAO2X7.js";
import "./chunk-UMUM4W6W.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-L3W5QJCP.js";
import "./chunk-LDFXAW3L.js";
import "./chunk-76NO4RVL.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-LFSKWDYY.js";
import "./chunk-X3QMCHHF.js";
import "./chunk-HDIEPWZZ.js";
import "./chunk-JD46TH3O.js";
import "./chunk-LVN7YB3A.js";
import "./chunk-FWRNM3YZ.js";
import "./chunk-VH53GUT5.js";
import "./chunk-SRSUN243.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

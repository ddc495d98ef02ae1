import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-KNNB55G5.js";
import "./chunk-E26C5AE2.js";
import "./chunk-O6FAO2X7.js";
import "./chunk-LDFXAW3L.js";
import "./chunk-76NO4RVL.js";
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
  historyCommand,
  historyFromFlags
};

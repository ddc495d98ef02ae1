import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-PT2XXXB5.js";
import "./chunk-E26C5AE2.js";
import "./chunk-O6FAO2X7.js";
import "./chunk-6RYSGO5Y.js";
import "./chunk-76NO4RVL.js";
import "./chunk-MJFLHNEC.js";
import "./chunk-X3QMCHHF.js";
import "./chunk-K5RE5TFB.js";
import "./chunk-TIYD2SRG.js";
import "./chunk-J3Y7N3ZZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-FWRNM3YZ.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  historyFromFlags
};

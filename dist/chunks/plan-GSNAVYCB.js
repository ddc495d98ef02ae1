import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-ZPVBSCDX.js";
import "./chunk-PT2XXXB5.js";
import "./chunk-363NJJX4.js";
import "./chunk-E26C5AE2.js";
import "./chunk-ZG6HJLGQ.js";
import "./chunk-O6FAO2X7.js";
import "./chunk-7HNKVT3Y.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-5R2VM45D.js";
import "./chunk-6RYSGO5Y.js";
import "./chunk-76NO4RVL.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
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
  EXIT_INSUFFICIENT,
  planCommand
};

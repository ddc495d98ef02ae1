import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-6Y2EATE3.js";
import "./chunk-E26C5AE2.js";
import "./chunk-XFNLHYTI.js";
import "./chunk-76NO4RVL.js";
import "./chunk-KC2RLB3P.js";
import "./chunk-S65MDXK7.js";
import "./chunk-YHN5UGFY.js";
import "./chunk-KWMFJKFW.js";
import "./chunk-VH53GUT5.js";
import "./chunk-SRSUN243.js";
import "./chunk-O6FAO2X7.js";
import "./chunk-X3QMCHHF.js";
import "./chunk-FWRNM3YZ.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  historyCommand,
  historyFromFlags
};

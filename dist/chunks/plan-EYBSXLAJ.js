import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-CHRR5OYX.js";
import "./chunk-6Y2EATE3.js";
import "./chunk-M5R36J6G.js";
import "./chunk-46U6G4CY.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-E26C5AE2.js";
import "./chunk-XFNLHYTI.js";
import "./chunk-76NO4RVL.js";
import "./chunk-KC2RLB3P.js";
import "./chunk-S65MDXK7.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-7C2NHVUZ.js";
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
  EXIT_INSUFFICIENT,
  planCommand
};

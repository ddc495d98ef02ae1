import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-EXILAEXL.js";
import "./chunk-N44I6AEN.js";
import "./chunk-FNGVVLW7.js";
import "./chunk-D534QWWG.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-LW2JP6LM.js";
import "./chunk-U72LPSCJ.js";
import "./chunk-KC2RLB3P.js";
import "./chunk-S65MDXK7.js";
import "./chunk-YHN5UGFY.js";
import "./chunk-KWMFJKFW.js";
import "./chunk-VH53GUT5.js";
import "./chunk-SRSUN243.js";
import "./chunk-X3QMCHHF.js";
import "./chunk-FWRNM3YZ.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  prepareBuild,
  runBuild
};

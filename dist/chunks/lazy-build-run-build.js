import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-A2OGTKRN.js";
import "./chunk-N44I6AEN.js";
import "./chunk-HEFOKI5U.js";
import "./chunk-D534QWWG.js";
import "./chunk-LW2JP6LM.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-U72LPSCJ.js";
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
  prepareBuild,
  runBuild
};

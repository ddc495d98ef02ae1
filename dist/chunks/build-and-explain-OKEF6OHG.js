import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-7EUG2ABU.js";
import "./chunk-MRRRREI6.js";
import "./chunk-HMTE52RC.js";
import "./chunk-N44I6AEN.js";
import "./chunk-D534QWWG.js";
import "./chunk-6R2SGWKL.js";
import "./chunk-FQWTZ246.js";
import "./chunk-DQS5TQAN.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-MJFV5NM5.js";
import "./chunk-27KTDQCJ.js";
import "./chunk-NPUD6Y25.js";
import "./chunk-FP52SNI5.js";
import "./chunk-KLBRRUF4.js";
import "./chunk-FWJHVCR3.js";
import "./chunk-MB53LZGS.js";
import "./chunk-5R4F45ID.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-YZ5ZNBAJ.js";
import "./chunk-CHP2I5NB.js";
import "./chunk-HSVVZ2G4.js";
import "./chunk-PAPPFDNF.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-WPS2G4JG.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-BRIMMZRO.js";
import "./chunk-U72LPSCJ.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  buildAndExplain
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareBuild,
  runBuild
} from "./chunk-MRRRREI6.js";
import "./chunk-HMTE52RC.js";
import "./chunk-N44I6AEN.js";
import "./chunk-D534QWWG.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-5R4F45ID.js";
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
  prepareBuild,
  runBuild
};

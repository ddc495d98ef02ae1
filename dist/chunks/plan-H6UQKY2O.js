import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-WYIWLKDY.js";
import "./chunk-PINDKDJZ.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-6R2SGWKL.js";
import "./chunk-I7N63SSG.js";
import "./chunk-DBAFH4NH.js";
import "./chunk-6WEJIR6H.js";
import "./chunk-FQWTZ246.js";
import "./chunk-DQS5TQAN.js";
import "./chunk-PZWJOLOC.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-5R4F45ID.js";
import "./chunk-YZ5ZNBAJ.js";
import "./chunk-CHP2I5NB.js";
import "./chunk-HSVVZ2G4.js";
import "./chunk-PAPPFDNF.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-WPS2G4JG.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-E26C5AE2.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

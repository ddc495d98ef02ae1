import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-PINDKDJZ.js";
import "./chunk-6R2SGWKL.js";
import "./chunk-DBAFH4NH.js";
import "./chunk-DQS5TQAN.js";
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
  historyCommand,
  historyFromFlags
};

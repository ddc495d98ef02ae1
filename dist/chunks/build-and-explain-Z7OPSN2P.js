import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-A4V4DEI3.js";
import "./chunk-W2JJUBAN.js";
import "./chunk-QD6HI6W6.js";
import "./chunk-N44I6AEN.js";
import "./chunk-D534QWWG.js";
import "./chunk-NBKABSDH.js";
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
import "./chunk-4AB2IO7X.js";
import "./chunk-H3JFNL6M.js";
import "./chunk-YZ5ZNBAJ.js";
import "./chunk-BBK5DGQI.js";
import "./chunk-GTS2FVTB.js";
import "./chunk-KD2RUOUU.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-RIM6E7OU.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-A44HNRBR.js";
import "./chunk-U72LPSCJ.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  buildAndExplain
};

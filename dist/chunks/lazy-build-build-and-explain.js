import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-ELBQRMO4.js";
import "./chunk-3QO5VX3A.js";
import "./chunk-WLOWZR3E.js";
import "./chunk-JQRJTU67.js";
import "./chunk-PSKYWFOJ.js";
import "./chunk-SG5N22HC.js";
import "./chunk-2PK6SNWP.js";
import "./chunk-N6MMGZBE.js";
import "./chunk-2LN3O3ZK.js";
import "./chunk-6RYSGO5Y.js";
import "./chunk-76NO4RVL.js";
import "./chunk-YDRGPSCP.js";
import "./chunk-N44I6AEN.js";
import "./chunk-HEFOKI5U.js";
import "./chunk-D534QWWG.js";
import "./chunk-LW2JP6LM.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-U72LPSCJ.js";
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
  buildAndExplain
};

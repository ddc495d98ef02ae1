import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-UNLXDVBK.mjs";
import "./chunk-N5T6PYJV.mjs";
import "./chunk-Q5UPQYAL.mjs";
import "./chunk-322RRR7K.mjs";
import "./chunk-KVT2EJ3E.mjs";
import "./chunk-JSDY34MV.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-2KBK5UGC.mjs";
import "./chunk-VY553U4K.mjs";
import "./chunk-OPWKKGM5.mjs";
import "./chunk-G7R45UEE.mjs";
import "./chunk-N3PJ6K4K.mjs";
import "./chunk-LOMAH6VD.mjs";
import "./chunk-7AQXCNP6.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-4AYTXUTK.mjs";
import "./chunk-BGOEDO4T.mjs";
import "./chunk-CXLET7NT.mjs";
import "./chunk-GR3TBPK4.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-ZA5YFTPW.mjs";
import "./chunk-5PZNYXPD.mjs";
import "./chunk-N2JQBVX2.mjs";
import "./chunk-YQGGITQ5.mjs";
import "./chunk-NNJ4BVTD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-5LQ7LA22.mjs";
import "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  buildAndExplain
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-D6VH25WO.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-FYUGQAWQ.mjs";
import "./chunk-OC6KFKBQ.mjs";
import "./chunk-6U6ZQIOW.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-ZXDTQ2VU.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  historyCommand,
  historyFromFlags
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyCommand,
  historyFromFlags
} from "./chunk-TEBTPFVS.mjs";
import "./chunk-QZU7WBPD.mjs";
import "./chunk-6LO6QAKG.mjs";
import "./chunk-Q3B5QKQO.mjs";
import "./chunk-754TG7QZ.mjs";
import "./chunk-OQJWIPR2.mjs";
import "./chunk-HMEPJLQB.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-GRXUCSJO.mjs";
import "./chunk-S5RZUOLH.mjs";
import "./chunk-4T5YAF7R.mjs";
import "./chunk-CKQO7XRO.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-D25BX72J.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-NHOYWNTS.mjs";
import "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";
export {
  historyCommand,
  historyFromFlags
};

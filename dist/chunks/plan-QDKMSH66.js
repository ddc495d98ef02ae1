import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  planCommand
} from "./chunk-D366KOBD.js";
import "./chunk-VVE3DRQ4.js";
import "./chunk-E26C5AE2.js";
import "./chunk-XMJJFOWZ.js";
import "./chunk-EAXWO4TY.js";
import "./chunk-Z3IJVJU6.js";
import "./chunk-2SW5EMYZ.js";
import "./chunk-SSITSGBQ.js";
import "./chunk-FQWTZ246.js";
import "./chunk-JUTRTPZM.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-CPAOBMU4.js";
import "./chunk-V4EOSY4Q.js";
import "./chunk-UD67SEHH.js";
import "./chunk-ERNSZIYP.js";
import "./chunk-4ZWLNNTZ.js";
import "./chunk-4JHAEORE.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-ILETIPPI.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";
export {
  EXIT_INSUFFICIENT,
  planCommand
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunk-FODZXU3H.js";
import "./chunk-O6FAO2X7.js";
import "./chunk-X3QMCHHF.js";
import "./chunk-FWRNM3YZ.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  actionsCacheHistoryStore
};

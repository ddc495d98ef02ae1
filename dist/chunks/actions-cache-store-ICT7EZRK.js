import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunk-IXD3CF52.js";
import "./chunk-DBAFH4NH.js";
import "./chunk-YZ5ZNBAJ.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";
export {
  actionsCacheHistoryStore
};

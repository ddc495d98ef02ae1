import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getState
} from "./chunk-2LN3O3ZK.js";

// src/action/state.ts
function getState2(key) {
  return getState(key);
}

export {
  getState2 as getState
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getState,
  saveState
} from "./chunk-H3JFNL6M.js";

// src/action/state.ts
function saveState2(key, value) {
  saveState(key, value);
}
function getState2(key) {
  return getState(key);
}

export {
  saveState2 as saveState,
  getState2 as getState
};

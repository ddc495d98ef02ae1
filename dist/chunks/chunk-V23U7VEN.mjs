import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getState,
  saveState
} from "./chunk-VY553U4K.mjs";

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

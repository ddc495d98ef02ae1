import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError
} from "./chunk-J3GXGRKE.js";

// src/core/resize/request.ts
function parseResizeTimeout(text, what) {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86400) {
    throw new InputError(`${what} "${text}" must be a whole number of seconds from 1 to 86400`);
  }
  return Number(value) * 1e3;
}

export {
  parseResizeTimeout
};

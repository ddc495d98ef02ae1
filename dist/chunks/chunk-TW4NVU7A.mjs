import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/explain/log/line-cap.ts
var MAX_LINE_BYTES = 64 * 1024;

export {
  MAX_LINE_BYTES
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeSync
} from "./chunk-SOOFRGCY.mjs";

// src/cli/print.ts
var SLICE = 64 * 1024;
var PAUSE = new Int32Array(new SharedArrayBuffer(4));
function print(text) {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + SLICE);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    const piece = text.slice(at, end);
    try {
      const written = whenWritable(() => writeSync(1, piece));
      if (written < Buffer.byteLength(piece)) {
        const bytes = Buffer.from(piece);
        for (let done = written; done < bytes.length; ) done += whenWritable(() => writeSync(1, bytes, done));
      }
    } catch (error) {
      if (error.code === "EPIPE") return;
      throw error;
    }
    at = end;
  }
}
function whenWritable(write) {
  for (; ; ) {
    try {
      return write();
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(PAUSE, 0, 0, 1);
    }
  }
}

export {
  print
};

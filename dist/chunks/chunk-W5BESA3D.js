import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/print.ts
import { writeSync } from "node:fs";
var SLICE = 64 * 1024;
var viaStream = false;
function print(text) {
  if (viaStream) {
    process.stdout.write(text);
    return;
  }
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + SLICE);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    const piece = text.slice(at, end);
    let written;
    try {
      written = writeSync(1, piece);
    } catch (error) {
      const code = error.code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw error;
      written = 0;
    }
    if (written < Buffer.byteLength(piece)) {
      viaStream = true;
      process.stdout.write(Buffer.from(piece).subarray(written));
      process.stdout.write(text.slice(end));
      return;
    }
    at = end;
  }
}

export {
  print
};

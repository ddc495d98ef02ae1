import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorCode,
  kindOf,
  reason
} from "./chunk-WEXZFMP6.mjs";
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync
} from "./chunk-SOOFRGCY.mjs";
import {
  FileError
} from "./chunk-LGCTJYX5.mjs";

// src/files/read.ts
var MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
function openRegularFile(path, what) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileError(`cannot read ${what} ${path}: ${reason(error)}`, errorCode(error));
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new FileError(`cannot read ${what} ${path}: it is ${kindOf(stat)}, not a regular file`);
  }
  return fd;
}
function readRegularFile(path, maxBytes, what) {
  const fd = openRegularFile(path, what);
  try {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (; ; ) {
      let n;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw new FileError(`cannot read ${what} ${path}: ${reason(error)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new FileError(`${what} ${path} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
function readRegularFileIfExists(path, maxBytes, what) {
  try {
    return readRegularFile(path, maxBytes, what);
  } catch (error) {
    if (error instanceof FileError && error.code === "ENOENT") return null;
    throw error;
  }
}

export {
  MAX_TEXT_FILE_BYTES,
  readRegularFile,
  readRegularFileIfExists
};

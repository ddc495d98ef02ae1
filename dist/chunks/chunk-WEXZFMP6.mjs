import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/files/errno.ts
function errorCode(error) {
  return error.code;
}
function reason(error) {
  const code = errorCode(error);
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ELOOP") return "too many symbolic links";
  return code ?? error.message;
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

export {
  errorCode,
  reason,
  kindOf
};

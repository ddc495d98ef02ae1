import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readRegularFile
} from "./chunk-CY67VTD3.mjs";
import {
  createExclusive,
  resolveTarget
} from "./chunk-FKLHXMXM.mjs";
import {
  errorCode,
  reason
} from "./chunk-WEXZFMP6.mjs";
import {
  linkSync,
  renameSync,
  unlinkSync
} from "./chunk-SOOFRGCY.mjs";
import {
  init_node_crypto,
  randomBytes
} from "./chunk-T2CBXCPV.mjs";
import {
  FileError
} from "./chunk-LGCTJYX5.mjs";

// src/files/lock.ts
init_node_crypto();
import { hostname } from "node:os";
function lockPathOf(path) {
  return `${resolveTarget(path)}.docker-memory.lock`;
}
function holderOf(lock) {
  try {
    const [pid, host] = readRegularFile(lock, 4096, "lock").toString("utf8").split("\n");
    return /^\d+$/.test(pid) ? { pid: Number(pid), host: host ?? "" } : null;
  } catch {
    return null;
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}
function breakStaleLock(lock, seen = holderOf(lock)) {
  if (seen === null || seen.host !== hostname() || alive(seen.pid)) return false;
  const aside = `${lock}.stale-${randomBytes(6).toString("hex")}`;
  try {
    renameSync(lock, aside);
  } catch {
    return false;
  }
  const moved = holderOf(aside);
  if (moved !== null && moved.pid !== seen.pid && alive(moved.pid)) {
    try {
      linkSync(aside, lock);
    } catch {
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}
async function withFileLock(path, options, fn) {
  const lock = lockPathOf(path);
  const token = `${process.pid}
${hostname()}
${randomBytes(8).toString("hex")}
`;
  const deadline = Date.now() + options.timeoutMs;
  for (; ; ) {
    try {
      createExclusive(lock, Buffer.from(token), null);
      break;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw new FileError(`cannot create the lock ${lock}: ${reason(error)}`, errorCode(error));
    }
    if (breakStaleLock(lock)) continue;
    if (Date.now() >= deadline) {
      const holder = holderOf(lock);
      const who = holder ? `process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ""}` : "another process";
      throw new FileError(`${path} is locked by ${who} (${options.what}); wait for it to finish, or remove ${lock} if no docker-memory runs`, "EBUSY");
    }
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
  }
  try {
    return await fn();
  } finally {
    releaseLock(lock, token);
  }
}
function releaseLock(lock, token) {
  try {
    if (readRegularFile(lock, 4096, "lock").toString("utf8") === token) unlinkSync(lock);
  } catch {
  }
}

export {
  withFileLock
};

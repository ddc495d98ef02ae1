import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  init_node_crypto,
  randomBytes
} from "./chunk-T2CBXCPV.mjs";
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync
} from "./chunk-SOOFRGCY.mjs";
import {
  InputError
} from "./chunk-GK2AYERW.mjs";

// src/files/safe-file.ts
init_node_crypto();
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
var MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
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
function openRegularFile(path, what) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw Object.assign(new InputError(`cannot read ${what} ${path}: ${reason(error)}`), { code: errorCode(error) });
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new InputError(`cannot read ${what} ${path}: it is ${kindOf(stat)}, not a regular file`);
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
        throw new InputError(`cannot read ${what} ${path}: ${reason(error)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new InputError(`${what} ${path} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`);
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
    if (error.code === "ENOENT") return null;
    throw error;
  }
}
function randomSibling(path, tag) {
  return join(dirname(path), `.${basename(path)}.docker-memory-${tag}-${randomBytes(12).toString("hex")}`);
}
function createExclusive(path, data, owner) {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 384);
  try {
    if (owner) {
      if (owner.uid !== fstatSync(fd).uid || owner.gid !== fstatSync(fd).gid) fchownSync(fd, owner.uid, owner.gid);
      fchmodSync(fd, owner.mode);
    }
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path);
    throw error;
  }
  closeSync(fd);
}
function resolveTarget(path) {
  try {
    return realpathSync(path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  try {
    if (lstatSync(path).isSymbolicLink()) throw new InputError(`${path} is a symbolic link to nothing; fix or remove it, then retry`);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  return join(realpathSync(dirname(path)), basename(path));
}
function replaceFile(path, data) {
  const target = resolveTarget(path);
  let owner = null;
  try {
    const stat = lstatSync(target);
    if (!stat.isFile()) throw new InputError(`${path} is ${kindOf(stat)}, not a regular file; it was left untouched`);
    owner = { mode: stat.mode & 4095, uid: stat.uid, gid: stat.gid };
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  const tmp = randomSibling(target, "new");
  createExclusive(tmp, data, owner);
  try {
    renameSync(tmp, target);
  } catch (error) {
    unlinkSync(tmp);
    throw error;
  }
}
function checkWritable(path) {
  const target = resolveTarget(path);
  let owner = null;
  try {
    const stat = lstatSync(target);
    owner = { mode: stat.mode & 4095, uid: stat.uid, gid: stat.gid };
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  const tmp = randomSibling(target, "probe");
  createExclusive(tmp, new Uint8Array(0), owner);
  unlinkSync(tmp);
}
function writeBackup(path, bytes, at, tag = "backup", extension = "") {
  const target = resolveTarget(path);
  const stat = lstatSync(target);
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const backup = `${target}.docker-memory-${tag}-${stamp}-${randomBytes(4).toString("hex")}${extension}`;
  createExclusive(backup, bytes, { mode: stat.mode & 4095, uid: stat.uid, gid: stat.gid });
  return backup;
}
function ensureWritableDirectory(dir, what) {
  try {
    const missing = [];
    for (let d = resolve(dir); ; d = dirname(d)) {
      try {
        if (!statSync(d).isDirectory()) throw new InputError(`${what} ${dir} is not a directory (${d} is not one)`);
        break;
      } catch (error) {
        if (!["ENOENT", "ENOTDIR"].includes(errorCode(error) ?? "") || dirname(d) === d) throw error;
        missing.unshift(d);
      }
    }
    for (const d of missing) mkdirSync(d);
    rmdirSync(mkdtempSync(join(dir, ".docker-memory-probe-")));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${what} ${dir} is not a directory docker-memory can create files in (${reason(error)})`);
  }
}
function createNewFile(path) {
  createExclusive(path, new Uint8Array(0), null);
}
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
function breakStaleLock(lock) {
  const holder = holderOf(lock);
  if (holder === null || holder.host !== hostname() || alive(holder.pid)) return;
  const aside = `${lock}.stale-${randomBytes(6).toString("hex")}`;
  try {
    renameSync(lock, aside);
  } catch {
    return;
  }
  const moved = holderOf(aside);
  if (moved !== null && moved.pid !== holder.pid && alive(moved.pid)) {
    try {
      linkSync(aside, lock);
    } catch {
    }
  }
  unlinkSync(aside);
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
      if (errorCode(error) !== "EEXIST") throw new InputError(`cannot create the lock ${lock}: ${reason(error)}`);
    }
    breakStaleLock(lock);
    if (Date.now() >= deadline) {
      const holder = holderOf(lock);
      const who = holder ? `process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ""}` : "another process";
      throw new InputError(`${path} is locked by ${who} (${options.what}); wait for it to finish, or remove ${lock} if no docker-memory runs`);
    }
    await new Promise((resolve2) => setTimeout(resolve2, 20 + Math.random() * 30));
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
  MAX_TEXT_FILE_BYTES,
  readRegularFile,
  readRegularFileIfExists,
  resolveTarget,
  replaceFile,
  checkWritable,
  writeBackup,
  ensureWritableDirectory,
  createNewFile,
  withFileLock
};

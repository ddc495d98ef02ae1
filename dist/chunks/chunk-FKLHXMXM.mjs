import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorCode,
  kindOf,
  reason
} from "./chunk-WEXZFMP6.mjs";
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync
} from "./chunk-SOOFRGCY.mjs";
import {
  init_node_crypto,
  randomBytes
} from "./chunk-T2CBXCPV.mjs";
import {
  FileError
} from "./chunk-LGCTJYX5.mjs";

// src/files/write.ts
init_node_crypto();
import { basename, dirname, join, resolve } from "node:path";
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
    if (lstatSync(path).isSymbolicLink()) throw new FileError(`${path} is a symbolic link to nothing; fix or remove it, then retry`);
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
    if (!stat.isFile()) throw new FileError(`${path} is ${kindOf(stat)}, not a regular file; it was left untouched`);
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
        if (!statSync(d).isDirectory()) throw new FileError(`${what} ${dir} is not a directory (${d} is not one)`);
        break;
      } catch (error) {
        if (!["ENOENT", "ENOTDIR"].includes(errorCode(error) ?? "") || dirname(d) === d) throw error;
        missing.unshift(d);
      }
    }
    for (const d of missing) mkdirSync(d);
    rmdirSync(mkdtempSync(join(dir, ".docker-memory-probe-")));
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`${what} ${dir} is not a directory docker-memory can create files in (${reason(error)})`, errorCode(error));
  }
}
function createNewFile(path) {
  createExclusive(path, new Uint8Array(0), null);
}

export {
  createExclusive,
  resolveTarget,
  replaceFile,
  checkWritable,
  writeBackup,
  ensureWritableDirectory,
  createNewFile
};

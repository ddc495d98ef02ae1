import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// fs-via-require:node:fs
import { createRequire } from "node:module";
var fs = createRequire(import.meta.url)("node:fs");
var node_fs_default = fs;
var appendFile = fs.appendFile;
var appendFileSync = fs.appendFileSync;
var access = fs.access;
var accessSync = fs.accessSync;
var chown = fs.chown;
var chownSync = fs.chownSync;
var chmod = fs.chmod;
var chmodSync = fs.chmodSync;
var close = fs.close;
var closeSync = fs.closeSync;
var copyFile = fs.copyFile;
var copyFileSync = fs.copyFileSync;
var cp = fs.cp;
var cpSync = fs.cpSync;
var createReadStream = fs.createReadStream;
var createWriteStream = fs.createWriteStream;
var exists = fs.exists;
var existsSync = fs.existsSync;
var fchown = fs.fchown;
var fchownSync = fs.fchownSync;
var fchmod = fs.fchmod;
var fchmodSync = fs.fchmodSync;
var fdatasync = fs.fdatasync;
var fdatasyncSync = fs.fdatasyncSync;
var fstat = fs.fstat;
var fstatSync = fs.fstatSync;
var fsync = fs.fsync;
var fsyncSync = fs.fsyncSync;
var ftruncate = fs.ftruncate;
var ftruncateSync = fs.ftruncateSync;
var futimes = fs.futimes;
var futimesSync = fs.futimesSync;
var lchown = fs.lchown;
var lchownSync = fs.lchownSync;
var lchmod = fs.lchmod;
var lchmodSync = fs.lchmodSync;
var link = fs.link;
var linkSync = fs.linkSync;
var lstat = fs.lstat;
var lstatSync = fs.lstatSync;
var lutimes = fs.lutimes;
var lutimesSync = fs.lutimesSync;
var mkdir = fs.mkdir;
var mkdirSync = fs.mkdirSync;
var mkdtemp = fs.mkdtemp;
var mkdtempSync = fs.mkdtempSync;
var open = fs.open;
var openSync = fs.openSync;
var openAsBlob = fs.openAsBlob;
var readdir = fs.readdir;
var readdirSync = fs.readdirSync;
var read = fs.read;
var readSync = fs.readSync;
var readv = fs.readv;
var readvSync = fs.readvSync;
var readFile = fs.readFile;
var readFileSync = fs.readFileSync;
var readlink = fs.readlink;
var readlinkSync = fs.readlinkSync;
var realpath = fs.realpath;
var realpathSync = fs.realpathSync;
var rename = fs.rename;
var renameSync = fs.renameSync;
var rm = fs.rm;
var rmSync = fs.rmSync;
var rmdir = fs.rmdir;
var rmdirSync = fs.rmdirSync;
var stat = fs.stat;
var statfs = fs.statfs;
var statSync = fs.statSync;
var statfsSync = fs.statfsSync;
var symlink = fs.symlink;
var symlinkSync = fs.symlinkSync;
var truncate = fs.truncate;
var truncateSync = fs.truncateSync;
var unwatchFile = fs.unwatchFile;
var unlink = fs.unlink;
var unlinkSync = fs.unlinkSync;
var utimes = fs.utimes;
var utimesSync = fs.utimesSync;
var watch = fs.watch;
var watchFile = fs.watchFile;
var writeFile = fs.writeFile;
var writeFileSync = fs.writeFileSync;
var write = fs.write;
var writeSync = fs.writeSync;
var writev = fs.writev;
var writevSync = fs.writevSync;
var Dirent = fs.Dirent;
var Stats = fs.Stats;
var _toUnixTimestamp = fs._toUnixTimestamp;
var F_OK = fs.F_OK;
var R_OK = fs.R_OK;
var W_OK = fs.W_OK;
var X_OK = fs.X_OK;
var constants = fs.constants;

export {
  node_fs_default,
  closeSync,
  createWriteStream,
  existsSync,
  fchownSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  constants
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __esm,
  __export
} from "./chunk-ZEMHNOYJ.mjs";

// on-first-call:node:child_process
var node_child_process_exports = {};
__export(node_child_process_exports, {
  _forkChild: () => _forkChild,
  exec: () => exec,
  execFile: () => execFile,
  execFileSync: () => execFileSync,
  execSync: () => execSync,
  fork: () => fork,
  spawn: () => spawn,
  spawnSync: () => spawnSync
});
import { createRequire } from "node:module";
function _forkChild(...args) {
  return load()._forkChild(...args);
}
function exec(...args) {
  return load().exec(...args);
}
function execFile(...args) {
  return load().execFile(...args);
}
function execFileSync(...args) {
  return load().execFileSync(...args);
}
function execSync(...args) {
  return load().execSync(...args);
}
function fork(...args) {
  return load().fork(...args);
}
function spawn(...args) {
  return load().spawn(...args);
}
function spawnSync(...args) {
  return load().spawnSync(...args);
}
var load;
var init_node_child_process = __esm({
  "on-first-call:node:child_process"() {
    load = () => createRequire(import.meta.url)("node:child_process");
  }
});

export {
  spawn,
  node_child_process_exports,
  init_node_child_process
};

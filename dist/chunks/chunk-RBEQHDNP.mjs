import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/cgroup.ts
function parseProcCgroup(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
    if (m) entries.push({ hierarchyId: m[1], controllers: m[2] === "" ? [] : m[2].split(","), path: m[3] });
  }
  return entries;
}
function parseMountinfo(text) {
  const mounts = [];
  for (const line of text.split("\n")) {
    const sep = line.indexOf(" - ");
    if (sep < 0) continue;
    const left = line.slice(0, sep).split(" ");
    const right = line.slice(sep + 3).split(" ");
    const fsType = right[0];
    if (fsType !== "cgroup" && fsType !== "cgroup2") continue;
    mounts.push({
      mountPoint: unescapeMount(left[4]),
      root: unescapeMount(left[3]),
      fsType,
      options: (right[2] ?? "").split(",")
    });
  }
  return mounts;
}
function unescapeMount(s) {
  return s.replace(/\\([0-7]{3})/g, (_, oct) => String.fromCharCode(parseInt(oct, 8)));
}
var UNLIMITED = 2 ** 62;
function parseMemoryLimit(text) {
  const n = parseCounter(text);
  return n === null || n >= UNLIMITED ? null : n;
}
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseCpuMax(text) {
  const [quota, period] = text.trim().split(/\s+/);
  return cpus(Number(quota), Number(period ?? "100000"));
}
function parseCfsQuota(quotaText, periodText) {
  return cpus(Number(quotaText), Number(periodText));
}
function cpus(quota, period) {
  return quota > 0 && period > 0 ? quota / period : null;
}
function parseCpusetCount(text) {
  let count = 0;
  for (const part of text.trim().split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    count += m[2] === void 0 ? 1 : Number(m[2]) - Number(m[1]) + 1;
  }
  return count > 0 ? count : null;
}
function parseKeyValues(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== void 0 && /^-?\d+$/.test(value)) out[key] = Number(value);
  }
  return out;
}
function cgroupDirs(mount, procPath) {
  const root = mount.root === "/" ? "" : mount.root;
  let rel = procPath;
  if (root !== "" && (procPath === root || procPath.startsWith(`${root}/`))) {
    rel = procPath.slice(root.length);
  } else if (root !== "" || procPath.startsWith("/..")) {
    rel = "";
  }
  const parts = rel.split("/").filter((p) => p !== "");
  const base = mount.mountPoint.replace(/\/$/, "");
  const dirs = [];
  for (let i = parts.length; i >= 0; i--) {
    dirs.push([base, ...parts.slice(0, i)].join("/") || "/");
  }
  return dirs;
}
function findMount(mounts, entries, controller, v2Controllers) {
  const unified = entries.find((e) => e.hierarchyId === "0" && e.controllers.length === 0);
  const v2 = mounts.find((m) => m.fsType === "cgroup2");
  if (unified && v2 && v2Controllers.includes(controller)) {
    return { mount: v2, path: unified.path, version: 2 };
  }
  const entry = entries.find((e) => e.controllers.includes(controller));
  const v1 = mounts.find((m) => m.fsType === "cgroup" && m.options.includes(controller));
  if (entry && v1) return { mount: v1, path: entry.path, version: 1 };
  return null;
}

export {
  parseProcCgroup,
  parseMountinfo,
  parseMemoryLimit,
  parseCounter,
  parseCpuMax,
  parseCfsQuota,
  parseCpusetCount,
  parseKeyValues,
  cgroupDirs,
  findMount
};

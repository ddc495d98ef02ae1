import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cgroupDirs,
  findMount,
  parseCounter,
  parseMountinfo,
  parseProcCgroup
} from "./chunk-FQWTZ246.js";

// src/core/build/builder-container.ts
var ContainerParseError = class extends Error {
};
function parseContainerState(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ContainerParseError("docker inspect did not print JSON");
  }
  if (typeof raw?.Id !== "string") throw new ContainerParseError("docker inspect printed no container Id");
  return {
    id: raw.Id,
    name: (raw.Name ?? "").replace(/^\//, ""),
    running: raw.State?.Running === true,
    pid: raw.State?.Pid ?? 0,
    oomKilled: raw.State?.OOMKilled === true,
    memoryBytes: raw.HostConfig?.Memory ?? 0,
    memorySwapBytes: raw.HostConfig?.MemorySwap ?? 0,
    cgroupParent: raw.HostConfig?.CgroupParent ?? ""
  };
}
function inspectContainerCommand(container) {
  return { args: ["inspect", "--type", "container", "--format", "{{json .}}", container], env: {} };
}
function containerMemoryCgroup(state, host) {
  if (host.procCgroup !== null && host.mountinfo !== null) {
    const found = findMount(parseMountinfo(host.mountinfo), parseProcCgroup(host.procCgroup), "memory", host.v2Controllers);
    if (found) return { path: cgroupDirs(found.mount, found.path)[0], version: found.version };
  }
  const version = host.cgroupVersion === "1" ? 1 : host.cgroupVersion === "2" ? 2 : null;
  if (version === null) return null;
  const base = version === 1 ? "/sys/fs/cgroup/memory" : "/sys/fs/cgroup";
  if (host.cgroupDriver === "cgroupfs") return { path: `${base}/${(state.cgroupParent || "/docker").replace(/^\/|\/$/g, "")}/${state.id}`, version };
  if (host.cgroupDriver === "systemd") return { path: `${base}/${systemdSliceDir(state.cgroupParent || "system.slice")}/docker-${state.id}.scope`, version };
  return null;
}
function systemdSliceDir(slice) {
  const name = slice.replace(/\.slice$/, "");
  const parts = name.split("-");
  return parts.map((_, i) => `${parts.slice(0, i + 1).join("-")}.slice`).join("/");
}

// src/build/container-cgroup.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
function containerCgroup(state, engine, root = "/") {
  if (!engine.engineLocal) return null;
  const read = (path) => {
    try {
      return readFileSync(join(root, path), "utf8");
    } catch {
      return null;
    }
  };
  const procCgroup = state.pid > 0 ? read(`/proc/${state.pid}/cgroup`) : null;
  const mountinfo = read("/proc/self/mountinfo");
  const v2Controllers = (read("/sys/fs/cgroup/cgroup.controllers") ?? "").trim().split(/\s+/);
  return containerMemoryCgroup(state, { procCgroup, mountinfo, v2Controllers, cgroupVersion: engine.cgroupVersion, cgroupDriver: engine.cgroupDriver });
}
function readPeak(location) {
  const source = join(location.path, location.version === 2 ? "memory.peak" : "memory.max_usage_in_bytes");
  try {
    const bytes = parseCounter(readFileSync(source, "utf8"));
    return bytes === null ? null : { bytes, source };
  } catch {
    return null;
  }
}

export {
  parseContainerState,
  inspectContainerCommand,
  containerCgroup,
  readPeak
};

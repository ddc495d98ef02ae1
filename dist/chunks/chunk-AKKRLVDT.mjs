import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  containerMemoryCgroup
} from "./chunk-NNNHQKHK.mjs";
import {
  parseCounter
} from "./chunk-CE5JCUVT.mjs";
import {
  readFileSync
} from "./chunk-SOOFRGCY.mjs";

// src/bind/container-cgroup.ts
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
  containerCgroup,
  readPeak
};

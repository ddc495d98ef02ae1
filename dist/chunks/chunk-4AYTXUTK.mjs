import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  containerMemoryCgroup
} from "./chunk-NNJ4BVTD.mjs";
import {
  parseCounter,
  parseKeyValues,
  parseMemoryLimit
} from "./chunk-RBEQHDNP.mjs";
import {
  readFileSync
} from "./chunk-SOOFRGCY.mjs";

// src/bind/container-cgroup.ts
import { join } from "node:path";

// src/core/enforce/cgroup-limit.ts
function cgroupFiles(version) {
  return version === 1 ? {
    limit: "memory.limit_in_bytes",
    swap: "memory.memsw.limit_in_bytes",
    peak: "memory.max_usage_in_bytes",
    usage: "memory.usage_in_bytes",
    events: "memory.oom_control"
  } : { limit: "memory.max", swap: "memory.swap.max", peak: "memory.peak", usage: "memory.current", events: "memory.events" };
}
function limitWrites(version, memoryBytes, swapBytes, currentLimit = null) {
  const f = cgroupFiles(version);
  const swap = version === 1 ? swapBytes : Math.max(0, swapBytes - memoryBytes);
  return ordered(
    version,
    currentLimit !== null && memoryBytes > currentLimit,
    { file: f.limit, value: String(memoryBytes) },
    { file: f.swap, value: String(swap) }
  );
}
function restoreWrites(version, saved, currentLimit) {
  const f = cgroupFiles(version);
  const savedLimit = parseMemoryLimit(saved.limit === "-1" ? "max" : saved.limit);
  const raising = savedLimit === null || savedLimit > currentLimit;
  const limit = { file: f.limit, value: saved.limit };
  return saved.swap === null ? [limit] : ordered(version, raising, limit, { file: f.swap, value: saved.swap });
}
function ordered(version, raising, limit, swap) {
  return version === 1 && raising ? [swap, limit] : [limit, swap];
}
function restoreValue(version, text) {
  const t = text.trim();
  if (version === 1 && parseMemoryLimit(t) === null) return "-1";
  return t;
}
function parseOomKills(text) {
  return parseKeyValues(text)["oom_kill"] ?? null;
}

// src/core/bind/builder-marks.ts
function marksFiles(version) {
  const f = cgroupFiles(version);
  return { peak: f.peak, events: f.events, limitHits: version === 2 ? f.events : "memory.failcnt" };
}
function parseMarks(version, texts) {
  const events = texts.events === null ? null : parseKeyValues(texts.events);
  return {
    peakBytes: texts.peak === null ? null : parseCounter(texts.peak),
    oomKills: events?.["oom_kill"] ?? null,
    limitHits: version === 2 ? events?.["max"] ?? null : texts.limitHits === null ? null : parseCounter(texts.limitHits)
  };
}
function sinceBind(atBind, now, limitBytes, files) {
  if (atBind === null) {
    return { peakBytes: now.peakBytes, peakSource: now.peakBytes === null ? null : files.peak, oomKills: null, note: "no reading at bind time" };
  }
  const oomKills = atBind.oomKills !== null && now.oomKills !== null ? Math.max(0, now.oomKills - atBind.oomKills) : null;
  if (now.peakBytes !== null && (atBind.peakBytes === null || now.peakBytes > atBind.peakBytes)) {
    return { peakBytes: now.peakBytes, peakSource: files.peak, oomKills, note: "the high-water mark rose after the bind" };
  }
  const hits = atBind.limitHits !== null && now.limitHits !== null ? now.limitHits - atBind.limitHits : 0;
  if (hits > 0 && limitBytes !== null) {
    return {
      peakBytes: limitBytes,
      peakSource: files.limit,
      oomKills,
      note: `the high-water mark (${now.peakBytes ?? "unread"}) predates the bind; the cgroup hit its limit ${hits} times since`
    };
  }
  return {
    peakBytes: null,
    peakSource: null,
    oomKills,
    note: `the high-water mark (${now.peakBytes ?? "unread"}) predates the bind and the limit was not hit since: this job's peak is not known from the kernel`
  };
}

// src/bind/container-cgroup.ts
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
function readMarks(location) {
  const files = marksFiles(location.version);
  const read = (file) => {
    try {
      return readFileSync(join(location.path, file), "utf8");
    } catch {
      return null;
    }
  };
  return parseMarks(location.version, { peak: read(files.peak), events: read(files.events), limitHits: read(files.limitHits) });
}

export {
  cgroupFiles,
  limitWrites,
  restoreWrites,
  restoreValue,
  parseOomKills,
  sinceBind,
  containerCgroup,
  readMarks
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/errors.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};

// src/core/units.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var UNIT = { "": 1, b: 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE = /^(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]?)(i?b)?$/i;
var PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
function parseSize(input, what = "size") {
  const text = input.trim();
  const m = SIZE.exec(text);
  if (!m) {
    throw new InputError(
      `${what} "${input}" is not a size: use a number with a unit, like 512m, 20g or 1.5g`
    );
  }
  const bytes = Math.floor(Number(m[1]) * UNIT[(m[2] ?? "").toLowerCase()]);
  if (!Number.isSafeInteger(bytes)) {
    throw new InputError(`${what} "${input}" is too large`);
  }
  return bytes;
}
function parseSizeOrPercent(input, what = "size") {
  const m = PERCENT.exec(input.trim());
  if (m) {
    const percent = Number(m[1]);
    if (percent <= 0 || percent > 100) {
      throw new InputError(`${what} "${input}" must be a percentage above 0% and at most 100%`);
    }
    return { kind: "percent", percent };
  }
  return { kind: "bytes", bytes: parseSize(input, what) };
}
function formatSize(bytes) {
  const units = [
    [TiB, "TiB"],
    [GiB, "GiB"],
    [MiB, "MiB"],
    [KiB, "KiB"]
  ];
  for (const [size, name] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2))} ${name}`;
    }
  }
  return `${bytes} B`;
}
function toDockerSize(bytes) {
  const mib = Math.floor(bytes / MiB);
  if (mib <= 0) return `${Math.max(0, Math.floor(bytes))}b`;
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}
function toWholeGiB(bytes) {
  return Math.ceil(bytes / GiB);
}

// src/core/history.ts
import { createHash } from "node:crypto";
var HISTORY_VERSION = 1;
var PEAKS_PER_KEY = 10;
var MAX_KEYS = 200;
var HistoryFormatError = class extends Error {
  constructor(message, kind) {
    super(message);
    this.kind = kind;
    this.name = "HistoryFormatError";
  }
  kind;
};
function emptyHistory() {
  return { version: HISTORY_VERSION, builds: {} };
}
function parseHistory(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HistoryFormatError("is not JSON", "corrupt");
  }
  if (!isObject(data) || typeof data.version !== "number") throw new HistoryFormatError("has no version", "corrupt");
  if (data.version > HISTORY_VERSION) {
    throw new HistoryFormatError(`is version ${data.version}, written by a newer docker-memory`, "newer");
  }
  if (data.version !== HISTORY_VERSION || !isObject(data.builds)) throw new HistoryFormatError("has no builds", "corrupt");
  const builds = {};
  for (const [key, entry] of Object.entries(data.builds)) {
    if (!isObject(entry) || !Array.isArray(entry.peaks)) throw new HistoryFormatError(`has no peaks for ${key}`, "corrupt");
    const peaks = [];
    for (const p of entry.peaks) {
      if (!isObject(p) || !Number.isSafeInteger(p.bytes) || p.bytes <= 0 || typeof p.at !== "string") {
        throw new HistoryFormatError(`has a malformed peak for ${key}`, "corrupt");
      }
      peaks.push({ bytes: p.bytes, at: p.at });
    }
    builds[key] = { peaks };
  }
  return { version: HISTORY_VERSION, builds };
}
function serializeHistory(history) {
  return JSON.stringify(history, null, 2) + "\n";
}
function withPeak(history, key, bytes, at) {
  const builds = { ...history.builds };
  const peaks = [...builds[key]?.peaks ?? [], { bytes, at }].slice(-PEAKS_PER_KEY);
  delete builds[key];
  builds[key] = { peaks };
  const keys = Object.keys(builds);
  if (keys.length > MAX_KEYS) {
    const newest = (k) => builds[k].peaks.at(-1)?.at ?? "";
    for (const k of keys.sort((a, b) => newest(a).localeCompare(newest(b))).slice(0, keys.length - MAX_KEYS)) delete builds[k];
  }
  return { version: HISTORY_VERSION, builds };
}
function knownPeak(history, key) {
  const peaks = history.builds[key]?.peaks ?? [];
  if (peaks.length === 0) return null;
  return { key, bytes: Math.max(...peaks.map((p) => p.bytes)), runs: peaks.length };
}
function headroomFor(peakBytes) {
  return Math.max(512 * MiB, Math.ceil(peakBytes / 4));
}
function neededBuildBytes(peakBytes) {
  return peakBytes + headroomFor(peakBytes);
}
function buildKey(parts) {
  const platforms = (Array.isArray(parts.platforms) ? parts.platforms : (parts.platforms ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "").sort();
  const hash = createHash("sha256").update(parts.dockerfile.replace(/\r\n/g, "\n")).update("\0").update(parts.target?.trim() ?? "").update("\0").update(platforms.join(",")).digest("hex");
  return `dockerfile-${hash.slice(0, 16)}`;
}
var KEY = /^[A-Za-z0-9][A-Za-z0-9._:/@+=-]{0,199}$/;
function parseHistoryKey(input, what = "history key") {
  const key = input.trim();
  if (!KEY.test(key)) {
    throw new InputError(`${what} "${input}" must be 1 to 200 letters, digits or . _ : / @ + = -, starting with a letter or digit`);
  }
  return key;
}
function parsePeak(input, what = "peak") {
  const bytes = parseSize(input, what);
  if (bytes < MiB) {
    const hint = /^\d+$/.test(input.trim()) ? ` (a bare number is bytes; did you mean ${input.trim()}g?)` : "";
    throw new InputError(`${what} "${input}" is below 1 MiB${hint}`);
  }
  return bytes;
}
var GITHUB_RUNNERS = [
  { label: "ubuntu-slim", os: "linux", arch: "x64", cpus: 1, memoryGB: 5, docker: false, larger: false },
  { label: "macos-latest", os: "macos", arch: "arm64", cpus: 3, memoryGB: 7, docker: false, larger: false },
  { label: "macos-15-intel", os: "macos", arch: "x64", cpus: 4, memoryGB: 14, docker: false, larger: false },
  { label: "windows-latest", os: "windows", arch: "x64", cpus: 4, memoryGB: 16, docker: false, larger: false },
  { label: "ubuntu-latest", os: "linux", arch: "x64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "ubuntu-24.04-arm", os: "linux", arch: "arm64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "a larger runner with 8 CPUs", os: "linux", arch: "x64", cpus: 8, memoryGB: 32, docker: true, larger: true },
  { label: "a larger runner with 16 CPUs", os: "linux", arch: "x64", cpus: 16, memoryGB: 64, docker: true, larger: true },
  { label: "a larger runner with 32 CPUs", os: "linux", arch: "x64", cpus: 32, memoryGB: 128, docker: true, larger: true },
  { label: "a larger runner with 64 CPUs", os: "linux", arch: "x64", cpus: 64, memoryGB: 256, docker: true, larger: true },
  { label: "a larger runner with 96 CPUs", os: "linux", arch: "x64", cpus: 96, memoryGB: 384, docker: true, larger: true }
];
function runnerBytes(runner) {
  return runner.memoryGB * 1e9;
}
function smallestRunnerFor(totalBytes, arch) {
  return GITHUB_RUNNERS.filter((r) => r.docker && (arch === void 0 || r.arch === arch)).sort((a, b) => a.memoryGB - b.memoryGB).find((r) => runnerBytes(r) >= totalBytes) ?? null;
}
function runnerName(runner) {
  return runner.larger ? `${runner.label} (${runner.memoryGB} GB)` : `${runner.label} (${runner.cpus} CPUs, ${runner.memoryGB} GB)`;
}
function peakSentence(peak) {
  const needed = neededBuildBytes(peak.bytes);
  const runs = peak.runs === 1 ? "its one recorded run" : `the highest of its last ${peak.runs} recorded runs`;
  return `This build (${peak.key}) peaked at ${formatSize(peak.bytes)} (${runs}); with ${formatSize(needed - peak.bytes)} headroom it needs a build limit of ${formatSize(needed)}.`;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/publish.ts
function planOutputs(plan) {
  const m = plan.machine;
  return {
    "total-memory": toDockerSize(m.totalBytes),
    "total-memory-bytes": String(m.totalBytes),
    "available-memory": toDockerSize(m.availableBytes),
    "available-memory-bytes": String(m.availableBytes),
    "cgroup-limit": m.cgroupLimitBytes === null ? "" : toDockerSize(m.cgroupLimitBytes),
    "cgroup-limit-bytes": m.cgroupLimitBytes === null ? "" : String(m.cgroupLimitBytes),
    "docker-memory": plan.engine.source === "docker" ? toDockerSize(plan.engine.bytes) : "",
    "docker-memory-bytes": plan.engine.source === "docker" ? String(plan.engine.bytes) : "",
    "reserve-memory": toDockerSize(plan.reserveBytes),
    "build-memory": toDockerSize(plan.build.bytes),
    "build-memory-bytes": String(plan.build.bytes),
    jobs: String(plan.jobs),
    cpus: String(m.cpus),
    profile: plan.profile,
    containers: JSON.stringify(Object.fromEntries(plan.containers.map((c) => [c.name, toDockerSize(c.bytes)]))),
    "ollama-model": plan.ollama?.model ?? "",
    "ollama-memory": plan.ollama ? toDockerSize(plan.ollama.memoryBytes) : "",
    status: plan.status,
    plan: JSON.stringify(planJson(plan))
  };
}
function planEnv(plan, current = {}) {
  const jobs = String(plan.jobs);
  const env = {
    DOCKER_MEMORY_BUILD: toDockerSize(plan.build.bytes),
    DOCKER_MEMORY_BUILD_BYTES: String(plan.build.bytes),
    DOCKER_MEMORY_JOBS: jobs,
    DOCKER_MEMORY_PROFILE: plan.profile
  };
  for (const c of plan.containers) {
    env[`DOCKER_MEMORY_CONTAINER_${envName(c.name)}`] = toDockerSize(c.bytes);
  }
  if (plan.ollama) {
    env.OLLAMA_ROUTER_MODEL = plan.ollama.model;
    env.OLLAMA_DOCKER_MEMORY = String(toWholeGiB(plan.ollama.memoryBytes));
  }
  env.MAKEFLAGS = withFlag(current.MAKEFLAGS, /(^|\s)(-j\s*\d*|--jobs(=\d+)?)(?=\s|$)/, `-j${jobs}`);
  env.CMAKE_BUILD_PARALLEL_LEVEL = jobs;
  env.CARGO_BUILD_JOBS = jobs;
  env.MAX_JOBS = jobs;
  env.GRADLE_OPTS = withFlag(current.GRADLE_OPTS, /(^|\s)-Dorg\.gradle\.workers\.max=\d+(?=\s|$)/, `-Dorg.gradle.workers.max=${jobs}`);
  env.GOFLAGS = withFlag(current.GOFLAGS, /(^|\s)-p=\d+(?=\s|$)/, `-p=${jobs}`);
  return env;
}
function planJson(plan, machine) {
  return {
    status: plan.status,
    profile: plan.profile,
    totalMemoryBytes: plan.machine.totalBytes,
    totalMemorySource: plan.machine.totalSource,
    physicalMemoryBytes: plan.machine.physicalBytes,
    cgroupLimitBytes: plan.machine.cgroupLimitBytes,
    availableMemoryBytes: plan.machine.availableBytes,
    swapBytes: plan.machine.swapBytes,
    cpus: plan.machine.cpus,
    cpusSource: plan.machine.cpusSource,
    dockerMemoryBytes: plan.engine.source === "docker" ? plan.engine.bytes : null,
    engine: plan.engine,
    reserveMemoryBytes: plan.reserveBytes,
    usableMemoryBytes: plan.usableBytes,
    buildMemoryBytes: plan.build.bytes,
    buildMemory: toDockerSize(plan.build.bytes),
    buildMemorySource: plan.build.source,
    jobs: plan.jobs,
    memoryPerJobBytes: plan.memoryPerJobBytes,
    containers: plan.containers.map((c) => ({ name: c.name, memoryBytes: c.bytes, memory: toDockerSize(c.bytes), ...c.model ? { model: c.model } : {} })),
    ollama: plan.ollama,
    requiredEngineBytes: plan.requiredEngineBytes,
    onInsufficient: plan.onInsufficient,
    problems: plan.problems,
    adjustments: plan.adjustments,
    reasons: plan.reasons,
    ...plan.history ? { history: plan.history } : {},
    ...machine ? { machine } : {}
  };
}
function envName(name) {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}
function withFlag(current, existing, flag) {
  const value = (current ?? "").trim();
  if (value === "") return flag;
  return existing.test(value) ? value.replace(existing, `$1${flag}`).trim() : `${value} ${flag}`;
}

// src/core/render/text.ts
function planText(plan, machine) {
  const out = [];
  const m = plan.machine;
  out.push(`Docker memory plan (${plan.profile}): ${plan.status === "ok" ? "OK" : "NOT ENOUGH MEMORY"}`);
  out.push(`  machine      ${formatSize(m.totalBytes)} (${m.totalSource}), ${formatSize(m.availableBytes)} available, ${m.cpus} CPUs, ${machine.os.platform}/${machine.os.arch}`);
  out.push(`  docker       ${plan.engine.source === "docker" ? `${formatSize(plan.engine.bytes)} (${plan.engine.backend})` : "no engine seen"}`);
  out.push(`  reserve      ${formatSize(plan.reserveBytes)}`);
  out.push(`  build limit  ${formatSize(plan.build.bytes)} (${plan.build.source})`);
  out.push(`  jobs         ${plan.jobs} (${formatSize(plan.memoryPerJobBytes)} each)`);
  if (plan.history) out.push(`  history      ${historyLine(plan.history)}`);
  for (const c of plan.containers) out.push(`  container    ${c.name} ${formatSize(c.bytes)}${c.model ? ` (${c.model})` : ""}`);
  for (const p of plan.problems) out.push(`  problem      ${p.message}; fix: ${p.fix}`);
  for (const a of plan.adjustments) out.push(`  adjusted     ${a}`);
  out.push("Why:");
  for (const r of plan.reasons) out.push(`  - ${r}`);
  return out.join("\n") + "\n";
}
function historyLine(h) {
  const runner = h.runner ? runnerName(h.runner) : "none of the GitHub-hosted runners";
  return `peak ${formatSize(h.peakBytes)} (${h.key}, ${h.runs} run${h.runs === 1 ? "" : "s"}) needs a build limit of ${formatSize(h.neededBuildBytes)} and a machine with ${formatSize(h.requiredTotalBytes)}: ${h.fits ? "fits this one" : "does NOT fit this one"}; smallest runner: ${runner}`;
}
function detectText(machine) {
  const out = [];
  const mem = machine.memory;
  out.push(`os           ${machine.os.platform}/${machine.os.arch} ${machine.os.release}`);
  out.push(`cpus         ${machine.cpus.logical}`);
  out.push(`memory       ${formatSize(mem.totalBytes)} total, ${formatSize(mem.availableBytes)} available, swap ${formatSize(mem.swapTotalBytes)}`);
  const cg = machine.cgroup;
  if (cg) {
    out.push(`cgroup       v${cg.version} ${cg.path}: memory ${cg.memoryLimitBytes === null ? "unlimited" : `${formatSize(cg.memoryLimitBytes)} (${cg.memoryLimitPath})`}, cpu ${cg.cpuQuota === null ? "unlimited" : cg.cpuQuota}${cg.cpusetCount === null ? "" : `, cpuset ${cg.cpusetCount}`}`);
  } else {
    out.push("cgroup       none");
  }
  const d = machine.docker;
  out.push(d ? `docker       ${d.serverVersion} (${d.backend}), ${formatSize(d.memTotalBytes)}, ${d.ncpu} CPUs, cgroup v${d.cgroupVersion ?? "?"} ${d.cgroupDriver ?? ""}`.trimEnd() : `docker       none (${machine.dockerAbsentReason ?? "not asked"})`);
  const r = machine.runner;
  out.push(`runner       ${r.ciName}${r.environment ? ` ${r.environment}` : ""}${r.name ? ` ${r.name}` : ""}${r.inContainer ? `, in a container (${r.containerHint})` : ""}`);
  return out.join("\n") + "\n";
}

export {
  InputError,
  MiB,
  GiB,
  parseSize,
  parseSizeOrPercent,
  formatSize,
  toDockerSize,
  HistoryFormatError,
  emptyHistory,
  parseHistory,
  serializeHistory,
  withPeak,
  knownPeak,
  headroomFor,
  neededBuildBytes,
  buildKey,
  parseHistoryKey,
  parsePeak,
  GITHUB_RUNNERS,
  smallestRunnerFor,
  runnerName,
  peakSentence,
  planOutputs,
  planEnv,
  planJson,
  planText,
  historyLine,
  detectText
};

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

export {
  InputError,
  MiB,
  GiB,
  parseSize,
  parseSizeOrPercent,
  formatSize,
  toDockerSize,
  planOutputs,
  planEnv,
  planJson
};

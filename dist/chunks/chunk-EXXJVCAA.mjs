import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildLimitBytes
} from "./chunk-UT3EMDMA.mjs";
import {
  InputError,
  toDockerSize,
  toWholeGiB
} from "./chunk-LGCTJYX5.mjs";

// src/core/publish.ts
function planOutputs(plan) {
  const m = plan.machine;
  const build = buildLimitBytes(plan);
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
    "build-memory": build === null ? "" : toDockerSize(build),
    "build-memory-bytes": build === null ? "" : String(build),
    jobs: String(plan.jobs),
    "max-parallelism": String(plan.parallelism.maxParallelism),
    "buildkitd-config": plan.parallelism.buildkitdConfig,
    ...fitOutputs(plan.fit),
    cpus: String(m.cpus),
    profile: plan.profile,
    containers: JSON.stringify(Object.fromEntries(plan.containers.map((c) => [c.name, toDockerSize(c.bytes)]))),
    "ollama-model": plan.ollama?.model ?? "",
    "ollama-memory": plan.ollama ? toDockerSize(plan.ollama.memoryBytes) : "",
    status: plan.status,
    plan: JSON.stringify(planJson(plan))
  };
}
function fitOutputs(fit) {
  return {
    fits: fit.fits === null ? "" : String(fit.fits),
    "needs-memory": fit.needsMemoryBytes === null ? "" : String(fit.needsMemoryBytes),
    "larger-runner": fit.largerRunner ?? ""
  };
}
function planEnv(plan, options = { parallelism: false }) {
  const jobs = String(plan.jobs);
  const build = buildLimitBytes(plan);
  const env = {
    DOCKER_MEMORY_BUILD: build === null ? "" : toDockerSize(build),
    DOCKER_MEMORY_BUILD_BYTES: build === null ? "" : String(build),
    DOCKER_MEMORY_JOBS: jobs,
    DOCKER_MEMORY_MAX_PARALLELISM: String(plan.parallelism.maxParallelism),
    DOCKER_MEMORY_PROFILE: plan.profile
  };
  if (plan.fit.fits !== null) env.DOCKER_MEMORY_FITS = String(plan.fit.fits);
  if (plan.fit.needsMemoryBytes !== null) env.DOCKER_MEMORY_NEEDS_MEMORY = String(plan.fit.needsMemoryBytes);
  for (const c of plan.containers) {
    env[`DOCKER_MEMORY_CONTAINER_${envName(c.name)}`] = toDockerSize(c.bytes);
  }
  if (plan.ollama) {
    env.OLLAMA_ROUTER_MODEL = plan.ollama.model;
    env.OLLAMA_DOCKER_MEMORY = String(toWholeGiB(plan.ollama.memoryBytes));
  }
  if (!options.parallelism) return env;
  const inherited = (name) => oneLine(name, options.inherited?.[name] ?? "");
  env.MAKEFLAGS = withFlag(inherited("MAKEFLAGS"), /(^|\s)(-j\s*\d*|--jobs(=\d+)?)(?=\s|$)/, `-j${jobs}`);
  env.CMAKE_BUILD_PARALLEL_LEVEL = jobs;
  env.CARGO_BUILD_JOBS = jobs;
  env.MAX_JOBS = jobs;
  env.GRADLE_OPTS = withFlag(inherited("GRADLE_OPTS"), /(^|\s)-Dorg\.gradle\.workers\.max=\d+(?=\s|$)/, `-Dorg.gradle.workers.max=${jobs}`);
  env.GOFLAGS = withFlag(inherited("GOFLAGS"), /(^|\s)-p=\d+(?=\s|$)/, `-p=${jobs}`);
  return env;
}
var PLAIN_VALUE = /^[A-Za-z0-9_.,:/@%+=-]*$/;
function formatEnvFile(env) {
  return Object.entries(env).map(([name, value]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new InputError(`cannot write the variable "${name}": not a variable name`);
    oneLine(name, value);
    return `${name}=${PLAIN_VALUE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`;
  }).join("\n") + "\n";
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
    buildMemoryBytes: buildLimitBytes(plan),
    buildMemory: buildLimitBytes(plan) === null ? null : toDockerSize(plan.build.bytes),
    buildMemorySource: plan.build.source,
    jobs: plan.jobs,
    memoryPerJobBytes: plan.memoryPerJobBytes,
    maxParallelism: plan.parallelism.maxParallelism,
    buildkitdConfig: plan.parallelism.buildkitdConfig,
    parallelism: { source: plan.parallelism.source, platforms: plan.parallelism.platforms, togetherBytes: plan.parallelism.together },
    fits: plan.fit.fits,
    needsMemoryBytes: plan.fit.needsMemoryBytes,
    largerRunner: plan.fit.largerRunner,
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
function oneLine(name, value) {
  if (/[\r\n]/.test(value)) throw new InputError(`${name} has a line break, which would start another variable: refusing to pass it on`);
  return value;
}
function withFlag(current, existing, flag) {
  const value = current.trim();
  if (value === "") return flag;
  return existing.test(value) ? value.replace(existing, `$1${flag}`).trim() : `${value} ${flag}`;
}

export {
  planOutputs,
  fitOutputs,
  planEnv,
  formatEnvFile,
  planJson,
  envName
};

"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/entries/library.ts
var library_exports = {};
__export(library_exports, {
  GITHUB_RUNNERS: () => GITHUB_RUNNERS,
  GiB: () => GiB,
  InputError: () => import_errors15.InputError,
  MiB: () => MiB,
  PROFILES: () => PROFILES,
  PROFILE_TABLE: () => PROFILE_TABLE,
  actionsCacheHistoryStore: () => actionsCacheHistoryStore,
  buildKey: () => buildKey,
  buildLimitBytes: () => buildLimitBytes,
  defaultReserve: () => defaultReserve,
  detectMachine: () => detectMachine,
  fileHistoryStore: () => fileHistoryStore,
  formatEnvFile: () => formatEnvFile,
  formatSize: () => formatSize,
  headroomFor: () => headroomFor,
  knownPeak: () => knownPeak,
  loadKnownPeak: () => loadKnownPeak,
  neededBuildBytes: () => neededBuildBytes,
  parsePlanRequest: () => parsePlanRequest,
  parseSize: () => parseSize,
  plan: () => plan,
  planEnv: () => planEnv,
  planJson: () => planJson,
  planOutputs: () => planOutputs,
  planSummary: () => planSummary,
  planText: () => planText,
  profileMemory: () => profileMemory,
  recordPeak: () => recordPeak,
  smallestRunnerFor: () => smallestRunnerFor,
  toDockerSize: () => toDockerSize
});
module.exports = __toCommonJS(library_exports);

// src/probes/machine.ts
var import_node_fs3 = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);

// src/core/ci-platform.ts
var CI_TABLE = [
  { id: "github", name: "GitHub Actions", env: "GITHUB_ACTIONS" },
  { id: "gitlab", name: "GitLab CI", env: "GITLAB_CI" },
  { id: "buildkite", name: "Buildkite", env: "BUILDKITE" },
  { id: "jenkins", name: "Jenkins", env: "JENKINS_URL" },
  { id: "circleci", name: "CircleCI", env: "CIRCLECI" },
  { id: "azure", name: "Azure Pipelines", env: "TF_BUILD" },
  { id: "bitbucket", name: "Bitbucket Pipelines", env: "BITBUCKET_BUILD_NUMBER" },
  { id: "teamcity", name: "TeamCity", env: "TEAMCITY_VERSION" },
  { id: "drone", name: "Drone", env: "DRONE" },
  { id: "woodpecker", name: "Woodpecker", env: "CI_PIPELINE_NUMBER" },
  { id: "codebuild", name: "AWS CodeBuild", env: "CODEBUILD_BUILD_ID" },
  { id: "travis", name: "Travis CI", env: "TRAVIS" },
  { id: "generic", name: "CI", env: "CI" }
];
function detectRunner(env, signs) {
  const row = CI_TABLE.find((r) => {
    const v = env[r.env];
    return v !== void 0 && v !== "" && v !== "false";
  });
  const environment = env.RUNNER_ENVIRONMENT;
  let containerHint = null;
  if (env.KUBERNETES_SERVICE_HOST) containerHint = "kubernetes pod";
  else if (signs.dockerenv) containerHint = "docker container (/.dockerenv)";
  else if (signs.containerenv) containerHint = "podman container (/run/.containerenv)";
  else if (signs.cgroupPath && /\/(docker|kubepods|containerd|libpod|actions_job)[/.-]/.test(signs.cgroupPath)) {
    containerHint = `container cgroup ${signs.cgroupPath}`;
  }
  return {
    ci: row?.id ?? "local",
    ciName: row?.name ?? "no CI (local)",
    environment: environment === "github-hosted" || environment === "self-hosted" ? environment : null,
    name: env.RUNNER_NAME || null,
    os: env.RUNNER_OS || null,
    arch: env.RUNNER_ARCH || null,
    inContainer: containerHint !== null,
    containerHint
  };
}

// src/probes/cgroup.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

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
  let count2 = 0;
  for (const part of text.trim().split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    count2 += m[2] === void 0 ? 1 : Number(m[2]) - Number(m[1]) + 1;
  }
  return count2 > 0 ? count2 : null;
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

// src/probes/cgroup.ts
function probeCgroup(root = "/", pid = "self") {
  const read = (path) => {
    try {
      return (0, import_node_fs.readFileSync)((0, import_node_path.join)(root, path), "utf8");
    } catch {
      return null;
    }
  };
  const procCgroup = read(`/proc/${pid}/cgroup`);
  const mountinfo = read(`/proc/${pid}/mountinfo`);
  if (procCgroup === null || mountinfo === null) return null;
  const entries = parseProcCgroup(procCgroup);
  const mounts = parseMountinfo(mountinfo);
  const v2mount = mounts.find((m) => m.fsType === "cgroup2");
  const v2Controllers = v2mount ? (read(`${v2mount.mountPoint}/cgroup.controllers`) ?? "").trim().split(/\s+/) : [];
  const memory = findMount(mounts, entries, "memory", v2Controllers);
  if (!memory) return null;
  const v2 = memory.version === 2;
  const memDirs = cgroupDirs(memory.mount, memory.path);
  let memoryLimitBytes = null;
  let memoryLimitPath = null;
  for (const dir of memDirs) {
    const limit = parseMemoryLimit(read(`${dir}/${v2 ? "memory.max" : "memory.limit_in_bytes"}`) ?? "");
    if (limit !== null && (memoryLimitBytes === null || limit < memoryLimitBytes)) {
      memoryLimitBytes = limit;
      memoryLimitPath = dir;
    }
  }
  const own = memDirs[0];
  const memoryUsageBytes = parseCounter(read(`${own}/${v2 ? "memory.current" : "memory.usage_in_bytes"}`) ?? "");
  const stat = parseKeyValues(read(`${own}/memory.stat`) ?? "");
  const memoryReclaimableBytes = (v2 ? stat["inactive_file"] : stat["total_inactive_file"] ?? stat["inactive_file"]) ?? null;
  let cpuQuota = null;
  const cpu = findMount(mounts, entries, "cpu", v2Controllers);
  if (cpu) {
    for (const dir of cgroupDirs(cpu.mount, cpu.path)) {
      const quota = cpu.version === 2 ? parseCpuMax(read(`${dir}/cpu.max`) ?? "") : parseCfsQuota(read(`${dir}/cpu.cfs_quota_us`) ?? "", read(`${dir}/cpu.cfs_period_us`) ?? "");
      if (quota !== null && (cpuQuota === null || quota < cpuQuota)) cpuQuota = quota;
    }
  }
  let cpusetCount = null;
  const cpuset = findMount(mounts, entries, "cpuset", v2Controllers);
  if (cpuset) {
    const file = cpuset.version === 2 ? "cpuset.cpus.effective" : "cpuset.cpus";
    for (const dir of cgroupDirs(cpuset.mount, cpuset.path)) {
      const count2 = parseCpusetCount(read(`${dir}/${file}`) ?? "");
      if (count2 !== null) {
        cpusetCount = count2;
        break;
      }
    }
  }
  return {
    version: memory.version,
    path: memory.path,
    memoryLimitBytes,
    memoryLimitPath,
    memoryUsageBytes,
    memoryReclaimableBytes,
    cpuQuota,
    cpusetCount
  };
}

// src/probes/machine.ts
var import_docker = require("./shared.js");

// src/probes/memory.ts
var import_node_fs2 = require("node:fs");

// src/core/meminfo.ts
function parseMeminfo(text) {
  const kb = {};
  for (const line of text.split("\n")) {
    const m = /^(\w+):\s+(\d+)(?:\s+kB)?$/.exec(line.trim());
    if (m) kb[m[1]] = Number(m[2]) * 1024;
  }
  if (kb.MemTotal === void 0) return null;
  return {
    totalBytes: kb.MemTotal,
    availableBytes: kb.MemAvailable ?? (kb.MemFree ?? 0) + (kb.Buffers ?? 0) + (kb.Cached ?? 0),
    swapTotalBytes: kb.SwapTotal ?? 0,
    swapFreeBytes: kb.SwapFree ?? 0
  };
}

// src/probes/memory.ts
async function probeMemory() {
  if (process.platform === "linux") {
    const facts = parseMeminfo(readMeminfo());
    if (facts) return facts;
  }
  const { default: memory } = await import("./chunks/lazy-systeminformation-lib-memory.mjs");
  const m = await memory.mem();
  return { totalBytes: m.total, availableBytes: m.available, swapTotalBytes: m.swaptotal, swapFreeBytes: m.swapfree };
}
function readMeminfo() {
  try {
    return (0, import_node_fs2.readFileSync)("/proc/meminfo", "utf8");
  } catch {
    return "";
  }
}

// src/probes/machine.ts
async function detectMachine(options = {}) {
  const env = options.env ?? process.env;
  const [memory, dockerProbe] = await Promise.all([probeMemory(), options.docker === false ? Promise.resolve(null) : (0, import_docker.probeDocker)()]);
  const cgroup = process.platform === "linux" ? probeCgroup(options.root ?? "/") : null;
  const runner = detectRunner(env, {
    dockerenv: (0, import_node_fs3.existsSync)("/.dockerenv"),
    containerenv: (0, import_node_fs3.existsSync)("/run/.containerenv"),
    cgroupPath: cgroup?.path ?? null
  });
  return {
    os: { platform: process.platform, arch: process.arch, release: import_node_os.default.release() },
    memory,
    cpus: { logical: import_node_os.default.availableParallelism() },
    cgroup,
    docker: dockerProbe?.docker ?? null,
    dockerAbsentReason: dockerProbe && dockerProbe.docker === null ? dockerProbe.reason : options.docker === false ? "not asked" : void 0,
    dockerVia: dockerProbe?.via,
    runner
  };
}

// src/core/enforce/mechanism.ts
var import_errors2 = require("./shared.js");

// src/core/units.ts
var import_errors = require("./shared.js");
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var UNIT = { "": 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt])i?)?b?$/i;
var PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
function parseSize(input, what = "size") {
  const text = input.trim();
  const m = SIZE.exec(text);
  if (!m) {
    throw new import_errors.InputError(`${what} "${input}" is not a size: use a number with a unit, like 512m, 20g or 1.5g`);
  }
  const bytes = Math.floor(Number(m[1]) * UNIT[(m[2] ?? "").toLowerCase()]);
  if (!Number.isSafeInteger(bytes)) {
    throw new import_errors.InputError(`${what} "${input}" is too large`);
  }
  return bytes;
}
function bareNumberHint(text, example = "4g", zeroNote = "") {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return "";
  if (Number(t) === 0) return ` (0 is no size${zeroNote}: give one such as ${example})`;
  return ` (a bare number is bytes; did you mean ${Number(t)}g?)`;
}
function parseSizeOrPercent(input, what = "size") {
  const m = PERCENT.exec(input.trim());
  if (m) {
    const percent = Number(m[1]);
    if (percent <= 0 || percent > 100) {
      throw new import_errors.InputError(`${what} "${input}" must be a percentage above 0% and at most 100%`);
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

// src/core/enforce/mechanism.ts
var STEP_FLOOR_BYTES = 16 * MiB;
var DAEMON_FLOOR_BYTES = 64 * MiB;

// src/core/inputs.ts
var import_errors9 = require("./shared.js");

// src/core/plan/fit.ts
var import_errors3 = require("./shared.js");
var LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function parseRunnerLabels(text) {
  const out = [];
  for (const entry of text.split(/[\n,]/).map((l) => l.replace(/#.*/, "").trim()).filter((l) => l !== "")) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) throw new import_errors3.InputError(`runner-labels line "${entry}" is not label=size (for example ubuntu-latest=14.9g)`);
    const [, label, size] = m;
    if (!LABEL.test(label)) throw new import_errors3.InputError(`runner-labels line "${entry}": "${label}" is not a runner label (letters, digits, . _ -)`);
    if (out.some((r) => r.label === label)) throw new import_errors3.InputError(`runner-labels names "${label}" twice`);
    out.push({ label, bytes: parseSize(size, `runner-labels size for ${label}`) });
  }
  return out.sort((a, b) => a.bytes - b.bytes);
}
function smallestLabelFor(labels, bytes) {
  return [...labels].sort((a, b) => a.bytes - b.bytes).find((r) => r.bytes >= bytes) ?? null;
}
function fitOf(fit, labels, source) {
  if (fit === null) return { fits: null, needsMemoryBytes: null, largerRunner: null, source: "none" };
  return { fits: fit.fits, needsMemoryBytes: fit.requiredTotalBytes, largerRunner: smallestLabelFor(labels, fit.requiredTotalBytes)?.label ?? null, source };
}
function fitSentence(fit, labels) {
  if (fit.fits === null || fit.needsMemoryBytes === null) return "No peak is known yet, so whether the build fits this runner is not known (fits is empty).";
  const where = fit.source === "build" ? "this build" : "earlier runs";
  const runner = labels.length === 0 ? "no runner-labels were given to choose a larger one from" : fit.largerRunner ? `the smallest of runner-labels that has it is ${fit.largerRunner}` : `none of runner-labels (largest ${labels.at(-1)?.label}, ${formatSize(labels.at(-1)?.bytes ?? 0)}) has it`;
  return `From the peak of ${where}, the build needs a machine with ${formatSize(fit.needsMemoryBytes)}: it ${fit.fits ? "fits" : "does NOT fit"} this runner; ${runner}.`;
}

// src/core/plan/ollama.ts
var import_errors4 = require("./shared.js");
var OLLAMA_MODELS = [
  { name: "qwen2.5:7b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 10 * GiB, quality: "Best", rank: 4 },
  { name: "llama3.1:8b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 8 * GiB, quality: "Excellent", rank: 3 },
  { name: "mistral:7b", sizeBytes: 4.1 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 7 * GiB, quality: "Very Good", rank: 2 },
  { name: "phi3:mini", sizeBytes: 2.3 * GiB, ramBytes: 4 * GiB, dockerMemoryBytes: 5 * GiB, quality: "Basic", rank: 1 }
];
var AUTO_MODEL_SHARE = 0.7;
function parseOllamaModel(input) {
  const name = input.trim().toLowerCase();
  if (name === "" || name === "none") return null;
  if (name === "auto") return { kind: "auto" };
  const model = OLLAMA_MODELS.find((m) => m.name === name);
  if (!model) {
    throw new import_errors4.InputError(`ollama-model "${input}" is not a known model: use auto or one of ${OLLAMA_MODELS.map((m) => m.name).join(", ")}`);
  }
  return { kind: "model", model };
}
function autoModel(totalBytes) {
  const budget = totalBytes * AUTO_MODEL_SHARE;
  const fitting = OLLAMA_MODELS.filter((m) => m.ramBytes <= totalBytes && m.dockerMemoryBytes <= budget);
  return fitting.length > 0 ? best(fitting) : smallest();
}
function largestModelWithin(budgetBytes) {
  const fitting = OLLAMA_MODELS.filter((m) => m.dockerMemoryBytes <= budgetBytes);
  return fitting.length > 0 ? best(fitting) : null;
}
function best(models) {
  return models.reduce((a, b) => b.rank > a.rank ? b : a);
}
function smallest() {
  return OLLAMA_MODELS.reduce((a, b) => b.dockerMemoryBytes < a.dockerMemoryBytes ? b : a);
}

// src/core/plan/layers.ts
var import_errors7 = require("./shared.js");

// on-first-call:node:crypto
var load = () => require("node:crypto");
function createHash(...args) {
  return load().createHash(...args);
}
function randomBytes(...args) {
  return load().randomBytes(...args);
}

// src/core/history/peaks.ts
var import_errors5 = require("./shared.js");

// src/core/plan/parallelism.ts
function planParallelism(request) {
  const { buildBytes, memoryPerJobBytes, cpus: cpus2 } = request;
  const platforms = Math.max(1, request.platforms);
  const reasons = [];
  const measured = request.steps.map((s) => s.bytes).sort((a, b) => b - a);
  let together;
  let source;
  if (measured.length > 0) {
    source = "history";
    together = [];
    let sum = 0;
    for (const bytes of measured) {
      if (sum + bytes > buildBytes) break;
      together.push(bytes);
      sum += bytes;
    }
    if (together.length === measured.length) {
      const more = Math.floor((buildBytes - sum) / measured[0]);
      for (let i = 0; i < more; i++) together.push(measured[0]);
    }
    if (together.length === 0) together = [measured[0]];
    const heaviest = formatSize(measured[0]);
    reasons.push(
      together.length === 1 ? `max-parallelism 1: the heaviest measured step (${heaviest}) ${measured[0] > buildBytes ? "alone exceeds" : "leaves no room for another in"} the ${formatSize(buildBytes)} build limit.` : together.length >= measured.length ? `max-parallelism ${together.length}: ${measured.length === 1 ? "the one measured step" : `the ${measured.length} measured steps`} (${measured.map(formatSize).join(" + ")})${together.length > measured.length ? ` and ${together.length - measured.length} more of ${heaviest}` : ""} fit the ${formatSize(buildBytes)} build limit together.` : `max-parallelism ${together.length}: the ${together.length} heaviest of the ${measured.length} measured steps (${together.map(formatSize).join(" + ")}) fit the ${formatSize(buildBytes)} build limit together; one more (${formatSize(measured[together.length])}) would not.`
    );
  } else {
    source = "memory-per-job";
    const k = Math.max(1, Math.floor(buildBytes / memoryPerJobBytes));
    together = Array.from({ length: k }, () => memoryPerJobBytes);
    reasons.push(
      `max-parallelism ${k}: no step of this build was measured, so each is expected to take memory-per-job (${formatSize(memoryPerJobBytes)}), and ${formatSize(buildBytes)} holds ${k}.`
    );
  }
  const maxParallelism = together.length;
  const copies = Math.min(platforms, maxParallelism);
  const held = Math.floor(buildBytes / (memoryPerJobBytes * copies));
  const byMemory = Math.max(1, held);
  const jobs = Math.max(1, Math.min(cpus2, byMemory));
  const share = copies > 1 ? ` shared by the ${copies} platforms' copies of a step running at once` : "";
  reasons.push(
    byMemory < cpus2 ? `${jobs} parallel job${jobs === 1 ? "" : "s"}: ${formatSize(buildBytes)}${share} holds ${held < 1 ? "less than one job" : byMemory} at ${formatSize(memoryPerJobBytes)} each, fewer than the ${cpus2} CPUs.` : `${jobs} parallel job${jobs === 1 ? "" : "s"}: one per CPU (${cpus2}), and ${formatSize(buildBytes)}${share} holds ${byMemory} at ${formatSize(memoryPerJobBytes)} each.`
  );
  return { maxParallelism, jobs, source, together, measured, reasons };
}
function buildkitdConfig(maxParallelism) {
  return `[worker.oci]
  max-parallelism = ${maxParallelism}
`;
}
function highestPerStep(runs) {
  const byKey = /* @__PURE__ */ new Map();
  for (const steps of runs) {
    for (const s of steps) {
      const key = `${s.platform ?? ""}\0${s.instruction}`;
      const seen = byKey.get(key);
      if (!seen || s.bytes > seen.bytes) byKey.set(key, s);
    }
  }
  return [...byKey.values()];
}

// src/core/history/peaks.ts
var HISTORY_VERSION = 1;
var PEAKS_PER_KEY = 10;
var MAX_KEYS = 200;
function emptyHistory() {
  return { version: HISTORY_VERSION, builds: {} };
}
function salvageHistory(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new import_errors5.HistoryFormatError("is not JSON", "corrupt");
  }
  if (!isObject(data) || typeof data.version !== "number") throw new import_errors5.HistoryFormatError("has no version", "corrupt");
  if (data.version > HISTORY_VERSION) throw new import_errors5.HistoryFormatError(`is version ${data.version}, written by a newer docker-memory`, "newer");
  if (data.version !== HISTORY_VERSION || !isObject(data.builds)) throw new import_errors5.HistoryFormatError("has no builds", "corrupt");
  const builds = {};
  const dropped = [];
  for (const [key, entry] of Object.entries(data.builds)) {
    if (!isObject(entry) || !Array.isArray(entry.peaks)) {
      dropped.push(`no peaks for ${key}`);
      continue;
    }
    const peaks = [];
    for (const p of entry.peaks) {
      if (isObject(p) && Number.isSafeInteger(p.bytes) && p.bytes > 0 && typeof p.at === "string") {
        const steps = Array.isArray(p.steps) ? p.steps.filter(isStepPeak) : [];
        if (Array.isArray(p.steps) && steps.length < p.steps.length) dropped.push(`a malformed step peak for ${key}`);
        peaks.push({ bytes: p.bytes, at: p.at, ...steps.length > 0 ? { steps } : {} });
      } else dropped.push(`a malformed peak for ${key}`);
    }
    if (peaks.length > 0) builds[key] = { peaks };
  }
  return { history: { version: HISTORY_VERSION, builds }, dropped };
}
function serializeHistory(history) {
  return JSON.stringify(history, null, 2) + "\n";
}
function withPeak(history, key, bytes, at, steps = []) {
  const builds = { ...history.builds };
  const peaks = [...builds[key]?.peaks ?? [], { bytes, at, ...steps.length > 0 ? { steps } : {} }].slice(-PEAKS_PER_KEY);
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
  const steps = highestPerStep(peaks.map((p) => p.steps ?? []));
  return { key, bytes: peaks.reduce((max, p) => Math.max(max, p.bytes), 0), runs: peaks.length, ...steps.length > 0 ? { steps } : {} };
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
function isStepPeak(v) {
  return isObject(v) && typeof v.instruction === "string" && v.instruction.length <= 1e3 && (v.platform === null || typeof v.platform === "string") && Number.isSafeInteger(v.bytes) && v.bytes > 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/plan/profiles.ts
var import_errors6 = require("./shared.js");
var PROFILES = ["conservative", "balanced", "maximum"];
var PROFILE_TABLE = {
  conservative: [
    [16, 6],
    [32, 12],
    [64, 30],
    [128, 60]
  ],
  balanced: [
    [16, 8],
    [32, 20],
    [64, 45],
    [128, 80]
  ],
  maximum: [
    [16, 10],
    [32, 24],
    [64, 55],
    [128, 100]
  ]
};
function parseProfile(input) {
  const name = input.trim().toLowerCase();
  if (PROFILES.includes(name)) return name;
  throw new import_errors6.InputError(`profile "${input}" is not one of ${PROFILES.join(", ")}`);
}
function profileMemory(profile, totalBytes) {
  const points = PROFILE_TABLE[profile];
  const gib = totalBytes / GiB;
  const [firstX, firstY] = points[0];
  const [lastX, lastY] = points[points.length - 1];
  let result;
  if (gib <= firstX) {
    result = gib * firstY / firstX;
  } else if (gib >= lastX) {
    result = gib * lastY / lastX;
  } else {
    const i = points.findIndex(([x]) => x >= gib);
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    result = y0 + (gib - x0) * (y1 - y0) / (x1 - x0);
  }
  return Math.floor(result * GiB);
}

// src/core/plan/layers.ts
var DOCKER_MIN_MEMORY = 6 * MiB;
var ENGINE_OVERHEAD = 2 * GiB;
var STARVED_BUILD_BYTES = 512 * MiB;
var notes = () => ({ reasons: [], problems: [], adjustments: [] });
function defaultReserve(basisBytes) {
  return Math.min(8 * GiB, Math.max(1 * GiB, Math.round(basisBytes * 0.1)));
}
function machineLayer(facts, request) {
  const out = notes();
  const override = request.totalMemoryBytes !== null;
  const physicalBytes = request.totalMemoryBytes ?? facts.memory.totalBytes;
  const rawCgroup = override ? null : facts.cgroup?.memoryLimitBytes ?? null;
  const cgroupLimitBytes = rawCgroup !== null && rawCgroup < physicalBytes ? rawCgroup : null;
  const totalBytes = cgroupLimitBytes ?? physicalBytes;
  const totalSource = override ? "override" : cgroupLimitBytes !== null ? "cgroup" : "physical";
  if (totalSource === "cgroup") {
    out.reasons.push(
      `This job runs in a cgroup limited to ${formatSize(totalBytes)} (${facts.cgroup?.memoryLimitPath}), less than the ${formatSize(physicalBytes)} the host has: the plan uses the limit.`
    );
  } else if (totalSource === "override") {
    out.reasons.push(`Planned for a machine with ${formatSize(totalBytes)} (given), not for this one.`);
  }
  let availableBytes = override ? totalBytes : facts.memory.availableBytes;
  const cg = facts.cgroup;
  if (!override && cgroupLimitBytes !== null && cg?.memoryUsageBytes != null) {
    const inUse = Math.max(0, cg.memoryUsageBytes - (cg.memoryReclaimableBytes ?? 0));
    availableBytes = Math.min(availableBytes, cgroupLimitBytes - inUse);
  }
  availableBytes = Math.min(totalBytes, Math.max(0, availableBytes));
  const { cpus: cpus2, cpusSource } = effectiveCpus(facts, request.cpus);
  const swapBytes = override ? 0 : facts.memory.swapTotalBytes;
  return { machine: { totalBytes, totalSource, physicalBytes, cgroupLimitBytes, availableBytes, swapBytes, cpus: cpus2, cpusSource }, notes: out };
}
function engineLayer(facts, machine, request) {
  const out = notes();
  const override = request.totalMemoryBytes !== null;
  const totalBytes = machine.totalBytes;
  const docker = override ? null : facts.docker;
  let engineBytes = totalBytes;
  if (docker) {
    engineBytes = docker.memTotalBytes;
    if (!docker.inVm && engineBytes > totalBytes) {
      out.reasons.push(`Docker reports the host's ${formatSize(engineBytes)}, but this job may use only ${formatSize(totalBytes)}: the plan uses ${formatSize(totalBytes)}.`);
      engineBytes = totalBytes;
    } else if (docker.inVm && engineBytes > totalBytes) {
      out.reasons.push(
        `Docker runs in a VM (${docker.backend}) given ${formatSize(engineBytes)}, more than the ${formatSize(totalBytes)} this job may use: the plan uses ${formatSize(totalBytes)}.`
      );
    } else if (docker.inVm) {
      out.reasons.push(`Docker runs in a VM (${docker.backend}) with ${formatSize(engineBytes)} of the machine's ${formatSize(totalBytes)}.`);
    }
  } else if (!override) {
    out.reasons.push(
      `No Docker engine answered${facts.dockerAbsentReason ? ` (${facts.dockerAbsentReason})` : ""}: the plan assumes it will get this machine's memory.`
    );
  }
  const engine = {
    bytes: engineBytes,
    source: docker ? "docker" : "assumed",
    backend: docker?.backend ?? "engine",
    inVm: docker?.inVm ?? false
  };
  const basisBytes = Math.min(totalBytes, engineBytes);
  const reserveBytes = request.reserveMemoryBytes ?? defaultReserve(basisBytes);
  if (request.reserveMemoryBytes === null) {
    out.reasons.push(`${formatSize(reserveBytes)} is kept for the OS and the runner (10 % of ${formatSize(basisBytes)}, between 1 and 8 GiB).`);
  }
  const usableBytes = Math.max(0, basisBytes - reserveBytes);
  if (usableBytes === 0) {
    out.problems.push({
      layer: "machine",
      message: `reserve-memory ${formatSize(reserveBytes)} leaves nothing of the ${formatSize(basisBytes)} this job has`,
      fix: `lower reserve-memory below ${formatSize(basisBytes)}`
    });
  }
  return { engine, basisBytes, reserveBytes, usableBytes, notes: out };
}
function containersLayer(request, machine, engine) {
  const out = notes();
  const containers = request.containers.map((c) => ({ ...c }));
  let ollama = null;
  if (request.ollama) {
    const fixedBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
    let model;
    let choice;
    if (request.ollama.kind === "auto") {
      model = autoModel(machine.totalBytes);
      choice = "auto";
      out.reasons.push(`Ollama model ${model.name} is the best whose container (${formatSize(model.dockerMemoryBytes)}) fits in 70 % of ${formatSize(machine.totalBytes)}.`);
    } else {
      model = request.ollama.model;
      choice = "explicit";
    }
    const room = engine.usableBytes - fixedBytes;
    if (request.onInsufficient === "downgrade") {
      const smaller = largestModelWithin(room - STARVED_BUILD_BYTES) ?? largestModelWithin(room);
      if (smaller && smaller.rank < model.rank) {
        const need = model.dockerMemoryBytes > room ? `needs ${formatSize(model.dockerMemoryBytes)} but only ${formatSize(Math.max(0, room))} is free for it` : `(${formatSize(model.dockerMemoryBytes)}) would leave the build ${formatSize(room - model.dockerMemoryBytes)}, less than the ${formatSize(STARVED_BUILD_BYTES)} it needs`;
        out.adjustments.push(
          `Ollama model ${model.name} ${need}: using ${smaller.name} (${formatSize(smaller.dockerMemoryBytes)}), which leaves ${formatSize(room - smaller.dockerMemoryBytes)} for the build.`
        );
        model = smaller;
        choice = "downgraded";
      }
    }
    ollama = { model: model.name, memoryBytes: model.dockerMemoryBytes, quality: model.quality, choice };
    containers.push({ name: "ollama", bytes: model.dockerMemoryBytes, model: model.name });
  }
  const containerBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
  const downgradeHelps = ollama !== null && request.onInsufficient !== "downgrade" && largestModelWithin(ollama.memoryBytes - 1) !== null;
  for (const c of containers) {
    if (c.bytes > engine.engine.bytes) {
      out.problems.push({
        layer: "engine",
        message: `container ${c.name} needs ${formatSize(c.bytes)} but Docker's engine has ${formatSize(engine.engine.bytes)}`,
        fix: engineFix(engine.engine.inVm, c.bytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
      });
    }
  }
  if (containers.length > 0 && containerBytes > engine.usableBytes && out.problems.length === 0) {
    out.problems.push({
      layer: "engine",
      message: `containers need ${formatSize(containerBytes)} together but only ${formatSize(engine.usableBytes)} is usable (${formatSize(engine.basisBytes)} less ${formatSize(engine.reserveBytes)} reserve)`,
      fix: engineFix(engine.engine.inVm, containerBytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
    });
  }
  return { containers, ollama, containerBytes, roomBytes: Math.max(0, engine.usableBytes - containerBytes), notes: out };
}
function buildLayer(request, machine, engine, containers, problemsSoFar) {
  const out = notes();
  const { basisBytes, reserveBytes } = engine;
  const { roomBytes, containerBytes } = containers;
  const profileBytes = profileMemory(request.profile, basisBytes);
  if (request.buildMemory === null) {
    const bytes2 = Math.min(profileBytes, roomBytes);
    out.reasons.push(
      `The ${request.profile} profile gives ${formatSize(profileBytes)} of ${formatSize(basisBytes)} (its table: 16 GiB\u2192${formatSize(profileMemory(request.profile, 16 * GiB))}, 64 GiB\u2192${formatSize(profileMemory(request.profile, 64 * GiB))}).`
    );
    if (roomBytes < profileBytes) out.reasons.push(`Containers and the reserve leave ${formatSize(roomBytes)}, so the build gets that.`);
    if (bytes2 < STARVED_BUILD_BYTES && problemsSoFar.length === 0) {
      out.problems.push({
        layer: "build",
        message: `only ${formatSize(bytes2)} is left for the build once containers (${formatSize(containerBytes)}) and the reserve (${formatSize(reserveBytes)}) are taken`,
        fix: containers.containers.length > 0 ? "give the containers less memory or use a larger runner" : "use a larger runner or a smaller reserve-memory"
      });
    }
    return { build: { bytes: bytes2, source: "profile", profileBytes }, notes: out };
  }
  let bytes;
  const source = request.buildMemory.kind === "percent" ? "percent" : "size";
  if (request.buildMemory.kind === "percent") {
    bytes = Math.floor(machine.availableBytes * request.buildMemory.percent / 100);
    if (bytes < STEP_FLOOR_BYTES) {
      throw new import_errors7.InputError(
        `build-memory ${request.buildMemory.percent}% of the ${formatSize(machine.availableBytes)} available is ${formatSize(bytes)}, below the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`
      );
    }
    out.reasons.push(`build-memory ${request.buildMemory.percent}% of the ${formatSize(machine.availableBytes)} available now is ${formatSize(bytes)}.`);
  } else {
    bytes = request.buildMemory.bytes;
    out.reasons.push(`build-memory ${formatSize(bytes)} was given.`);
  }
  const containersFailed = problemsSoFar.some((p) => p.layer === "engine");
  const buildRoom = containersFailed ? engine.usableBytes : roomBytes;
  if (bytes > buildRoom) {
    if (request.onInsufficient === "downgrade" && roomBytes >= STEP_FLOOR_BYTES) {
      out.adjustments.push(`build-memory ${formatSize(bytes)} does not fit in the ${formatSize(roomBytes)} left: lowered to ${formatSize(roomBytes)}.`);
      bytes = roomBytes;
    } else {
      const fixes = [`set build-memory to at most ${formatSize(buildRoom)}`];
      const fromProfile = Math.min(profileBytes, buildRoom);
      if (fromProfile >= STARVED_BUILD_BYTES) fixes.push(`leave it empty for the ${request.profile} profile (${formatSize(fromProfile)})`);
      const machineBytes = totalGiving(bytes + (containersFailed ? 0 : containerBytes), request.reserveMemoryBytes);
      fixes.push(`use a machine with at least ${formatSize(machineBytes)}${runnerFor(machineBytes)}`);
      out.problems.push({
        layer: "build",
        message: `build-memory ${formatSize(bytes)} is more than the ${formatSize(buildRoom)} this machine can give a build (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve${containerBytes > 0 && !containersFailed ? ` and ${formatSize(containerBytes)} of containers` : ""})`,
        fix: fixes.join(", ").replace(/, ([^,]*)$/, ", or $1")
      });
    }
  }
  return { build: { bytes, source, profileBytes }, notes: out };
}
function historyLayer(request, build, containers) {
  const out = notes();
  const peak = request.knownPeak;
  if (!peak) return { build, history: void 0, notes: out };
  const { roomBytes, containerBytes } = containers;
  const needed = neededBuildBytes(peak.bytes);
  const requiredTotalBytes = totalGiving(needed + containerBytes, request.reserveMemoryBytes);
  const runnerText = runnerFor(requiredTotalBytes);
  let next = build;
  out.reasons.push(peakSentence(peak));
  if (peak.bytes > roomBytes) {
    out.problems.push({
      layer: "build",
      message: `this build peaked at ${formatSize(peak.bytes)} before (${peak.key}), more than the ${formatSize(roomBytes)} this machine can give a build: it would be OOM-killed`,
      fix: `use a machine with at least ${formatSize(requiredTotalBytes)}${runnerText}`
    });
  } else if (build.source === "profile" && build.bytes < needed) {
    next = { ...build, bytes: Math.min(needed, roomBytes), source: "history" };
    out.reasons.push(
      next.bytes < needed ? `The build gets all ${formatSize(roomBytes)} this machine can give, above the peak but with less headroom than planned; a machine with ${formatSize(requiredTotalBytes)} gives it all${runnerText}.` : `The profile's ${formatSize(build.profileBytes)} is below that, so the build gets ${formatSize(next.bytes)}.`
    );
  } else if (build.source !== "profile" && build.bytes < peak.bytes) {
    out.problems.push({
      layer: "build",
      message: `build-memory ${formatSize(build.bytes)} is below the ${formatSize(peak.bytes)} this build peaked at before (${peak.key})`,
      fix: `set build-memory to at least ${formatSize(Math.min(needed, roomBytes))}, or leave it empty to plan from the history`
    });
  } else if (build.source !== "profile" && build.bytes < needed) {
    out.reasons.push(`build-memory ${formatSize(build.bytes)} holds the known peak but less than the planned headroom; ${formatSize(needed)} would hold it all.`);
  }
  const history = {
    key: peak.key,
    peakBytes: peak.bytes,
    runs: peak.runs,
    neededBuildBytes: needed,
    requiredTotalBytes,
    fits: peak.bytes <= roomBytes,
    fitsWithHeadroom: needed <= roomBytes,
    runner: smallestRunnerFor(requiredTotalBytes)
  };
  return { build: next, history, notes: out };
}
function buildFloorProblem(build, problemsSoFar) {
  if (build.bytes >= STEP_FLOOR_BYTES || problemsSoFar.length > 0) return null;
  return {
    layer: "build",
    message: `no memory is left for the build (${formatSize(build.bytes)}, below the ${formatSize(STEP_FLOOR_BYTES)} a build step needs): no build limit is published`,
    fix: "free memory in the layers above (containers, reserve-memory) or use a larger runner"
  };
}
function parallelismLayer(buildBytes, cpus2, memoryPerJobBytes, platforms = 1, steps = []) {
  const out = notes();
  const parallelism = planParallelism({ buildBytes, cpus: cpus2, memoryPerJobBytes, platforms, steps });
  out.reasons.push(...parallelism.reasons);
  return { parallelism, notes: out };
}
function fitFor(peakBytes, roomBytes, containerBytes, reserveMemoryBytes) {
  const needed = neededBuildBytes(peakBytes);
  return { neededBuildBytes: needed, requiredTotalBytes: totalGiving(needed + containerBytes, reserveMemoryBytes), fits: needed <= roomBytes };
}
function runnerFor(totalBytes) {
  const runner = smallestRunnerFor(totalBytes);
  return runner ? `; the smallest GitHub-hosted runner with that is ${runnerName(runner)}` : "; no GitHub-hosted runner is that large";
}
function totalGiving(usableBytes, reserveBytes) {
  if (reserveBytes !== null) return usableBytes + reserveBytes;
  const candidates = [usableBytes + GiB, Math.ceil(usableBytes / 0.9) + 1, usableBytes + 8 * GiB].sort((x, y) => x - y);
  return candidates.find((total) => total - defaultReserve(total) >= usableBytes) ?? usableBytes + 8 * GiB;
}
function engineFix(inVm, neededBytes, totalBytes, downgradeHelps) {
  if (inVm && neededBytes <= totalBytes) {
    return `give Docker's VM at least ${formatSize(neededBytes)} (docker-memory resize --memory ${Math.ceil(neededBytes / GiB)}g, or on-insufficient: resize)`;
  }
  const ways = inVm ? ["a larger machine", "smaller container limits"] : [`a runner with more memory (at least ${formatSize(neededBytes)})`, "smaller container limits"];
  if (downgradeHelps) ways.push("on-insufficient: downgrade (a smaller Ollama model)");
  const choice = ways.length === 3 ? `${ways[0]}, ${ways[1]}, or ${ways[2]}` : `${ways[0]} or ${ways[1]}`;
  return inVm ? `this machine has ${formatSize(totalBytes)}, less than the ${formatSize(neededBytes)} Docker would need: use ${choice}` : `use ${choice}`;
}
function effectiveCpus(machine, override) {
  if (override !== null) return { cpus: override, cpusSource: "override" };
  let cpus2 = Math.max(1, machine.cpus.logical);
  let cpusSource = "cpus";
  const quota = machine.cgroup?.cpuQuota;
  if (quota != null && Math.max(1, Math.floor(quota)) < cpus2) {
    cpus2 = Math.max(1, Math.floor(quota));
    cpusSource = "cgroup-quota";
  }
  const cpuset = machine.cgroup?.cpusetCount;
  if (cpuset != null && cpuset > 0 && cpuset < cpus2) {
    cpus2 = cpuset;
    cpusSource = "cpuset";
  }
  return { cpus: cpus2, cpusSource };
}

// src/core/plan/plan.ts
var ON_INSUFFICIENT = ["fail", "warn", "downgrade", "resize"];
function plan(facts, request) {
  const { machine, notes: machineNotes } = machineLayer(facts, request);
  const engine = engineLayer(facts, machine, request);
  const containers = containersLayer(request, machine, engine);
  const earlier = [...engine.notes.problems, ...containers.notes.problems];
  const sized = buildLayer(request, machine, engine, containers, earlier);
  const learned = historyLayer(request, sized.build, containers);
  const build = { ...learned.build, bytes: Math.max(0, learned.build.bytes) };
  const platforms = request.platforms ?? [];
  const jobs = parallelismLayer(build.bytes, machine.cpus, request.memoryPerJobBytes, platforms.length, request.knownPeak?.steps ?? []);
  const all = joinNotes(machineNotes, engine.notes, containers.notes, sized.notes, learned.notes, jobs.notes);
  const peak = request.knownPeak;
  const fit = fitOf(
    peak ? fitFor(peak.bytes, containers.roomBytes, containers.containerBytes, request.reserveMemoryBytes) : null,
    request.runnerLabels ?? [],
    "history"
  );
  const floor = buildFloorProblem(build, all.problems);
  if (floor) all.problems.push(floor);
  const explicitBuild = request.buildMemory === null ? 0 : build.bytes;
  return {
    profile: request.profile,
    machine,
    engine: engine.engine,
    reserveBytes: engine.reserveBytes,
    usableBytes: engine.usableBytes,
    build,
    containers: containers.containers,
    ollama: containers.ollama,
    jobs: jobs.parallelism.jobs,
    memoryPerJobBytes: request.memoryPerJobBytes,
    parallelism: { ...jobs.parallelism, buildkitdConfig: buildkitdConfig(jobs.parallelism.maxParallelism), platforms },
    fit,
    fitBasis: {
      roomBytes: containers.roomBytes,
      containerBytes: containers.containerBytes,
      reserveMemoryBytes: request.reserveMemoryBytes,
      labels: request.runnerLabels ?? []
    },
    requiredEngineBytes: containers.containerBytes + explicitBuild + ENGINE_OVERHEAD,
    onInsufficient: request.onInsufficient,
    status: all.problems.length > 0 ? "insufficient" : "ok",
    problems: all.problems,
    adjustments: all.adjustments,
    reasons: all.reasons,
    ...learned.history ? { history: learned.history } : {}
  };
}
function buildLimitBytes(plan2) {
  return plan2.build.bytes >= STEP_FLOOR_BYTES ? plan2.build.bytes : null;
}
function joinNotes(...parts) {
  return {
    reasons: parts.flatMap((n) => n.reasons),
    problems: parts.flatMap((n) => n.problems),
    adjustments: parts.flatMap((n) => n.adjustments)
  };
}

// src/core/publish.ts
var import_errors8 = require("./shared.js");
function planOutputs(plan2) {
  const m = plan2.machine;
  const build = buildLimitBytes(plan2);
  return {
    "total-memory": toDockerSize(m.totalBytes),
    "total-memory-bytes": String(m.totalBytes),
    "available-memory": toDockerSize(m.availableBytes),
    "available-memory-bytes": String(m.availableBytes),
    "cgroup-limit": m.cgroupLimitBytes === null ? "" : toDockerSize(m.cgroupLimitBytes),
    "cgroup-limit-bytes": m.cgroupLimitBytes === null ? "" : String(m.cgroupLimitBytes),
    "docker-memory": plan2.engine.source === "docker" ? toDockerSize(plan2.engine.bytes) : "",
    "docker-memory-bytes": plan2.engine.source === "docker" ? String(plan2.engine.bytes) : "",
    "reserve-memory": toDockerSize(plan2.reserveBytes),
    "build-memory": build === null ? "" : toDockerSize(build),
    "build-memory-bytes": build === null ? "" : String(build),
    jobs: String(plan2.jobs),
    "max-parallelism": String(plan2.parallelism.maxParallelism),
    "buildkitd-config": plan2.parallelism.buildkitdConfig,
    ...fitOutputs(plan2.fit),
    cpus: String(m.cpus),
    profile: plan2.profile,
    containers: JSON.stringify(Object.fromEntries(plan2.containers.map((c) => [c.name, toDockerSize(c.bytes)]))),
    "ollama-model": plan2.ollama?.model ?? "",
    "ollama-memory": plan2.ollama ? toDockerSize(plan2.ollama.memoryBytes) : "",
    status: plan2.status,
    plan: JSON.stringify(planJson(plan2))
  };
}
function fitOutputs(fit) {
  return {
    fits: fit.fits === null ? "" : String(fit.fits),
    "needs-memory": fit.needsMemoryBytes === null ? "" : String(fit.needsMemoryBytes),
    "larger-runner": fit.largerRunner ?? ""
  };
}
function planEnv(plan2, options = { parallelism: false }) {
  const jobs = String(plan2.jobs);
  const build = buildLimitBytes(plan2);
  const env = {
    DOCKER_MEMORY_BUILD: build === null ? "" : toDockerSize(build),
    DOCKER_MEMORY_BUILD_BYTES: build === null ? "" : String(build),
    DOCKER_MEMORY_JOBS: jobs,
    DOCKER_MEMORY_MAX_PARALLELISM: String(plan2.parallelism.maxParallelism),
    DOCKER_MEMORY_PROFILE: plan2.profile
  };
  if (plan2.fit.fits !== null) env.DOCKER_MEMORY_FITS = String(plan2.fit.fits);
  if (plan2.fit.needsMemoryBytes !== null) env.DOCKER_MEMORY_NEEDS_MEMORY = String(plan2.fit.needsMemoryBytes);
  for (const c of plan2.containers) {
    env[`DOCKER_MEMORY_CONTAINER_${envName(c.name)}`] = toDockerSize(c.bytes);
  }
  if (plan2.ollama) {
    env.OLLAMA_ROUTER_MODEL = plan2.ollama.model;
    env.OLLAMA_DOCKER_MEMORY = String(toWholeGiB(plan2.ollama.memoryBytes));
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
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new import_errors8.InputError(`cannot write the variable "${name}": not a variable name`);
    oneLine(name, value);
    return `${name}=${PLAIN_VALUE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`;
  }).join("\n") + "\n";
}
function planJson(plan2, machine) {
  return {
    status: plan2.status,
    profile: plan2.profile,
    totalMemoryBytes: plan2.machine.totalBytes,
    totalMemorySource: plan2.machine.totalSource,
    physicalMemoryBytes: plan2.machine.physicalBytes,
    cgroupLimitBytes: plan2.machine.cgroupLimitBytes,
    availableMemoryBytes: plan2.machine.availableBytes,
    swapBytes: plan2.machine.swapBytes,
    cpus: plan2.machine.cpus,
    cpusSource: plan2.machine.cpusSource,
    dockerMemoryBytes: plan2.engine.source === "docker" ? plan2.engine.bytes : null,
    engine: plan2.engine,
    reserveMemoryBytes: plan2.reserveBytes,
    usableMemoryBytes: plan2.usableBytes,
    buildMemoryBytes: buildLimitBytes(plan2),
    buildMemory: buildLimitBytes(plan2) === null ? null : toDockerSize(plan2.build.bytes),
    buildMemorySource: plan2.build.source,
    jobs: plan2.jobs,
    memoryPerJobBytes: plan2.memoryPerJobBytes,
    maxParallelism: plan2.parallelism.maxParallelism,
    buildkitdConfig: plan2.parallelism.buildkitdConfig,
    parallelism: { source: plan2.parallelism.source, platforms: plan2.parallelism.platforms, togetherBytes: plan2.parallelism.together },
    fits: plan2.fit.fits,
    needsMemoryBytes: plan2.fit.needsMemoryBytes,
    largerRunner: plan2.fit.largerRunner,
    containers: plan2.containers.map((c) => ({ name: c.name, memoryBytes: c.bytes, memory: toDockerSize(c.bytes), ...c.model ? { model: c.model } : {} })),
    ollama: plan2.ollama,
    requiredEngineBytes: plan2.requiredEngineBytes,
    onInsufficient: plan2.onInsufficient,
    problems: plan2.problems,
    adjustments: plan2.adjustments,
    reasons: plan2.reasons,
    ...plan2.history ? { history: plan2.history } : {},
    ...machine ? { machine } : {}
  };
}
function envName(name) {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}
function oneLine(name, value) {
  if (/[\r\n]/.test(value)) throw new import_errors8.InputError(`${name} has a line break, which would start another variable: refusing to pass it on`);
  return value;
}
function withFlag(current, existing, flag) {
  const value = current.trim();
  if (value === "") return flag;
  return existing.test(value) ? value.replace(existing, `$1${flag}`).trim() : `${value} ${flag}`;
}

// src/core/inputs.ts
var PLAN_DEFAULTS = {
  profile: "balanced",
  "on-insufficient": "fail",
  "memory-per-job": "2g",
  "export-env": "true",
  "export-parallelism": "false",
  summary: "true"
};
var CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parsePlanRequest(read) {
  const get = (name, fallback = "") => read(name).trim() || fallback;
  const buildMemoryText = get("build-memory");
  const buildMemory = buildMemoryText === "" || buildMemoryText === "auto" ? null : parseSizeOrPercent(buildMemoryText, "build-memory");
  if (buildMemory?.kind === "bytes")
    atLeast2(buildMemory.bytes, STEP_FLOOR_BYTES, `the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`, "build-memory", buildMemoryText, {
      example: "4g, or leave build-memory empty to plan from the profile",
      zeroNote: "; Docker would read a limit of 0 as no limit at all"
    });
  const reserveText = get("reserve-memory");
  const reserveMemoryBytes = reserveText === "" || reserveText === "auto" ? null : parseSize(reserveText, "reserve-memory");
  const memoryPerJobText = get("memory-per-job", PLAN_DEFAULTS["memory-per-job"]);
  const memoryPerJobBytes = parseSize(memoryPerJobText, "memory-per-job");
  if (memoryPerJobBytes < 64 * 1024 * 1024) {
    throw new import_errors9.InputError(`memory-per-job "${memoryPerJobText}" is below 64 MiB; no compiler job fits in that`);
  }
  const totalText = get("total-memory");
  const totalMemoryBytes = totalText === "" ? null : parseSize(totalText, "total-memory");
  if (totalMemoryBytes !== null && totalMemoryBytes < 256 * 1024 * 1024) {
    throw new import_errors9.InputError(`total-memory "${totalText}" is below 256 MiB; no runner is that small${bareNumberHint(totalText, "16g")}`);
  }
  const cpusText = get("cpus");
  let cpus2 = null;
  if (cpusText !== "") {
    if (!/^\d+$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > 4096) {
      throw new import_errors9.InputError(`cpus "${cpusText}" must be a whole number from 1 to 4096`);
    }
    cpus2 = Number(cpusText);
  }
  return {
    profile: parseProfile(get("profile", PLAN_DEFAULTS.profile)),
    buildMemory,
    reserveMemoryBytes,
    containers: parseContainers(read("containers")),
    ollama: parseOllamaModel(get("ollama-model")),
    onInsufficient: parseOnInsufficient(get("on-insufficient", PLAN_DEFAULTS["on-insufficient"])),
    memoryPerJobBytes,
    totalMemoryBytes,
    cpus: cpus2,
    platforms: parsePlatforms(read("platforms")),
    runnerLabels: parseRunnerLabels(read("runner-labels"))
  };
}
function parsePlatforms(text) {
  const platforms = text.split(/[\n,]/).map((p) => p.trim()).filter((p) => p !== "");
  return [...new Set(platforms)];
}
function parseContainers(text) {
  const containers = [];
  const byEnvName = /* @__PURE__ */ new Map();
  const entries = text.split(/[\n,]/).map((line) => line.replace(/#.*/, "").trim()).filter((line) => line !== "");
  for (const entry of entries) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) {
      throw new import_errors9.InputError(`containers line "${entry}" is not name=size (for example redis=512m)`);
    }
    const [, name, sizeText] = m;
    if (!CONTAINER_NAME.test(name)) {
      throw new import_errors9.InputError(`containers line "${entry}": "${name}" is not a container name (letters, digits, _ . -)`);
    }
    if (name.toLowerCase() === "ollama") {
      throw new import_errors9.InputError(`containers line "${entry}": the ollama container is planned from ollama-model; use that input instead`);
    }
    const clash = byEnvName.get(envName(name));
    if (clash === name) throw new import_errors9.InputError(`containers names "${name}" twice`);
    if (clash !== void 0) {
      throw new import_errors9.InputError(`containers "${clash}" and "${name}" would share the variable DOCKER_MEMORY_CONTAINER_${envName(name)}: rename one`);
    }
    byEnvName.set(envName(name), name);
    const bytes = parseSize(sizeText, `containers size for ${name}`);
    atLeast2(bytes, DOCKER_MIN_MEMORY, `Docker's minimum of ${formatSize(DOCKER_MIN_MEMORY)}`, `containers size for ${name}`, sizeText);
    containers.push({ name, bytes });
  }
  return containers;
}
function parseOnInsufficient(input) {
  const value = input.trim().toLowerCase();
  if (ON_INSUFFICIENT.includes(value)) return value;
  throw new import_errors9.InputError(`on-insufficient "${input}" is not one of ${ON_INSUFFICIENT.join(", ")}`);
}
function atLeast2(bytes, floor, floorText, what, text, hint = { example: "512m", zeroNote: "" }) {
  if (bytes < floor) {
    throw new import_errors9.InputError(`${what} "${text}" is below ${floorText}${bareNumberHint(text, hint.example, hint.zeroNote)}`);
  }
}

// src/core/render/text.ts
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function buildLimitText(plan2) {
  const bytes = buildLimitBytes(plan2);
  return bytes === null ? `none (${formatSize(plan2.build.bytes)} left for the build)` : formatSize(bytes);
}
function planText(plan2, machine) {
  const out = [];
  const m = plan2.machine;
  out.push(`Docker memory plan (${plan2.profile}): ${plan2.status === "ok" ? "OK" : "NOT ENOUGH MEMORY"}`);
  out.push(
    `  machine      ${formatSize(m.totalBytes)} (${m.totalSource}), ${formatSize(m.availableBytes)} available, ${count(m.cpus, "CPU")}, ${machine.os.platform}/${machine.os.arch}`
  );
  out.push(`  docker       ${plan2.engine.source === "docker" ? `${formatSize(plan2.engine.bytes)} (${plan2.engine.backend})` : "no engine seen"}`);
  out.push(`  reserve      ${formatSize(plan2.reserveBytes)}`);
  out.push(`  build limit  ${buildLimitText(plan2)} (${plan2.build.source})`);
  out.push(`  jobs         ${plan2.jobs} (${formatSize(plan2.memoryPerJobBytes)} each)`);
  out.push(`  parallelism  max-parallelism ${plan2.parallelism.maxParallelism} (${plan2.parallelism.source === "history" ? "measured steps" : "memory-per-job"})`);
  if (plan2.fit.needsMemoryBytes !== null)
    out.push(
      `  fits         ${plan2.fit.fits}: needs ${formatSize(plan2.fit.needsMemoryBytes)}${plan2.fit.largerRunner ? `, larger runner ${plan2.fit.largerRunner}` : ""}`
    );
  if (plan2.history) out.push(`  history      ${historyLine(plan2.history)}`);
  for (const c of plan2.containers) out.push(`  container    ${c.name} ${formatSize(c.bytes)}${c.model ? ` (${c.model})` : ""}`);
  for (const p of plan2.problems) out.push(`  problem      ${p.message}; fix: ${p.fix}`);
  for (const a of plan2.adjustments) out.push(`  adjusted     ${a}`);
  out.push("Why:");
  for (const r of plan2.reasons) out.push(`  - ${r}`);
  return out.join("\n") + "\n";
}
function historyLine(h) {
  const runner = h.runner ? runnerName(h.runner) : "none of the GitHub-hosted runners";
  const fits = h.fitsWithHeadroom ? "fits this one" : h.fits ? "this one holds the peak but not all the headroom" : "does NOT fit this one";
  return `peak ${formatSize(h.peakBytes)} (${h.key}, ${count(h.runs, "run")}) needs a build limit of ${formatSize(h.neededBuildBytes)} and a machine with ${formatSize(h.requiredTotalBytes)}: ${fits}; smallest runner: ${runner}`;
}

// src/core/render/markdown.ts
var INLINE = /[\\`*_~[\]|$]/g;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var BREAKS = /\r\n|[\r\n\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
var LINE_START = /^([#+\-=]|\d{1,9}[.)](?=[ \t]|$))/;
function mdText(text) {
  const line = text.replace(BREAKS, " ").replace(/^[ \t]+/, "");
  const escaped = line.replace(/[&<>]/g, (c) => HTML[c]).replace(INLINE, (c) => `\\${c}`).replace(/:(?=\/\/)/g, "\\:").replace(/\b(www)\./gi, "$1\\.").replace(/@/g, "\\@");
  return escaped.replace(LINE_START, (mark) => `${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}
function mdCode(text, inTable = false) {
  let line = text.replace(BREAKS, " ");
  if (line === "") return "";
  if (inTable) line = line.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") || line.startsWith(" ") && line.endsWith(" ") && line.trim() !== "" ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function mermaidText(text) {
  const MERMAID = { '"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;" };
  return text.replace(BREAKS, " ").replace(/["#<>&`]/g, (c) => MERMAID[c]);
}

// src/core/render/chart-scale.ts
function chartScale(top) {
  if (top >= GiB) {
    const value2 = (b) => Number((b / GiB).toFixed(2));
    return { unit: "GiB", value: value2, axisTop: Math.ceil(top * 1.05 / GiB * 10) / 10 };
  }
  const value = (b) => Math.round(b / MiB);
  return { unit: "MiB", value, axisTop: value(top * 1.05) + 1 };
}

// src/core/render/parallelism.ts
var MAX_BARS = 12;
function parallelismChart(plan2) {
  const p = plan2.parallelism;
  const limit = plan2.build.bytes;
  const next = p.source === "history" ? nextStep(plan2) : p.together[0];
  const sums = [];
  let sum = 0;
  for (const bytes of p.together.slice(0, MAX_BARS)) sums.push(sum += bytes);
  const showsNext = next !== void 0 && p.together.length < MAX_BARS;
  if (showsNext) sums.push(sum + next);
  const top = Math.max(limit, ...sums.slice(-1));
  const scale = chartScale(top);
  const labels = sums.map((_, i) => `"${i + 1}${showsNext && i === sums.length - 1 ? " (too many)" : ""}"`);
  return [
    "xychart-beta",
    `  title "max-parallelism ${p.maxParallelism}: steps at once against the ${formatSize(limit)} build limit (${scale.unit})"`,
    `  x-axis "steps running at once" [${labels.join(", ")}]`,
    `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
    `  bar [${sums.map(scale.value).join(", ")}]`,
    `  line [${sums.map(() => scale.value(limit)).join(", ")}]`
  ];
}
function parallelismSection(plan2) {
  const p = plan2.parallelism;
  const from = p.source === "history" ? `each step's measured peak (${p.together.length} heaviest shown)` : `memory-per-job (${formatSize(plan2.memoryPerJobBytes)}) per step, as no step was measured yet`;
  const platforms = p.platforms.length > 1 ? ` \xB7 ${p.platforms.length} platforms, each running every step` : "";
  return [
    `**max-parallelism ${p.maxParallelism}** from ${from}${platforms}. For docker/setup-buildx-action's \`buildkitd-config-inline\`:`,
    "",
    "```toml",
    p.buildkitdConfig.trimEnd(),
    "```",
    "",
    "```mermaid",
    ...parallelismChart(plan2),
    "```",
    ""
  ];
}
function nextStep(plan2) {
  const { together, measured } = plan2.parallelism;
  return measured[together.length] ?? measured[0];
}

// src/core/render/summary.ts
function planSummary(plan2, machine) {
  const lines = [];
  const icon = plan2.status === "ok" ? "\u2705" : "\u274C";
  lines.push(`## ${icon} Docker memory plan \xB7 ${mdText(plan2.profile)}`);
  lines.push("");
  lines.push(`**Build limit ${buildLimitText(plan2)}** \xB7 **${count(plan2.jobs, "parallel job")}** \xB7 ${machineLine(plan2, machine)}`);
  lines.push("");
  if (plan2.problems.length > 0) {
    lines.push("> [!CAUTION]");
    lines.push(`> **Not enough memory** (on-insufficient: ${mdText(plan2.onInsufficient)})`);
    for (const p of plan2.problems) lines.push(`> - **${layerName(p.layer)}:** ${mdText(p.message)}. Fix: ${mdText(p.fix)}.`);
    lines.push("");
  }
  if (plan2.adjustments.length > 0) {
    lines.push("> [!WARNING]");
    for (const a of plan2.adjustments) lines.push(`> ${mdText(a)}`);
    lines.push("");
  }
  if (plan2.history) {
    lines.push(`**Learned from history:** ${mdText(historyLine(plan2.history))}.`);
    lines.push("");
  }
  lines.push("```mermaid");
  lines.push(layersChart(plan2).join("\n"));
  lines.push("```");
  lines.push("");
  if (plan2.status === "ok") lines.push(...parallelismSection(plan2));
  if (plan2.fit.fits !== null) {
    lines.push(`**${plan2.fit.fits ? "Fits this runner" : "Does NOT fit this runner"}:** ${mdText(fitSentence(plan2.fit, plan2.fitBasis.labels))}`);
    lines.push("");
  }
  lines.push("| Layer | Memory | From | Holds |");
  lines.push("| --- | ---: | --- | --- |");
  const bad = badLayers(plan2);
  const ok = (layer) => bad.has(layer) ? "\u274C" : "\u2705";
  lines.push(`| 1 \xB7 Machine | ${formatSize(plan2.machine.totalBytes)} | ${sourceName(plan2.machine.totalSource)} | ${ok("machine")} reserve ${formatSize(plan2.reserveBytes)} |`);
  lines.push(
    `| 2 \xB7 Docker engine | ${formatSize(plan2.engine.bytes)} | ${plan2.engine.source === "docker" ? mdText(plan2.engine.backend) : "assumed (no engine seen)"} | ${ok("engine")} ${count(plan2.containers.length, "container")} |`
  );
  lines.push(
    `| 3 \xB7 Build | ${buildLimitText(plan2)} | ${plan2.build.source === "profile" ? `${mdText(plan2.profile)} profile` : plan2.build.source === "history" ? "known peak + headroom" : "build-memory"} | ${ok("build")} ${plan2.jobs} \xD7 ${formatSize(plan2.memoryPerJobBytes)} ${plan2.jobs === 1 ? "job" : "jobs"} |`
  );
  for (const c of plan2.containers) {
    lines.push(
      `| 3 \xB7 ${mdText(c.name)}${c.model ? ` (${mdText(c.model)})` : ""} | ${formatSize(c.bytes)} | ${c.model ? `Ollama ${mdText(plan2.ollama?.choice ?? "")}` : "containers"} | ${mdCode(`--memory ${toDockerSize(c.bytes)}`, true)} |`
    );
  }
  lines.push("");
  lines.push("<details><summary>Why these numbers</summary>");
  lines.push("");
  for (const r of plan2.reasons) lines.push(`- ${mdText(r)}`);
  lines.push("");
  lines.push("</details>");
  lines.push("");
  return lines.join("\n");
}
function machineLine(plan2, machine) {
  const where = machine.runner.environment ?? machine.runner.ciName;
  const cpus2 = count(plan2.machine.cpus, "CPU");
  return `${formatSize(plan2.machine.totalBytes)} \xB7 ${cpus2} \xB7 ${mdText(`${where} ${machine.runner.os ?? machine.os.platform}/${machine.runner.arch ?? machine.os.arch}`)}`;
}
function layersChart(plan2) {
  const out = ["flowchart TB"];
  out.push(`  subgraph L1["Machine \xB7 ${formatSize(plan2.machine.totalBytes)}"]`);
  out.push(`    R["Reserve for OS and runner<br/>${formatSize(plan2.reserveBytes)}"]`);
  out.push(`    subgraph L2["Docker engine \xB7 ${formatSize(plan2.engine.bytes)}"]`);
  out.push(`      B["Build limit<br/>${buildLimitBytes(plan2) === null ? "none" : formatSize(plan2.build.bytes)} \xB7 ${count(plan2.jobs, "job")}"]`);
  plan2.containers.forEach((c, i) => out.push(`      C${i}["${mermaidText(c.name)}<br/>${formatSize(c.bytes)}"]`));
  const free = plan2.usableBytes - plan2.build.bytes - plan2.containers.reduce((s, c) => s + c.bytes, 0);
  if (free > 0.05 * GiB) out.push(`      F["Headroom<br/>${formatSize(free)}"]`);
  out.push("    end");
  out.push("  end");
  const bad = badLayers(plan2);
  out.push("  classDef ok fill:#dafbe1,stroke:#1a7f37");
  out.push("  classDef bad fill:#ffebe9,stroke:#cf222e");
  out.push(`  class B ${bad.has("build") ? "bad" : "ok"}`);
  if (plan2.containers.length > 0) out.push(`  class ${plan2.containers.map((_, i) => `C${i}`).join(",")} ${bad.has("engine") ? "bad" : "ok"}`);
  return out;
}
function badLayers(plan2) {
  const bad = new Set(plan2.problems.map((p) => p.layer));
  if (buildLimitBytes(plan2) === null) bad.add("build");
  return bad;
}
function layerName(layer) {
  return layer === "machine" ? "Layer 1 (machine)" : layer === "engine" ? "Layer 2 (Docker engine)" : "Layer 3 (build)";
}
function sourceName(source) {
  return source === "cgroup" ? "cgroup limit" : source === "override" ? "given" : "physical";
}

// src/history/store.ts
var import_errors10 = require("./shared.js");
async function loadKnownPeak(store, key) {
  const loaded = await store.load();
  if (loaded.notice !== null && loaded.state !== "salvaged") return { peak: null, notice: `${loaded.notice}: planning without history` };
  const peak = knownPeak(loaded.history, key);
  if (peak === null) return { peak, notice: `no peak recorded for ${key} in ${store.where} yet: planning without history` };
  return { peak, notice: loaded.notice };
}
async function recordPeak(key, peakBytes, store, now = /* @__PURE__ */ new Date(), steps = []) {
  return store.lock(async () => {
    const loaded = await store.load();
    if (loaded.state === "newer") throw new import_errors10.FileError(`${loaded.notice}; not overwriting it`);
    const notices = loaded.state === "corrupt" ? [`${loaded.notice}: starting it afresh`] : loaded.state === "salvaged" ? [loaded.notice] : [];
    const history = withPeak(loaded.history, key, peakBytes, now.toISOString(), steps);
    const saveNotice = await store.save(history);
    if (saveNotice !== null) notices.push(saveNotice);
    return { history, notices };
  });
}

// src/history/file-store.ts
var import_node_path3 = require("node:path");
var import_errors14 = require("./shared.js");

// src/files/write.ts
var import_node_fs4 = require("node:fs");
var import_node_path2 = require("node:path");
var import_errors11 = require("./shared.js");

// src/files/errno.ts
function errorCode(error) {
  return error.code;
}
function reason(error) {
  const code = errorCode(error);
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ELOOP") return "too many symbolic links";
  return code ?? error.message;
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

// src/files/write.ts
function randomSibling(path, tag) {
  return (0, import_node_path2.join)((0, import_node_path2.dirname)(path), `.${(0, import_node_path2.basename)(path)}.docker-memory-${tag}-${randomBytes(12).toString("hex")}`);
}
function createExclusive(path, data, owner) {
  const fd = (0, import_node_fs4.openSync)(path, import_node_fs4.constants.O_WRONLY | import_node_fs4.constants.O_CREAT | import_node_fs4.constants.O_EXCL | import_node_fs4.constants.O_NOFOLLOW, 384);
  try {
    if (owner) {
      if (owner.uid !== (0, import_node_fs4.fstatSync)(fd).uid || owner.gid !== (0, import_node_fs4.fstatSync)(fd).gid) (0, import_node_fs4.fchownSync)(fd, owner.uid, owner.gid);
      (0, import_node_fs4.fchmodSync)(fd, owner.mode);
    }
    let written = 0;
    while (written < data.length) written += (0, import_node_fs4.writeSync)(fd, data, written);
    (0, import_node_fs4.fsyncSync)(fd);
  } catch (error) {
    (0, import_node_fs4.closeSync)(fd);
    (0, import_node_fs4.unlinkSync)(path);
    throw error;
  }
  (0, import_node_fs4.closeSync)(fd);
}
function resolveTarget(path) {
  try {
    return (0, import_node_fs4.realpathSync)(path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  try {
    if ((0, import_node_fs4.lstatSync)(path).isSymbolicLink()) throw new import_errors11.FileError(`${path} is a symbolic link to nothing; fix or remove it, then retry`);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  return (0, import_node_path2.join)((0, import_node_fs4.realpathSync)((0, import_node_path2.dirname)(path)), (0, import_node_path2.basename)(path));
}
function replaceFile(path, data) {
  const target = resolveTarget(path);
  let owner = null;
  try {
    const stat = (0, import_node_fs4.lstatSync)(target);
    if (!stat.isFile()) throw new import_errors11.FileError(`${path} is ${kindOf(stat)}, not a regular file; it was left untouched`);
    owner = { mode: stat.mode & 4095, uid: stat.uid, gid: stat.gid };
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  const tmp = randomSibling(target, "new");
  createExclusive(tmp, data, owner);
  try {
    (0, import_node_fs4.renameSync)(tmp, target);
  } catch (error) {
    (0, import_node_fs4.unlinkSync)(tmp);
    throw error;
  }
}
function writeBackup(path, bytes, at, tag = "backup", extension = "") {
  const target = resolveTarget(path);
  const stat = (0, import_node_fs4.lstatSync)(target);
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const backup = `${target}.docker-memory-${tag}-${stamp}-${randomBytes(4).toString("hex")}${extension}`;
  createExclusive(backup, bytes, { mode: stat.mode & 4095, uid: stat.uid, gid: stat.gid });
  return backup;
}
function ensureWritableDirectory(dir, what) {
  try {
    const missing = [];
    for (let d = (0, import_node_path2.resolve)(dir); ; d = (0, import_node_path2.dirname)(d)) {
      try {
        if (!(0, import_node_fs4.statSync)(d).isDirectory()) throw new import_errors11.FileError(`${what} ${dir} is not a directory (${d} is not one)`);
        break;
      } catch (error) {
        if (!["ENOENT", "ENOTDIR"].includes(errorCode(error) ?? "") || (0, import_node_path2.dirname)(d) === d) throw error;
        missing.unshift(d);
      }
    }
    for (const d of missing) (0, import_node_fs4.mkdirSync)(d);
    (0, import_node_fs4.rmdirSync)((0, import_node_fs4.mkdtempSync)((0, import_node_path2.join)(dir, ".docker-memory-probe-")));
  } catch (error) {
    if (error instanceof import_errors11.FileError) throw error;
    throw new import_errors11.FileError(`${what} ${dir} is not a directory docker-memory can create files in (${reason(error)})`, errorCode(error));
  }
}

// src/files/read.ts
var import_node_fs5 = require("node:fs");
var import_errors12 = require("./shared.js");
var MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
function openRegularFile(path, what) {
  let fd;
  try {
    fd = (0, import_node_fs5.openSync)(path, import_node_fs5.constants.O_RDONLY | import_node_fs5.constants.O_NONBLOCK);
  } catch (error) {
    throw new import_errors12.FileError(`cannot read ${what} ${path}: ${reason(error)}`, errorCode(error));
  }
  const stat = (0, import_node_fs5.fstatSync)(fd);
  if (!stat.isFile()) {
    (0, import_node_fs5.closeSync)(fd);
    throw new import_errors12.FileError(`cannot read ${what} ${path}: it is ${kindOf(stat)}, not a regular file`);
  }
  return fd;
}
function readRegularFile(path, maxBytes, what) {
  const fd = openRegularFile(path, what);
  try {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (; ; ) {
      let n;
      try {
        n = (0, import_node_fs5.readSync)(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw new import_errors12.FileError(`cannot read ${what} ${path}: ${reason(error)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new import_errors12.FileError(`${what} ${path} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}
function readRegularFileIfExists(path, maxBytes, what) {
  try {
    return readRegularFile(path, maxBytes, what);
  } catch (error) {
    if (error instanceof import_errors12.FileError && error.code === "ENOENT") return null;
    throw error;
  }
}

// src/files/lock.ts
var import_node_fs6 = require("node:fs");
var import_node_os2 = require("node:os");
var import_errors13 = require("./shared.js");
function lockPathOf(path) {
  return `${resolveTarget(path)}.docker-memory.lock`;
}
function holderOf(lock) {
  try {
    const [pid, host] = readRegularFile(lock, 4096, "lock").toString("utf8").split("\n");
    return /^\d+$/.test(pid) ? { pid: Number(pid), host: host ?? "" } : null;
  } catch {
    return null;
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}
function breakStaleLock(lock, seen = holderOf(lock)) {
  if (seen === null || seen.host !== (0, import_node_os2.hostname)() || alive(seen.pid)) return false;
  const aside = `${lock}.stale-${randomBytes(6).toString("hex")}`;
  try {
    (0, import_node_fs6.renameSync)(lock, aside);
  } catch {
    return false;
  }
  const moved = holderOf(aside);
  if (moved !== null && moved.pid !== seen.pid && alive(moved.pid)) {
    try {
      (0, import_node_fs6.linkSync)(aside, lock);
    } catch {
    }
    (0, import_node_fs6.unlinkSync)(aside);
    return false;
  }
  (0, import_node_fs6.unlinkSync)(aside);
  return true;
}
async function withFileLock(path, options, fn) {
  const lock = lockPathOf(path);
  const token = `${process.pid}
${(0, import_node_os2.hostname)()}
${randomBytes(8).toString("hex")}
`;
  const deadline = Date.now() + options.timeoutMs;
  for (; ; ) {
    try {
      createExclusive(lock, Buffer.from(token), null);
      break;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw new import_errors13.FileError(`cannot create the lock ${lock}: ${reason(error)}`, errorCode(error));
    }
    if (breakStaleLock(lock)) continue;
    if (Date.now() >= deadline) {
      const holder = holderOf(lock);
      const who = holder ? `process ${holder.pid}${holder.host !== (0, import_node_os2.hostname)() ? ` on ${holder.host}` : ""}` : "another process";
      throw new import_errors13.FileError(`${path} is locked by ${who} (${options.what}); wait for it to finish, or remove ${lock} if no docker-memory runs`, "EBUSY");
    }
    await new Promise((resolve2) => setTimeout(resolve2, 20 + Math.random() * 30));
  }
  try {
    return await fn();
  } finally {
    releaseLock(lock, token);
  }
}
function releaseLock(lock, token) {
  try {
    if (readRegularFile(lock, 4096, "lock").toString("utf8") === token) (0, import_node_fs6.unlinkSync)(lock);
  } catch {
  }
}

// src/history/file-store.ts
var LOCK_WAIT_MS = 3e4;
function fileHistoryStore(path) {
  let unreadable = null;
  let refuseSave = null;
  return {
    where: path,
    async load() {
      unreadable = null;
      refuseSave = null;
      let bytes;
      try {
        bytes = readRegularFileIfExists(path, MAX_TEXT_FILE_BYTES, "history file");
      } catch (error) {
        refuseSave = error.message;
        return { history: emptyHistory(), state: "unavailable", notice: error.message };
      }
      if (bytes === null) return { history: emptyHistory(), state: "missing", notice: `no history file ${path} yet` };
      const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      try {
        const { history, dropped } = salvageHistory(text);
        if (dropped.length === 0) return { history, state: "read", notice: null };
        unreadable = bytes;
        return { history, state: "salvaged", notice: `history file ${path} has ${dropped.join(", ")}: left out` };
      } catch (error) {
        if (!(error instanceof import_errors5.HistoryFormatError)) throw error;
        if (error.kind === "newer") return { history: emptyHistory(), state: "newer", notice: `history file ${path} ${error.message}` };
        unreadable = bytes;
        return { history: emptyHistory(), state: "corrupt", notice: `${path} is not valid history (it ${error.message})` };
      }
    },
    async save(history) {
      if (refuseSave !== null) throw new import_errors14.FileError(`${refuseSave}; not overwriting it`);
      let kept = null;
      try {
        if (unreadable !== null) kept = writeBackup(path, unreadable, /* @__PURE__ */ new Date(), "unreadable", ".bak");
        replaceFile(path, Buffer.from(serializeHistory(history)));
      } catch (error) {
        if (error instanceof import_errors14.FileError) throw error;
        throw new import_errors14.FileError(`cannot write history file ${path}: ${error.message}`, error.code);
      }
      unreadable = null;
      return kept === null ? null : `what could not be read was kept in ${kept}`;
    },
    async lock(fn) {
      ensureWritableDirectory((0, import_node_path3.dirname)(path), `the folder of history file ${path},`);
      return withFileLock(path, { timeoutMs: LOCK_WAIT_MS, what: "another docker-memory recording a peak" }, fn);
    }
  };
}

// src/history/actions-cache-store.ts
var import_node_os3 = require("node:os");
var import_node_path4 = require("node:path");
var CACHE_PATH = "~/.docker-memory-history";
function actionsCacheHistoryStore(key, home = (0, import_node_os3.homedir)()) {
  const prefix = `docker-memory-history-v1-${createHash("sha256").update(key).digest("hex").slice(0, 16)}-`;
  const file = fileHistoryStore((0, import_node_path4.join)(home, ".docker-memory-history", "history.json"));
  const where = `the Actions cache (${prefix}*)`;
  let unreadable = false;
  return {
    where,
    async load() {
      try {
        const cache = await import("./chunks/lazy-@actions-cache-lib-cache.mjs");
        if (!cache.isFeatureAvailable()) {
          return { history: emptyHistory(), state: "unavailable", notice: "the Actions cache is not available to this job" };
        }
        const hit = await cache.restoreCache([CACHE_PATH], prefix, [prefix]);
        if (hit === void 0)
          return { history: emptyHistory(), state: "missing", notice: `no history found in ${where} (none saved yet, or the cache did not answer)` };
        return await file.load();
      } catch (error) {
        unreadable = true;
        return { history: emptyHistory(), state: "unavailable", notice: `the Actions cache could not be read (${error.message})` };
      }
    },
    async save(history) {
      try {
        const cache = await import("./chunks/lazy-@actions-cache-lib-cache.mjs");
        if (!cache.isFeatureAvailable()) return "the Actions cache is not available to this job: the peak was not kept";
        if (unreadable) return "the Actions cache could not be read, and saving would hide the peaks it holds: the peak was not kept";
        await file.save(history);
        const id = await cache.saveCache([CACHE_PATH], `${prefix}${Date.now()}`);
        return id === -1 ? "the Actions cache did not keep the peak" : null;
      } catch (error) {
        return `the Actions cache did not keep the peak (${error.message})`;
      }
    },
    // The lock is a file beside the history's: without the cache nothing is written, so nothing
    // is locked either, and a job without the cache leaves no folder in the runner's home.
    async lock(fn) {
      return await cacheAvailable() ? file.lock(fn) : fn();
    }
  };
}
async function cacheAvailable() {
  try {
    return (await import("./chunks/lazy-@actions-cache-lib-cache.mjs")).isFeatureAvailable();
  } catch {
    return false;
  }
}

// src/entries/library.ts
var import_errors15 = require("./shared.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GITHUB_RUNNERS,
  GiB,
  InputError,
  MiB,
  PROFILES,
  PROFILE_TABLE,
  actionsCacheHistoryStore,
  buildKey,
  buildLimitBytes,
  defaultReserve,
  detectMachine,
  fileHistoryStore,
  formatEnvFile,
  formatSize,
  headroomFor,
  knownPeak,
  loadKnownPeak,
  neededBuildBytes,
  parsePlanRequest,
  parseSize,
  plan,
  planEnv,
  planJson,
  planOutputs,
  planSummary,
  planText,
  profileMemory,
  recordPeak,
  smallestRunnerFor,
  toDockerSize
});

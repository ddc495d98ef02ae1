import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  InputError,
  formatSize,
  parseSize,
  parseSizeOrPercent
} from "./chunk-SPYOL4Y7.js";

// src/core/ollama.ts
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
    throw new InputError(
      `ollama-model "${input}" is not a known model: use auto or one of ${OLLAMA_MODELS.map((m) => m.name).join(", ")}`
    );
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

// src/core/profiles.ts
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
  throw new InputError(`profile "${input}" is not one of ${PROFILES.join(", ")}`);
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

// src/core/plan.ts
var ON_INSUFFICIENT = ["fail", "warn", "downgrade", "resize"];
var DOCKER_MIN_MEMORY = 6 * 1024 * 1024;
var ENGINE_OVERHEAD = 2 * GiB;
function defaultReserve(basisBytes) {
  return Math.min(8 * GiB, Math.max(1 * GiB, Math.round(basisBytes * 0.1)));
}
function plan(machine, request) {
  const reasons = [];
  const problems = [];
  const adjustments = [];
  const override = request.totalMemoryBytes !== null;
  const physicalBytes = request.totalMemoryBytes ?? machine.memory.totalBytes;
  const rawCgroup = override ? null : machine.cgroup?.memoryLimitBytes ?? null;
  const cgroupLimitBytes = rawCgroup !== null && rawCgroup < physicalBytes ? rawCgroup : null;
  const totalBytes = cgroupLimitBytes ?? physicalBytes;
  const totalSource = override ? "override" : cgroupLimitBytes !== null ? "cgroup" : "physical";
  if (totalSource === "cgroup") {
    reasons.push(
      `This job runs in a cgroup limited to ${formatSize(totalBytes)} (${machine.cgroup?.memoryLimitPath}), less than the ${formatSize(physicalBytes)} the host has: the plan uses the limit.`
    );
  } else if (totalSource === "override") {
    reasons.push(`Planned for a machine with ${formatSize(totalBytes)} (given), not for this one.`);
  }
  let availableBytes = override ? totalBytes : machine.memory.availableBytes;
  const cg = machine.cgroup;
  if (!override && cgroupLimitBytes !== null && cg?.memoryUsageBytes != null) {
    const inUse = Math.max(0, cg.memoryUsageBytes - (cg.memoryReclaimableBytes ?? 0));
    availableBytes = Math.min(availableBytes, cgroupLimitBytes - inUse);
  }
  availableBytes = clamp(availableBytes, 0, totalBytes);
  const docker = override ? null : machine.docker;
  let engineBytes = totalBytes;
  if (docker) {
    engineBytes = docker.memTotalBytes;
    if (!docker.inVm && engineBytes > totalBytes) {
      reasons.push(
        `Docker reports the host's ${formatSize(engineBytes)}, but this job may use only ${formatSize(totalBytes)}: the plan uses ${formatSize(totalBytes)}.`
      );
      engineBytes = totalBytes;
    } else if (docker.inVm) {
      reasons.push(`Docker runs in a VM (${docker.backend}) with ${formatSize(engineBytes)} of the machine's ${formatSize(totalBytes)}.`);
    }
  } else if (!override) {
    reasons.push(`No Docker engine answered${machine.dockerAbsentReason ? ` (${machine.dockerAbsentReason})` : ""}: the plan assumes it will get this machine's memory.`);
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
    reasons.push(`${formatSize(reserveBytes)} is kept for the OS and the runner (10 % of ${formatSize(basisBytes)}, between 1 and 8 GiB).`);
  }
  const usableBytes = Math.max(0, basisBytes - reserveBytes);
  if (usableBytes === 0) {
    problems.push({
      layer: "machine",
      message: `reserve-memory ${formatSize(reserveBytes)} leaves nothing of the ${formatSize(basisBytes)} this job has`,
      fix: `lower reserve-memory below ${formatSize(basisBytes)}`
    });
  }
  const containers = request.containers.map((c) => ({ ...c }));
  const fixedBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
  let ollama = null;
  if (request.ollama) {
    let model;
    let choice;
    if (request.ollama.kind === "auto") {
      model = autoModel(totalBytes);
      choice = "auto";
      reasons.push(`Ollama model ${model.name} is the best whose container (${formatSize(model.dockerMemoryBytes)}) fits in 70 % of ${formatSize(totalBytes)}.`);
    } else {
      model = request.ollama.model;
      choice = "explicit";
    }
    const room = usableBytes - fixedBytes;
    if (model.dockerMemoryBytes > room && request.onInsufficient === "downgrade") {
      const smaller = largestModelWithin(room);
      if (smaller && smaller.name !== model.name) {
        adjustments.push(`Ollama model ${model.name} needs ${formatSize(model.dockerMemoryBytes)} but only ${formatSize(Math.max(0, room))} is free for it: using ${smaller.name} (${formatSize(smaller.dockerMemoryBytes)}).`);
        model = smaller;
        choice = "downgraded";
      }
    }
    ollama = { model: model.name, memoryBytes: model.dockerMemoryBytes, quality: model.quality, choice };
    containers.push({ name: "ollama", bytes: model.dockerMemoryBytes, model: model.name });
  }
  const containerBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
  for (const c of containers) {
    if (c.bytes > engineBytes) {
      problems.push({
        layer: "engine",
        message: `container ${c.name} needs ${formatSize(c.bytes)} but Docker's engine has ${formatSize(engineBytes)}`,
        fix: engineFix(engine.inVm, c.bytes + ENGINE_OVERHEAD, totalBytes)
      });
    }
  }
  if (containers.length > 0 && containerBytes > usableBytes && !problems.some((p) => p.layer === "engine")) {
    problems.push({
      layer: "engine",
      message: `containers need ${formatSize(containerBytes)} together but only ${formatSize(usableBytes)} is usable (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve)`,
      fix: engineFix(engine.inVm, containerBytes + ENGINE_OVERHEAD, totalBytes)
    });
  }
  const roomBytes = Math.max(0, usableBytes - containerBytes);
  const profileBytes = profileMemory(request.profile, basisBytes);
  let buildBytes;
  let source;
  if (request.buildMemory === null) {
    source = "profile";
    buildBytes = Math.min(profileBytes, roomBytes);
    reasons.push(`The ${request.profile} profile gives ${formatSize(profileBytes)} of ${formatSize(basisBytes)} (seed table: 16\u2192${formatSize(profileMemory(request.profile, 16 * GiB))}, 64\u2192${formatSize(profileMemory(request.profile, 64 * GiB))}).`);
    if (roomBytes < profileBytes) {
      reasons.push(`Containers and the reserve leave ${formatSize(roomBytes)}, so the build gets that.`);
    }
    if (buildBytes < 512 * 1024 * 1024 && problems.length === 0) {
      problems.push({
        layer: "build",
        message: `only ${formatSize(buildBytes)} is left for the build once containers (${formatSize(containerBytes)}) and the reserve (${formatSize(reserveBytes)}) are taken`,
        fix: containers.length > 0 ? "give the containers less memory or use a larger runner" : "use a larger runner or a smaller reserve-memory"
      });
    }
  } else {
    if (request.buildMemory.kind === "percent") {
      source = "percent";
      buildBytes = Math.floor(availableBytes * request.buildMemory.percent / 100);
      reasons.push(`build-memory ${request.buildMemory.percent}% of the ${formatSize(availableBytes)} available now is ${formatSize(buildBytes)}.`);
    } else {
      source = "size";
      buildBytes = request.buildMemory.bytes;
      reasons.push(`build-memory ${formatSize(buildBytes)} was given.`);
    }
    const containersFailed = problems.some((p) => p.layer === "engine");
    const buildRoom = containersFailed ? usableBytes : roomBytes;
    if (buildBytes > buildRoom) {
      if (request.onInsufficient === "downgrade" && roomBytes >= DOCKER_MIN_MEMORY) {
        adjustments.push(`build-memory ${formatSize(buildBytes)} does not fit in the ${formatSize(roomBytes)} left: lowered to ${formatSize(roomBytes)}.`);
        buildBytes = roomBytes;
      } else {
        const fixes = [`set build-memory to at most ${formatSize(buildRoom)}`];
        const fromProfile = Math.min(profileBytes, buildRoom);
        if (fromProfile >= 512 * 1024 * 1024) fixes.push(`leave it empty for the ${request.profile} profile (${formatSize(fromProfile)})`);
        fixes.push(`use a runner with at least ${formatSize(buildBytes + reserveBytes + (containersFailed ? 0 : containerBytes))}`);
        problems.push({
          layer: "build",
          message: `build-memory ${formatSize(buildBytes)} is more than the ${formatSize(buildRoom)} this machine can give a build (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve${containerBytes > 0 && !containersFailed ? ` and ${formatSize(containerBytes)} of containers` : ""})`,
          fix: fixes.join(", ").replace(/, ([^,]*)$/, ", or $1")
        });
      }
    }
  }
  const { cpus, cpusSource } = effectiveCpus(machine, request.cpus);
  const byMemory = Math.max(1, Math.floor(buildBytes / request.memoryPerJobBytes));
  const jobs = Math.max(1, Math.min(cpus, byMemory));
  reasons.push(
    byMemory < cpus ? `${jobs} parallel jobs: ${formatSize(buildBytes)} holds ${byMemory} at ${formatSize(request.memoryPerJobBytes)} each, fewer than the ${cpus} CPUs.` : `${jobs} parallel jobs: one per CPU (${cpus}), and ${formatSize(buildBytes)} holds ${byMemory} at ${formatSize(request.memoryPerJobBytes)} each.`
  );
  const explicitBuild = request.buildMemory === null ? 0 : buildBytes;
  const requiredEngineBytes = containerBytes + explicitBuild + ENGINE_OVERHEAD;
  return {
    profile: request.profile,
    machine: {
      totalBytes,
      totalSource,
      physicalBytes,
      cgroupLimitBytes,
      availableBytes,
      swapBytes: override ? 0 : machine.memory.swapTotalBytes,
      cpus,
      cpusSource
    },
    engine,
    reserveBytes,
    usableBytes,
    build: { bytes: Math.max(0, buildBytes), source, profileBytes },
    containers,
    ollama,
    jobs,
    memoryPerJobBytes: request.memoryPerJobBytes,
    requiredEngineBytes,
    onInsufficient: request.onInsufficient,
    status: problems.length > 0 ? "insufficient" : "ok",
    problems,
    adjustments,
    reasons
  };
}
function engineFix(inVm, neededBytes, totalBytes) {
  if (inVm) {
    return neededBytes <= totalBytes ? `give Docker's VM at least ${formatSize(neededBytes)} (docker-memory resize --memory ${Math.ceil(neededBytes / GiB)}g, or on-insufficient: resize)` : `this machine has ${formatSize(totalBytes)}, less than the ${formatSize(neededBytes)} Docker would need: use on-insufficient: downgrade or a larger machine`;
  }
  return `use a runner with more memory (at least ${formatSize(neededBytes)}), smaller container limits, or on-insufficient: downgrade`;
}
function effectiveCpus(machine, override) {
  if (override !== null) return { cpus: override, cpusSource: "override" };
  let cpus = Math.max(1, machine.cpus.logical);
  let cpusSource = "cpus";
  const quota = machine.cgroup?.cpuQuota;
  if (quota != null && Math.max(1, Math.floor(quota)) < cpus) {
    cpus = Math.max(1, Math.floor(quota));
    cpusSource = "cgroup-quota";
  }
  const cpuset = machine.cgroup?.cpusetCount;
  if (cpuset != null && cpuset > 0 && cpuset < cpus) {
    cpus = cpuset;
    cpusSource = "cpuset";
  }
  return { cpus, cpusSource };
}
function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, n));
}

// src/core/inputs.ts
var PLAN_DEFAULTS = {
  profile: "balanced",
  "on-insufficient": "fail",
  "memory-per-job": "2g",
  "export-env": "true",
  summary: "true"
};
var CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parsePlanRequest(read) {
  const get = (name, fallback = "") => read(name).trim() || fallback;
  const buildMemoryText = get("build-memory");
  const buildMemory = buildMemoryText === "" || buildMemoryText === "auto" ? null : parseSizeOrPercent(buildMemoryText, "build-memory");
  if (buildMemory?.kind === "bytes") atLeastDockerMinimum(buildMemory.bytes, "build-memory", buildMemoryText);
  const reserveText = get("reserve-memory");
  const reserveMemoryBytes = reserveText === "" || reserveText === "auto" ? null : parseSize(reserveText, "reserve-memory");
  const memoryPerJobText = get("memory-per-job", PLAN_DEFAULTS["memory-per-job"]);
  const memoryPerJobBytes = parseSize(memoryPerJobText, "memory-per-job");
  if (memoryPerJobBytes < 64 * 1024 * 1024) {
    throw new InputError(`memory-per-job "${memoryPerJobText}" is below 64 MiB; no compiler job fits in that`);
  }
  const totalText = get("total-memory");
  const totalMemoryBytes = totalText === "" ? null : parseSize(totalText, "total-memory");
  if (totalMemoryBytes !== null && totalMemoryBytes < 256 * 1024 * 1024) {
    throw new InputError(`total-memory "${totalText}" is below 256 MiB; no runner is that small`);
  }
  const cpusText = get("cpus");
  let cpus = null;
  if (cpusText !== "") {
    if (!/^\d+$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > 4096) {
      throw new InputError(`cpus "${cpusText}" must be a whole number from 1 to 4096`);
    }
    cpus = Number(cpusText);
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
    cpus
  };
}
function parseContainers(text) {
  const containers = [];
  const entries = text.split(/[\n,]/).map((line) => line.replace(/#.*/, "").trim()).filter((line) => line !== "");
  for (const entry of entries) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) {
      throw new InputError(`containers line "${entry}" is not name=size (for example redis=512m)`);
    }
    const [, name, sizeText] = m;
    if (!CONTAINER_NAME.test(name)) {
      throw new InputError(`containers line "${entry}": "${name}" is not a container name (letters, digits, _ . -)`);
    }
    if (name.toLowerCase() === "ollama") {
      throw new InputError(`containers line "${entry}": the ollama container is planned from ollama-model; use that input instead`);
    }
    if (containers.some((c) => c.name === name)) {
      throw new InputError(`containers names "${name}" twice`);
    }
    const bytes = parseSize(sizeText, `containers size for ${name}`);
    atLeastDockerMinimum(bytes, `containers size for ${name}`, sizeText);
    containers.push({ name, bytes });
  }
  return containers;
}
function parseOnInsufficient(input) {
  const value = input.trim().toLowerCase();
  if (ON_INSUFFICIENT.includes(value)) return value;
  throw new InputError(`on-insufficient "${input}" is not one of ${ON_INSUFFICIENT.join(", ")}`);
}
function parseBoolean(input, name) {
  const value = input.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off"].includes(value)) return false;
  throw new InputError(`${name} "${input}" must be true or false`);
}
function atLeastDockerMinimum(bytes, what, text) {
  if (bytes < DOCKER_MIN_MEMORY) {
    const hint = /^\d+$/.test(text.trim()) ? ` (a bare number is bytes; did you mean ${text.trim()}g?)` : "";
    throw new InputError(`${what} "${text}" is below Docker's minimum of ${formatSize(DOCKER_MIN_MEMORY)}${hint}`);
  }
}

// src/probes/machine.ts
import { existsSync } from "node:fs";
import os from "node:os";

// src/core/runner.ts
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
import { readFileSync } from "node:fs";
import { join } from "node:path";

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
  const value = text.trim();
  if (value === "" || value === "max") return null;
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= UNLIMITED ? null : n;
}
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseCpuMax(text) {
  const [quota, period] = text.trim().split(/\s+/);
  if (quota === void 0 || quota === "max") return null;
  const q = Number(quota);
  const p = Number(period ?? "100000");
  return q > 0 && p > 0 ? q / p : null;
}
function parseCfsQuota(quotaText, periodText) {
  const q = Number(quotaText.trim());
  const p = Number(periodText.trim());
  return q > 0 && p > 0 ? q / p : null;
}
function parseCpusetCount(text) {
  const value = text.trim();
  if (value === "") return null;
  let count = 0;
  for (const part of value.split(",")) {
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

// src/probes/cgroup.ts
function probeCgroup(root = "/", pid = "self") {
  const read = (path) => {
    try {
      return readFileSync(join(root, path), "utf8");
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
      const count = parseCpusetCount(read(`${dir}/${file}`) ?? "");
      if (count !== null) {
        cpusetCount = count;
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

// src/probes/docker.ts
import { execFile } from "node:child_process";

// src/core/docker-info.ts
var BACKENDS = [
  { backend: "docker-desktop", inVm: true, matches: (i) => /Docker Desktop/i.test(i.OperatingSystem ?? "") },
  { backend: "colima", inVm: true, matches: (i) => /^colima/i.test(i.Name ?? "") },
  { backend: "rancher-desktop", inVm: true, matches: (i) => /Rancher Desktop/i.test(i.OperatingSystem ?? "") || /^lima-rancher-desktop/.test(i.Name ?? "") },
  { backend: "orbstack", inVm: true, matches: (i) => /OrbStack/i.test(i.OperatingSystem ?? "") },
  { backend: "podman", inVm: false, matches: (i) => /podman/i.test(i.ServerVersion ?? "") || /podman/i.test(i.OperatingSystem ?? "") }
];
var DockerInfoError = class extends Error {
};
function parseDockerInfo(json) {
  let info;
  try {
    info = JSON.parse(json);
  } catch {
    throw new DockerInfoError("docker info did not print JSON");
  }
  if (typeof info !== "object" || info === null || typeof info.MemTotal !== "number") {
    throw new DockerInfoError("docker info has no MemTotal");
  }
  const row = BACKENDS.find((b) => b.matches(info));
  const buildx = info.ClientInfo?.Plugins?.find((p) => p.Name === "buildx");
  return {
    serverVersion: info.ServerVersion ?? "unknown",
    memTotalBytes: info.MemTotal,
    ncpu: info.NCPU ?? 0,
    osType: info.OSType ?? "linux",
    operatingSystem: info.OperatingSystem ?? "",
    architecture: info.Architecture ?? "",
    cgroupVersion: info.CgroupVersion ?? null,
    cgroupDriver: info.CgroupDriver ?? null,
    backend: row?.backend ?? "engine",
    inVm: row?.inVm ?? false,
    clientVersion: info.ClientInfo?.Version ?? null,
    buildxVersion: buildx?.Version ?? null
  };
}

// src/probes/docker.ts
function probeDocker(timeoutMs = 15e3) {
  return new Promise((resolve) => {
    execFile("docker", ["info", "--format", "{{json .}}"], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = error.code;
        if (code === "ENOENT") return resolve({ docker: null, reason: "no docker command on PATH" });
        if (error.killed) return resolve({ docker: null, reason: `docker info did not answer in ${timeoutMs / 1e3} s` });
        const firstLine = (stderr || stdout || error.message).split("\n").find((l) => l.trim() !== "") ?? "";
        return resolve({ docker: null, reason: firstLine.trim() || "docker info failed" });
      }
      try {
        resolve({ docker: parseDockerInfo(stdout) });
      } catch (e) {
        resolve({ docker: null, reason: e.message });
      }
    });
  });
}

// src/probes/memory.ts
import { readFile } from "node:fs/promises";

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
    const facts = parseMeminfo(await readFile("/proc/meminfo", "utf8").catch(() => ""));
    if (facts) return facts;
  }
  const { default: memory } = await import("./memory-R4V27LJF.js");
  const m = await memory.mem();
  return { totalBytes: m.total, availableBytes: m.available, swapTotalBytes: m.swaptotal, swapFreeBytes: m.swapfree };
}

// src/probes/machine.ts
async function detectMachine(options = {}) {
  const env = options.env ?? process.env;
  const [memory, dockerProbe] = await Promise.all([
    probeMemory(),
    options.docker === false ? Promise.resolve(null) : probeDocker()
  ]);
  const cgroup = process.platform === "linux" ? probeCgroup(options.root ?? "/") : null;
  const runner = detectRunner(env, {
    dockerenv: existsSync("/.dockerenv"),
    containerenv: existsSync("/run/.containerenv"),
    cgroupPath: cgroup?.path ?? null
  });
  return {
    os: { platform: process.platform, arch: process.arch, release: os.release() },
    memory,
    cpus: { logical: os.availableParallelism() },
    cgroup,
    docker: dockerProbe?.docker ?? null,
    dockerAbsentReason: dockerProbe && dockerProbe.docker === null ? dockerProbe.reason : options.docker === false ? "not asked" : void 0,
    runner
  };
}

export {
  plan,
  PLAN_DEFAULTS,
  parsePlanRequest,
  parseBoolean,
  detectMachine
};

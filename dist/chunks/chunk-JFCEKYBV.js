import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize,
  parseSizeOrPercent,
  toDockerSize
} from "./chunk-HDNLRF77.js";

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
    if (buildBytes > roomBytes) {
      if (request.onInsufficient === "downgrade" && roomBytes >= DOCKER_MIN_MEMORY) {
        adjustments.push(`build-memory ${formatSize(buildBytes)} does not fit in the ${formatSize(roomBytes)} left: lowered to ${formatSize(roomBytes)}.`);
        buildBytes = roomBytes;
      } else {
        problems.push({
          layer: "build",
          message: `build-memory ${formatSize(buildBytes)} is more than the ${formatSize(roomBytes)} this machine can give a build (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve${containerBytes > 0 ? ` and ${formatSize(containerBytes)} of containers` : ""})`,
          fix: `set build-memory to at most ${formatSize(roomBytes)}, use profile ${request.profile === "maximum" ? "maximum" : "balanced"} (${formatSize(Math.min(profileBytes, roomBytes))}), or use a runner with at least ${formatSize(buildBytes + reserveBytes + containerBytes)}`
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
function parsePlanRequest(read2) {
  const get = (name, fallback = "") => read2(name).trim() || fallback;
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
    containers: parseContainers(read2("containers")),
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

// src/core/build/outputs.ts
function oomEvidence(o) {
  if (o.builderOomKilled) return { killed: "true", evidence: `the BuildKit container of builder ${o.builderName} was OOM-killed` };
  if (o.oomKills !== null && o.oomKills > 0) return { killed: "true", evidence: `${o.peakSource ? o.peakSource.replace(/\/[^/]+$/, "") : "the bound cgroup"} counted ${o.oomKills} OOM kill(s)` };
  if (o.logFormat === "legacy" && o.exitCode === 137) return { killed: "true", evidence: "the classic builder ended with exit code 137 (SIGKILL, the OOM killer)" };
  if (o.oomKills === 0) return { killed: "false", evidence: null };
  return { killed: "unknown", evidence: null };
}
function buildOutputs(o) {
  return {
    enforcement: o.enforcement,
    "peak-memory": o.peakBytes === null ? "" : toDockerSize(o.peakBytes),
    "peak-memory-bytes": o.peakBytes === null ? "" : String(o.peakBytes),
    "oom-killed": oomEvidence(o).killed,
    "exit-code": o.exitCode === null ? "" : String(o.exitCode)
  };
}
function buildResultLines(o) {
  const lines2 = [];
  const status = o.cancelled ? `cancelled (${o.signal})` : o.exitCode === 0 ? "succeeded" : `failed (exit code ${o.exitCode ?? o.signal})`;
  const limit = o.limitBytes === null ? "no memory limit bound it" : `limit ${formatSize(o.limitBytes)} enforced by ${o.enforcement} (${o.limitScope === "step" ? "per RUN step" : "whole build"})`;
  lines2.push(`build ${status} in ${(o.durationMs / 1e3).toFixed(1)} s; ${limit}`);
  if (o.peakBytes !== null) lines2.push(`peak memory ${formatSize(o.peakBytes)} (${o.peakSource})`);
  const oom = oomEvidence(o);
  if (oom.evidence) lines2.push(`OOM kill seen: ${oom.evidence}`);
  lines2.push(`build log: ${o.logPath}`);
  return lines2;
}

// src/core/build/request.ts
var DRIVERS = ["auto", "docker-container", "docker", "kubernetes", "remote", "legacy"];
function wantsBuild(read2) {
  return read2("context").trim() !== "" || read2("file").trim() !== "";
}
function parseBuildRequest(read2) {
  const get = (name) => read2(name).trim();
  const flag = (name) => get(name) === "" ? false : parseBoolean(get(name), name);
  const driverText = get("driver").toLowerCase() || "auto";
  if (!DRIVERS.includes(driverText)) {
    throw new InputError(`driver "${get("driver")}" is not one of ${DRIVERS.join(", ")}`);
  }
  const swapText = get("memory-swap");
  return {
    context: get("context") || ".",
    file: get("file") || null,
    tags: list(read2("tags")),
    buildArgs: lines(read2("build-args")),
    target: get("target") || null,
    platforms: list(read2("platforms")),
    push: flag("push"),
    load: flag("load"),
    outputs: lines(read2("outputs")),
    cacheFrom: lines(read2("cache-from")),
    cacheTo: lines(read2("cache-to")),
    secrets: parseSecrets(read2("secrets")),
    labels: lines(read2("labels")),
    noCache: flag("no-cache"),
    extraArgs: get("extra-args") === "" ? [] : get("extra-args").split(/\s+/),
    builder: get("builder") || null,
    driver: driverText,
    memorySwapBytes: swapText === "" ? null : parseSize(swapText, "memory-swap"),
    keepBuilder: flag("keep-builder")
  };
}
function parseSecrets(text) {
  const secrets = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const eq = line.indexOf("=");
    const id = eq < 0 ? "" : line.slice(0, eq).trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw new InputError(`secrets: a line is not ID=value (the id must be letters, digits, _ . -)`);
    if (secrets.some((s) => s.id === id)) throw new InputError(`secrets names "${id}" twice`);
    secrets.push({ id, value: line.slice(eq + 1) });
  }
  return secrets;
}
function list(text) {
  return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
function lines(text) {
  return text.split("\n").map((s) => s.trim()).filter((s) => s !== "");
}
function limitFromPlan(plan2, request) {
  const memoryBytes = plan2.build.bytes;
  const swapBytes = request.memorySwapBytes ?? memoryBytes;
  if (swapBytes < memoryBytes) {
    throw new InputError(`memory-swap ${formatSize(swapBytes)} is below the build memory ${formatSize(memoryBytes)}; it counts memory plus swap, so it must be at least as large`);
  }
  return { memoryBytes, swapBytes, cpus: plan2.machine.cpusSource === "cgroup-quota" || plan2.machine.cpusSource === "cpuset" ? plan2.machine.cpus : null };
}

// src/core/build/argv.ts
function createBuilderCommand(name, driver, limit) {
  const opts = driver === "kubernetes" ? [`requests.memory=${toDockerSize(limit.memoryBytes)}`, `limits.memory=${toDockerSize(limit.memoryBytes)}`] : [`memory=${toDockerSize(limit.memoryBytes)}`, `memory-swap=${toDockerSize(limit.swapBytes)}`];
  if (limit.cpus !== null) {
    opts.push(...driver === "kubernetes" ? [`requests.cpu=${limit.cpus}`, `limits.cpu=${limit.cpus}`] : ["cpu-period=100000", `cpu-quota=${limit.cpus * 1e5}`]);
  }
  return { args: ["buildx", "create", "--name", name, "--driver", driver, ...opts.flatMap((o) => ["--driver-opt", o]), "--bootstrap"], env: {} };
}
function removeBuilderCommand(name) {
  return { args: ["buildx", "rm", name], env: {} };
}
function builderContainerName(builder) {
  return `buildx_buildkit_${builder}0`;
}
function buildCommand(request, choice, secretFiles, cgroupParent = null) {
  const flags = [];
  const add = (flag, values) => {
    for (const v of values) flags.push(flag, v);
  };
  if (request.file !== null) flags.push("--file", request.file);
  add("--tag", request.tags);
  add("--build-arg", request.buildArgs);
  if (request.target !== null) flags.push("--target", request.target);
  add("--label", request.labels);
  if (request.noCache) flags.push("--no-cache");
  const mem = choice.memoryBytes === null ? null : toDockerSize(choice.memoryBytes);
  const swap = choice.swapBytes === null ? mem : toDockerSize(choice.swapBytes);
  if (choice.invocation === "legacy") {
    add("--cache-from", request.cacheFrom);
    if (choice.enforcement === "legacy" && mem !== null) flags.push("--memory", mem, "--memory-swap", swap);
    if (cgroupParent !== null) flags.push("--cgroup-parent", cgroupParent);
    flags.push("--force-rm");
    return { args: ["build", ...flags, ...request.extraArgs, request.context], env: { DOCKER_BUILDKIT: "0" } };
  }
  if (request.platforms.length > 0) flags.push("--platform", request.platforms.join(","));
  add("--output", request.outputs);
  add("--cache-from", request.cacheFrom);
  for (const s of secretFiles) flags.push("--secret", `id=${s.id},src=${s.path}`);
  flags.push("--progress", "plain");
  if (choice.invocation === "classic-buildkit") {
    return { args: ["build", ...flags, ...request.extraArgs, request.context], env: { DOCKER_BUILDKIT: "1" } };
  }
  add("--cache-to", request.cacheTo);
  if (request.push) flags.push("--push");
  if (request.load) flags.push("--load");
  if (choice.enforcement === "resource" && mem !== null) flags.push("--resource", `memory=${mem}`, "--resource", `memory-swap=${swap}`);
  const builder = choice.builder ? ["--builder", choice.builder.name] : [];
  return { args: ["buildx", "build", ...builder, ...flags, ...request.extraArgs, request.context], env: {} };
}

// src/runners/docker.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
function captureDocker(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn("docker", args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"], timeout: options.timeoutMs ?? 6e4, signal: options.cancel });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => stdout += d);
    child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
    child.on("error", (e) => {
      if (e.code === "ABORT_ERR") return;
      resolve({ code: null, stdout, stderr, spawnError: e.code === "ENOENT" ? "no docker command on PATH" : e.message });
    });
    child.on("close", (code) => resolve({ code, stdout, stderr, spawnError: null }));
  });
}
function streamDocker(args, options) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logPath, { flags: "a", mode: 384 });
    const child = spawn("docker", args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let cancelledBy = null;
    const forward = () => {
      cancelledBy = options.cancel.reason;
      child.kill(cancelledBy);
    };
    if (options.cancel.aborted) forward();
    else options.cancel.addEventListener("abort", forward, { once: true });
    let open = 2;
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(log, { end: false });
      createInterface({ input: stream, crlfDelay: Infinity }).on("line", options.onLine);
      stream.on("end", () => {
        if (--open === 0) log.end();
      });
    }
    child.on("error", (e) => {
      options.cancel.removeEventListener("abort", forward);
      log.end();
      reject(new Error(e.code === "ENOENT" ? "no docker command on PATH" : `docker did not start: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      options.cancel.removeEventListener("abort", forward);
      if (log.closed) resolve({ code, signal, cancelledBy });
      else log.on("close", () => resolve({ code, signal, cancelledBy }));
    });
  });
}
function trapCancellation() {
  const controller = new AbortController();
  const signals = ["SIGINT", "SIGTERM"];
  const handler = (signal) => controller.abort(signal);
  for (const s of signals) process.on(s, handler);
  return { cancel: controller.signal, release: () => signals.forEach((s) => process.off(s, handler)) };
}

// src/build/run-build.ts
import { mkdirSync as mkdirSync2, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/core/build/container-inspect.ts
function parseContainerInspect(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error("docker inspect did not print JSON");
  }
  if (typeof raw?.Id !== "string") throw new Error("docker inspect printed no container Id");
  return {
    id: raw.Id,
    oomKilled: raw.State?.OOMKilled === true,
    running: raw.State?.Running === true,
    memoryBytes: raw.HostConfig?.Memory ? raw.HostConfig.Memory : null
  };
}

// src/core/build/versions.ts
var VersionParseError = class extends Error {
};
function parseDockerVersion(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new VersionParseError("docker version did not print JSON");
  }
  if (typeof raw !== "object" || raw === null) throw new VersionParseError("docker version did not print a JSON object");
  return { client: raw.Client?.Version ?? null, server: raw.Server?.Version ?? null };
}
function parseBuildxVersion(text) {
  const m = /\bv?(\d+\.\d+(?:\.\d+)?)/.exec(text.replace(/^\S*buildx\S*\s+/, ""));
  if (!m) throw new VersionParseError(`docker buildx version printed no version: "${text.trim().slice(0, 80)}"`);
  return m[1];
}
function compareVersions(a, b) {
  const nums = (v) => {
    const m = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(v);
    return m ? [m[1], m[2], m[3]].map((x2) => Number(x2 ?? 0)) : null;
  };
  const x = nums(a);
  const y = nums(b);
  if (!x || !y) return null;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
function atLeast(version, min) {
  if (version === null) return false;
  const c = compareVersions(version, min);
  return c !== null && c >= 0;
}
function parseEngineName(json) {
  try {
    const name = JSON.parse(json).Name;
    return typeof name === "string" ? name : null;
  } catch {
    return null;
  }
}

// src/core/build/mechanism.ts
var MIN_BUILDX_RESOURCE = "0.35.0";
var MIN_BUILDKIT_RESOURCE = "0.31.0";
var MIN_BUILDX_BUILDER_MEMORY = "0.12.0";
var STEP_FLOOR_BYTES = 16 * MiB;
var DAEMON_FLOOR_BYTES = 64 * MiB;
var SCOPE = {
  resource: "step",
  builder: "build",
  kubernetes: "build",
  cgroup: "build",
  legacy: "step",
  none: null
};
function chooseMechanism(facts, request, limit) {
  const choice = pick(facts, request, limit);
  const floor = choice.enforcement === "builder" || choice.enforcement === "kubernetes" ? DAEMON_FLOOR_BYTES : STEP_FLOOR_BYTES;
  const ours = choice.builder === null || choice.builder.create;
  if (choice.enforcement !== "none" && ours && limit.memoryBytes < floor) {
    const why = floor === DAEMON_FLOOR_BYTES ? 'the BuildKit daemon runs inside this limit and would be OOM-killed (buildx then fails with "rpc error \u2026 EOF")' : "a RUN step cannot even start its shell in less";
    throw new InputError(
      `build memory ${formatSize(limit.memoryBytes)} is below the ${formatSize(floor)} floor of the ${choice.enforcement} mechanism: ${why}`
    );
  }
  return choice;
}
function pick(facts, request, limit) {
  const legacyMissing = legacyCannot(request);
  if (request.builder !== null) return userBuilder(facts, request, limit);
  switch (request.driver) {
    case "legacy":
      if (legacyMissing) throw new InputError(`driver legacy: the classic builder cannot do ${legacyMissing}`);
      return legacy(limit, "driver legacy was asked for");
    case "docker-container": {
      const why = builderUnavailable(facts);
      if (why) throw new InputError(`driver docker-container: ${why}`);
      return ownBuilder(limit, "docker-container", "driver docker-container was asked for");
    }
    case "kubernetes": {
      if (facts.unavailable.kubernetes) throw new InputError(`driver kubernetes: ${facts.unavailable.kubernetes}`);
      if (facts.buildxVersion === null) throw new InputError("driver kubernetes needs docker buildx, and this docker client has none");
      return ownBuilder(limit, "kubernetes", "driver kubernetes was asked for");
    }
    case "remote":
      throw new InputError("driver remote needs builder: the name of an existing remote builder (docker buildx create --driver remote \u2026)");
    case "docker": {
      const def = defaultDockerBuilder(facts);
      if (def && resourceOk(facts, def) === null) return resource(def, limit, "driver docker: its BuildKit takes per-step limits");
      const why = cgroupUnavailable(facts, request);
      if (why === null) return cgroup(facts, limit, "driver docker: the engine\u2019s BuildKit is bound through its parent cgroup");
      return none(facts, request, `driver docker was asked for, and its BuildKit cannot be bound: ${why}`);
    }
    case "auto": {
      const rejected = [];
      const def = currentBuilder(facts);
      const res = def ? resourceOk(facts, def) : "no buildx";
      if (def && res === null) return resource(def, limit, `buildx ${facts.buildxVersion} and BuildKit ${def.nodes[0]?.buildkitVersion} take per-step limits`);
      rejected.push(`resource: ${res}`);
      const b = builderUnavailable(facts);
      if (b === null) return ownBuilder(limit, "docker-container", `buildx ${facts.buildxVersion} can create a builder whose container has the limit`);
      rejected.push(`builder: ${b}`);
      const c = cgroupUnavailable(facts, request);
      if (c === null) return cgroup(facts, limit, `the engine\u2019s BuildKit is bound through its parent cgroup ${facts.buildkitCgroup.path}`);
      rejected.push(`cgroup: ${c}`);
      if (legacyMissing === null && !facts.unavailable.legacy) {
        return legacy(limit, `the classic builder is the only one that binds here (${rejected.join("; ")})`);
      }
      rejected.push(`legacy: ${facts.unavailable.legacy ?? `the build needs ${legacyMissing}`}`);
      return none(facts, request, `nothing can bind the limit here: ${rejected.join("; ")}`);
    }
  }
}
function userBuilder(facts, request, limit) {
  const name = request.builder;
  if (facts.buildxVersion === null) throw new InputError(`builder "${name}" needs docker buildx, and this docker client has none`);
  const b = facts.builders.find((x) => x.name === name);
  if (!b) {
    const known = facts.builders.map((x) => x.name).join(", ") || "none";
    throw new InputError(`builder "${name}" does not exist (docker buildx ls shows: ${known})`);
  }
  const opts = b.nodes[0]?.driverOpts ?? {};
  const own = (key) => opts[key] ? parseSize(opts[key], `builder ${name} ${key}`) : null;
  const differs = (bytes) => bytes === limit.memoryBytes ? [] : [`builder "${name}" keeps its own memory limit of ${formatSize(bytes)}; the plan asked for ${formatSize(limit.memoryBytes)}, and an existing builder is not changed`];
  if (b.driver === "docker-container" && own("memory") !== null) {
    const mem = own("memory");
    return { ...base("builder", `builder "${name}" has its own memory limit (driver option memory=${opts.memory})`), builder: { name, driver: b.driver, create: false }, memoryBytes: mem, swapBytes: own("memory-swap"), warnings: differs(mem) };
  }
  if (b.driver === "kubernetes" && own("limits.memory") !== null) {
    const mem = own("limits.memory");
    return { ...base("kubernetes", `builder "${name}" has its own pod limit (limits.memory=${opts["limits.memory"]})`), builder: { name, driver: b.driver, create: false }, memoryBytes: mem, swapBytes: null, warnings: differs(mem) };
  }
  const res = resourceOk(facts, b);
  if (res === null) return resource(b, limit, `builder "${name}" takes per-step limits`);
  let cgroupWhy = "";
  if (b.driver === "docker") {
    const c = cgroupUnavailable(facts, request);
    if (c === null) return { ...cgroup(facts, limit, `builder "${name}" is the engine\u2019s BuildKit, bound through its parent cgroup`), builder: { name, driver: b.driver, create: false } };
    cgroupWhy = `, its parent cgroup cannot be bound (${c})`;
  }
  return {
    ...none(facts, request, `builder "${name}" (driver ${b.driver}) has no memory limit of its own, does not take per-step limits (${res})${cgroupWhy}, and an existing builder is not changed`),
    builder: { name, driver: b.driver, create: false }
  };
}
function base(enforcement, reason) {
  return { enforcement, reason, scope: SCOPE[enforcement], invocation: "buildx", builder: null, memoryBytes: null, swapBytes: null, cgroupPath: null, warnings: [] };
}
function resource(b, limit, reason) {
  return {
    ...base("resource", `${reason}; the limit applies to each RUN step on its own, not to all steps together`),
    builder: { name: b.name, driver: b.driver, create: false },
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes
  };
}
function ownBuilder(limit, driver, reason) {
  return {
    ...base(driver === "kubernetes" ? "kubernetes" : "builder", reason),
    builder: { name: builderName(limit, driver), driver, create: true },
    memoryBytes: limit.memoryBytes,
    swapBytes: driver === "kubernetes" ? null : limit.swapBytes
  };
}
function cgroup(facts, limit, reason) {
  const def = defaultDockerBuilder(facts);
  return {
    ...base("cgroup", reason),
    invocation: def ? "buildx" : "classic-buildkit",
    builder: def ? { name: def.name, driver: def.driver, create: false } : null,
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    cgroupPath: facts.buildkitCgroup.path
  };
}
function legacy(limit, reason) {
  return { ...base("legacy", `${reason}; the limit applies to each RUN step on its own`), invocation: "legacy", memoryBytes: limit.memoryBytes, swapBytes: limit.swapBytes };
}
function none(facts, request, reason) {
  const def = currentBuilder(facts);
  const invocation = def ? "buildx" : clientHasBuildkit(facts) ? "classic-buildkit" : "legacy";
  const missing = invocation === "legacy" ? legacyCannot(request) : invocation === "classic-buildkit" ? classicBuildkitCannot(request) : null;
  if (missing) throw new InputError(`${reason}; and this docker ${facts.clientVersion ?? ""} client cannot build ${missing} at all without buildx`);
  return { ...base("none", reason), invocation, builder: def && invocation === "buildx" ? { name: def.name, driver: def.driver, create: false } : null };
}
function builderName(limit, driver = "docker-container") {
  const mib = (b) => `${Math.floor(b / MiB)}m`;
  const parts = ["docker-memory", driver === "kubernetes" ? "k8s" : null, mib(limit.memoryBytes)];
  if (driver !== "kubernetes" && limit.swapBytes !== limit.memoryBytes) parts.push(`swap${mib(limit.swapBytes)}`);
  if (limit.cpus !== null) parts.push(`${limit.cpus}cpu`);
  return parts.filter((p) => p !== null).join("-");
}
function currentBuilder(facts) {
  return facts.builders.find((b) => b.current) ?? null;
}
function defaultDockerBuilder(facts) {
  const docker = facts.builders.filter((b) => b.driver === "docker");
  return docker.find((b) => b.current) ?? docker[0] ?? null;
}
function resourceOk(facts, b) {
  if (facts.buildxVersion === null) return "no buildx";
  if (!atLeast(facts.buildxVersion, MIN_BUILDX_RESOURCE)) return `buildx ${facts.buildxVersion} is older than ${MIN_BUILDX_RESOURCE}`;
  const v = b.nodes[0]?.buildkitVersion ?? null;
  if (!atLeast(v, MIN_BUILDKIT_RESOURCE)) return `builder "${b.name}" runs BuildKit ${v ?? "of unknown version"}, older than ${MIN_BUILDKIT_RESOURCE}, which would drop the limit silently`;
  return null;
}
function builderUnavailable(facts) {
  if (facts.unavailable.builder) return facts.unavailable.builder;
  if (facts.buildxVersion === null) return "this docker client has no buildx";
  if (!atLeast(facts.buildxVersion, MIN_BUILDX_BUILDER_MEMORY)) return `buildx ${facts.buildxVersion} is older than ${MIN_BUILDX_BUILDER_MEMORY} (no memory driver option)`;
  if (facts.serverVersion === null) return "no Docker engine answered";
  return null;
}
function cgroupUnavailable(facts, request) {
  if (facts.unavailable.cgroup) return facts.unavailable.cgroup;
  if (facts.buildkitCgroup.path === null) return facts.buildkitCgroup.reason;
  if (defaultDockerBuilder(facts) === null && !clientHasBuildkit(facts)) {
    return `docker ${facts.clientVersion ?? "(unknown version)"} has neither buildx nor the BuildKit built into clients before 23`;
  }
  if (defaultDockerBuilder(facts) === null) {
    const missing = classicBuildkitCannot(request);
    if (missing) return `the docker ${facts.clientVersion} client's built-in BuildKit cannot do ${missing}`;
  }
  return null;
}
function clientHasBuildkit(facts) {
  return facts.clientVersion !== null && !atLeast(facts.clientVersion, "23.0.0");
}
function legacyCannot(r) {
  const used = [
    r.secrets.length > 0 && "secrets",
    r.platforms.length > 0 && "platforms",
    r.outputs.length > 0 && "outputs",
    r.cacheTo.length > 0 && "cache-to",
    r.push && "push"
  ].filter((x) => typeof x === "string");
  return used.length > 0 ? used.join(", ") : null;
}
function classicBuildkitCannot(r) {
  const used = [r.cacheTo.length > 0 && "cache-to", r.push && "push", r.platforms.length > 1 && "several platforms"].filter(
    (x) => typeof x === "string"
  );
  return used.length > 0 ? used.join(", ") : null;
}
function buildkitCgroupPath(cgroupVersion, cgroupDriver, engineLocal) {
  if (!engineLocal) return { path: null, reason: "the engine does not run on this host (docker info names another), so its cgroups are out of reach" };
  if (cgroupDriver === "systemd") return { path: null, reason: "with the systemd cgroup driver the engine\u2019s BuildKit steps have no parent cgroup of their own to bind" };
  if (cgroupDriver !== "cgroupfs") return { path: null, reason: `the engine reports cgroup driver ${cgroupDriver ?? "unknown"}` };
  if (cgroupVersion === "1") return { path: "/sys/fs/cgroup/memory/docker/buildkit", version: 1 };
  if (cgroupVersion === "2") return { path: "/sys/fs/cgroup/docker/buildkit", version: 2 };
  return { path: null, reason: `the engine reports cgroup version ${cgroupVersion ?? "unknown"}` };
}
function containerCgroupPath(id, cgroupVersion, cgroupDriver) {
  if (cgroupDriver === "systemd") return cgroupVersion === "2" ? `/sys/fs/cgroup/system.slice/docker-${id}.scope` : `/sys/fs/cgroup/memory/system.slice/docker-${id}.scope`;
  if (cgroupDriver === "cgroupfs") return cgroupVersion === "2" ? `/sys/fs/cgroup/docker/${id}` : `/sys/fs/cgroup/memory/docker/${id}`;
  return null;
}
function legacyCgroupParent(facts, id) {
  if (!facts.engineLocal || facts.cgroupDriver !== "cgroupfs") return null;
  const name = `docker-memory-build-${id}`;
  if (facts.cgroupVersion === "1") return { name: `/${name}`, path: `/sys/fs/cgroup/memory/${name}`, version: 1 };
  if (facts.cgroupVersion === "2") return { name: `/${name}`, path: `/sys/fs/cgroup/${name}`, version: 2 };
  return null;
}

// src/build/cgroup-binding.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
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
  const base2 = mount.mountPoint.replace(/\/$/, "");
  const dirs = [];
  for (let i = parts.length; i >= 0; i--) {
    dirs.push([base2, ...parts.slice(0, i)].join("/") || "/");
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

// src/core/build/cgroup-limit.ts
function cgroupFiles(version) {
  return version === 1 ? { limit: "memory.limit_in_bytes", swap: "memory.memsw.limit_in_bytes", peak: "memory.max_usage_in_bytes", usage: "memory.usage_in_bytes", events: "memory.oom_control" } : { limit: "memory.max", swap: "memory.swap.max", peak: "memory.peak", usage: "memory.current", events: "memory.events" };
}
function limitWrites(version, memoryBytes, swapBytes) {
  const f = cgroupFiles(version);
  const swap = version === 1 ? swapBytes : Math.max(0, swapBytes - memoryBytes);
  return [
    { file: f.limit, value: String(memoryBytes) },
    { file: f.swap, value: String(swap) }
  ];
}
function restoreWrites(version, saved) {
  const f = cgroupFiles(version);
  const writes = [];
  if (saved.swap !== null) writes.push({ file: f.swap, value: saved.swap });
  writes.push({ file: f.limit, value: saved.limit });
  return writes;
}
function restoreValue(version, text) {
  const t = text.trim();
  if (version === 1 && parseMemoryLimit(t) === null) return "-1";
  return t;
}
function parseOomKills(text) {
  return parseKeyValues(text)["oom_kill"] ?? null;
}

// src/build/cgroup-binding.ts
function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function apply(dir, writes) {
  for (const w of writes) writeFileSync(join(dir, w.file), w.value);
}
function bindCgroup(path, version, memoryBytes, swapBytes) {
  const files = cgroupFiles(version);
  let created = false;
  if (!existsSync(path)) {
    try {
      mkdirSync(path);
      created = true;
    } catch (e) {
      throw new Error(`${path} does not exist and cannot be created (${e.code ?? e.message})`);
    }
  }
  const limitText = read(join(path, files.limit));
  if (limitText === null) throw new Error(`${join(path, files.limit)} cannot be read`);
  const swapText = read(join(path, files.swap));
  const saved = { limit: restoreValue(version, limitText), swap: swapText === null ? null : restoreValue(version, swapText) };
  const restore = () => {
    apply(path, restoreWrites(version, saved));
    if (created) {
      try {
        rmdirSync(path);
      } catch {
      }
    }
  };
  try {
    apply(path, limitWrites(version, memoryBytes, swapBytes).filter((w) => w.file !== files.swap || swapText !== null));
  } catch (e) {
    try {
      restore();
    } catch {
    }
    throw new Error(`cannot write ${join(path, files.limit)} (${e.code ?? e.message})`);
  }
  const back = parseCounter(read(join(path, files.limit)) ?? "");
  if (back !== memoryBytes) {
    restore();
    throw new Error(`${join(path, files.limit)} reads back ${back === null ? "nothing" : formatSize(back)} after writing ${formatSize(memoryBytes)}`);
  }
  if (version === 1) {
    try {
      writeFileSync(join(path, files.peak), "0");
    } catch {
    }
  }
  return { path, version, swapUnbound: swapText === null, restore };
}
var MAX_SAMPLES = 600;
function watchCgroup(path, version, intervalMs = 500) {
  const files = cgroupFiles(version);
  const start = Date.now();
  const oomBefore = version === 2 ? parseOomKills(read(join(path, files.events)) ?? "") : null;
  let samples = [];
  let every = 1;
  let tick = 0;
  const sample = () => {
    if (tick++ % every !== 0) return;
    const bytes = parseCounter(read(join(path, files.usage)) ?? "");
    if (bytes === null) return;
    samples.push({ tMs: Date.now() - start, bytes });
    if (samples.length >= MAX_SAMPLES) {
      samples = samples.filter((_, i) => i % 2 === 0);
      every *= 2;
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const peakFile = join(path, files.peak);
      const peakBytes = parseCounter(read(peakFile) ?? "");
      const oomAfter = version === 2 ? parseOomKills(read(join(path, files.events)) ?? "") : null;
      return {
        peakBytes,
        peakSource: peakBytes === null ? null : peakFile,
        oomKills: oomBefore !== null && oomAfter !== null ? oomAfter - oomBefore : null,
        samples
      };
    }
  };
}
async function removeOurCgroup(path, attempts = 20) {
  for (let i = 0; i < attempts; i++) {
    try {
      for (const child of readdirSync(path, { withFileTypes: true })) {
        if (child.isDirectory()) {
          try {
            rmdirSync(join(path, child.name));
          } catch {
          }
        }
      }
      rmdirSync(path);
      return true;
    } catch (e) {
      if (e.code === "ENOENT") return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return false;
}

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

// src/core/build/builders.ts
var BuilderParseError = class extends Error {
};
function parseBuildxLs(text) {
  const builders = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let raw;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new BuilderParseError(`docker buildx ls printed a line that is not JSON: "${line.slice(0, 80)}"`);
    }
    if (typeof raw.Name !== "string" || typeof raw.Driver !== "string") {
      throw new BuilderParseError("docker buildx ls printed a builder without Name or Driver");
    }
    builders.push({
      name: raw.Name,
      driver: raw.Driver,
      current: raw.Current === true,
      nodes: (raw.Nodes ?? []).map((n) => ({
        name: n.Name ?? "",
        status: n.Status ?? "",
        buildkitVersion: n.Version || null,
        driverOpts: { ...n.DriverOpts ?? {} }
      }))
    });
  }
  return builders;
}
function parseBuildxInspect(text) {
  let name = null;
  let driver = null;
  const nodes = [];
  let inNodes = false;
  for (const line of text.split("\n")) {
    const m = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    if (key === "Nodes") {
      inNodes = true;
    } else if (!inNodes && key === "Name") {
      name = value.trim();
    } else if (!inNodes && key === "Driver") {
      driver = value.trim();
    } else if (inNodes && key === "Name") {
      nodes.push({ name: value.trim(), status: "", buildkitVersion: null, driverOpts: {} });
    } else if (inNodes && nodes.length > 0) {
      const node = nodes[nodes.length - 1];
      if (key === "Status") node.status = value.trim();
      else if (key === "BuildKit version" || key === "Buildkit") node.buildkitVersion = value.trim() || null;
      else if (key === "Driver Options") node.driverOpts = parseDriverOptions(value);
    }
  }
  if (name === null || driver === null) throw new BuilderParseError("docker buildx inspect printed no Name or Driver");
  return { name, driver, current: false, nodes };
}
function parseDriverOptions(text) {
  const opts = {};
  for (const m of text.matchAll(/([\w.-]+)="((?:[^"\\]|\\.)*)"/g)) opts[m[1]] = m[2];
  return opts;
}

// src/build/probe.ts
import { hostname } from "node:os";
async function probeBuildFacts() {
  const version = await captureDocker(["version", "--format", "{{json .}}"], { timeoutMs: 2e4 });
  if (version.spawnError) throw new InputError(`cannot build: ${version.spawnError}`);
  let versions;
  try {
    versions = parseDockerVersion(version.stdout);
  } catch (e) {
    throw new InputError(`cannot build: ${e.message} (${firstLine(version.stderr)})`);
  }
  if (versions.server === null) throw new InputError(`cannot build: no Docker engine answers (${firstLine(version.stderr) || "docker version has no Server part"})`);
  const info = await captureDocker(["info", "--format", "{{json .}}"], { timeoutMs: 2e4 });
  const docker = info.code === 0 ? parseDockerInfo(info.stdout) : null;
  let buildxVersion = null;
  let builders = [];
  const bx = await captureDocker(["buildx", "version"], { timeoutMs: 2e4 });
  if (bx.code === 0) {
    buildxVersion = parseBuildxVersion(bx.stdout);
    const ls = await captureDocker(["buildx", "ls", "--format", "json"], { timeoutMs: 2e4 });
    if (ls.code === 0) {
      builders = parseBuildxLs(ls.stdout);
    } else {
      const inspect = await captureDocker(["buildx", "inspect"], { timeoutMs: 2e4 });
      if (inspect.code === 0) builders = [{ ...parseBuildxInspect(inspect.stdout), current: true }];
    }
  }
  const engineLocal = info.code === 0 && parseEngineName(info.stdout) === hostname();
  const cgroupVersion = docker?.cgroupVersion ?? null;
  const cgroupDriver = docker?.cgroupDriver ?? null;
  return {
    clientVersion: versions.client,
    serverVersion: versions.server,
    buildxVersion,
    builders,
    buildkitCgroup: buildkitCgroupPath(cgroupVersion, cgroupDriver, engineLocal),
    engineLocal,
    cgroupVersion,
    cgroupDriver,
    unavailable: {}
  };
}
function firstLine(text) {
  return text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
}

// src/build/run-build.ts
async function runBuild(request, limit, options) {
  const { cancel, release } = trapCancellation();
  try {
    return await runTrapped(request, limit, options, cancel);
  } finally {
    release();
  }
}
async function runTrapped(request, limit, options, cancel) {
  const { reporter } = options;
  const checkpoint = () => {
    if (cancel.aborted) throw new Error(`cancelled (${String(cancel.reason)}) before the build started; nothing it set up is left`);
  };
  const facts = await probeBuildFacts();
  checkpoint();
  reporter.info(
    `docker ${facts.clientVersion} (engine ${facts.serverVersion}), buildx ${facts.buildxVersion ?? "absent"}, cgroup v${facts.cgroupVersion ?? "?"} ${facts.cgroupDriver ?? ""}`.trim()
  );
  let choice = chooseMechanism(facts, request, limit);
  let binding = null;
  let createdBuilder = null;
  let legacyParentPath = null;
  let secretsDir = null;
  let finished = false;
  try {
    for (; ; ) {
      if (choice.enforcement === "cgroup" && choice.cgroupPath !== null) {
        try {
          binding = bindCgroup(choice.cgroupPath, facts.buildkitCgroup.version, limit.memoryBytes, limit.swapBytes);
        } catch (e) {
          choice = again(facts, request, limit, "cgroup", e.message);
          continue;
        }
      }
      if (choice.builder?.create) {
        const made = await ensureBuilder(choice, facts, limit, reporter, cancel);
        if (made.created) createdBuilder = choice.builder.name;
        checkpoint();
        if (made.failed) {
          choice = again(facts, request, limit, choice.enforcement, made.failed);
          continue;
        }
        const container2 = choice.enforcement === "builder" ? await inspectBuilder(choice.builder.name) : null;
        if (container2 && container2.memoryBytes !== limit.memoryBytes) {
          if (createdBuilder) createdBuilder = await removeNow(createdBuilder);
          const has = container2.memoryBytes === null ? "no memory limit" : `a memory limit of ${formatSize(container2.memoryBytes)}`;
          choice = again(facts, request, limit, "builder", `the container of builder ${choice.builder.name} has ${has}, not ${formatSize(limit.memoryBytes)}`);
          continue;
        }
        if (container2) reporter.info(`builder container ${builderContainerName(choice.builder.name)} has a memory limit of ${formatSize(limit.memoryBytes)}`);
      }
      break;
    }
    checkpoint();
    const startedAt = /* @__PURE__ */ new Date();
    mkdirSync2(options.logDir, { recursive: true });
    const logPath = join2(options.logDir, `docker-memory-build-${startedAt.getTime()}-${process.pid}.log`);
    writeFileSync2(logPath, "", { mode: 384 });
    if (request.secrets.length > 0) secretsDir = mkdtempSync(join2(tmpdir(), "docker-memory-secrets-"));
    const secretFiles = request.secrets.map((s) => {
      const path = join2(secretsDir, s.id);
      writeFileSync2(path, s.value, { mode: 384 });
      return { id: s.id, path };
    });
    const parent = choice.enforcement === "legacy" ? legacyCgroupParent(facts, `${process.pid}-${startedAt.getTime()}`) : null;
    legacyParentPath = parent?.path ?? null;
    const command = buildCommand(request, choice, secretFiles, parent?.name ?? null);
    describe(choice, binding, reporter);
    const container = choice.builder && choice.enforcement === "builder" ? await inspectBuilder(choice.builder.name) : null;
    const watchPath = binding ? { path: binding.path, version: binding.version } : parent ? { path: parent.path, version: parent.version } : builderCgroup(container, facts);
    const watch = watchPath ? watchCgroup(watchPath.path, watchPath.version) : null;
    reporter.startLog(`docker ${command.args.slice(0, 2).join(" ")} (${choice.enforcement})`);
    reporter.info(`${Object.entries(command.env).map(([k, v]) => `${k}=${v} `).join("")}docker ${command.args.join(" ")}`);
    let streamed;
    try {
      streamed = await streamDocker(command.args, { env: command.env, logPath, onLine: (l) => reporter.logLine(l), cancel });
    } finally {
      reporter.endLog();
    }
    const watched = watch ? watch.stop() : { peakBytes: null, peakSource: null, oomKills: null, samples: [] };
    const after = choice.builder && choice.enforcement === "builder" ? await inspectBuilder(choice.builder.name) : null;
    let problem = null;
    if (streamed.cancelledBy) {
      problem = `the build was cancelled (${streamed.cancelledBy}); docker was stopped${createdBuilder ? ` and builder ${createdBuilder} is removed` : ""}`;
    } else if (streamed.code !== 0 && !await engineAnswers()) {
      problem = "the Docker engine stopped answering during the build; the build did not finish";
    } else if (after?.oomKilled) {
      problem = `the BuildKit daemon of builder ${choice.builder?.name} was OOM-killed: ${formatSize(limit.memoryBytes)} does not hold the daemon and the build together`;
    }
    const outcome = {
      enforcement: choice.enforcement,
      enforcementReason: choice.reason,
      limitBytes: choice.enforcement === "none" ? null : choice.memoryBytes,
      swapLimitBytes: choice.enforcement === "none" ? null : choice.swapBytes,
      limitScope: choice.scope,
      exitCode: streamed.cancelledBy ? null : streamed.code,
      signal: streamed.cancelledBy ?? streamed.signal,
      cancelled: streamed.cancelledBy !== null,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      logPath,
      logFormat: choice.invocation === "legacy" ? "legacy" : "plain",
      dockerfile: request.file,
      context: request.context,
      peakBytes: watched.peakBytes,
      peakSource: watched.peakSource,
      builderName: choice.builder?.name ?? null,
      builderOomKilled: after ? after.oomKilled : null,
      oomKills: watched.oomKills,
      memorySamples: watched.samples
    };
    finished = !streamed.cancelledBy;
    return { outcome, createdBuilder: finished ? createdBuilder : null, problem };
  } finally {
    binding?.restore();
    if (secretsDir) rmSync(secretsDir, { recursive: true, force: true });
    if (legacyParentPath && !await removeOurCgroup(legacyParentPath)) reporter.warning(`${legacyParentPath} could not be removed: a step container is still in it`);
    if (!finished && createdBuilder) await removeNow(createdBuilder);
  }
}
function again(facts, request, limit, failed, why) {
  facts.unavailable[failed] = why;
  return chooseMechanism(facts, request, limit);
}
async function ensureBuilder(choice, facts, limit, reporter, cancel) {
  const builder = choice.builder;
  if (facts.builders.some((b) => b.name === builder.name)) {
    reporter.info(`reusing builder ${builder.name}`);
    return { created: false, failed: null };
  }
  const create = createBuilderCommand(builder.name, builder.driver, limit);
  reporter.info(`docker ${create.args.join(" ")}`);
  const r = await captureDocker(create.args, { env: create.env, timeoutMs: 3e5, cancel });
  if (r.code === 0) return { created: true, failed: null };
  await removeNow(builder.name);
  return { created: false, failed: `docker buildx create failed: ${lastLine(r.stderr || r.stdout) || (cancel.aborted ? "cancelled" : `exit code ${r.code}`)}` };
}
async function removeNow(name) {
  await captureDocker(removeBuilderCommand(name).args, { timeoutMs: 6e4 });
  return null;
}
async function inspectBuilder(name) {
  const r = await captureDocker(["inspect", "--type", "container", "--format", "{{json .}}", builderContainerName(name)], { timeoutMs: 2e4 });
  if (r.code !== 0) return null;
  try {
    return parseContainerInspect(r.stdout);
  } catch {
    return null;
  }
}
function builderCgroup(container, facts) {
  if (!container || !facts.engineLocal) return null;
  const path = containerCgroupPath(container.id, facts.cgroupVersion, facts.cgroupDriver);
  return path && (facts.cgroupVersion === "1" || facts.cgroupVersion === "2") ? { path, version: facts.cgroupVersion === "1" ? 1 : 2 } : null;
}
async function engineAnswers() {
  const r = await captureDocker(["version", "--format", "{{json .}}"], { timeoutMs: 1e4 });
  try {
    return parseDockerVersion(r.stdout).server !== null;
  } catch {
    return false;
  }
}
function describe(choice, binding, reporter) {
  if (choice.enforcement === "none") {
    reporter.warning(`No memory limit binds this build: ${choice.reason}.`);
    return;
  }
  const size = choice.memoryBytes === null ? "?" : formatSize(choice.memoryBytes);
  const swap = choice.swapBytes === null ? "" : `, memory+swap ${formatSize(choice.swapBytes)}`;
  reporter.info(`memory limit ${size}${swap} enforced by ${choice.enforcement} (${choice.scope === "step" ? "each RUN step on its own" : "all steps together"}): ${choice.reason}`);
  if (binding?.swapUnbound) reporter.warning(`${binding.path} has no swap accounting: the build may swap beyond ${size}.`);
  for (const w of choice.warnings) reporter.warning(w);
}
function lastLine(text) {
  return text.split("\n").filter((l) => l.trim() !== "").pop()?.trim() ?? "";
}

export {
  plan,
  PLAN_DEFAULTS,
  parsePlanRequest,
  parseBoolean,
  parseProcCgroup,
  parseMountinfo,
  parseMemoryLimit,
  parseCounter,
  parseCpuMax,
  parseCfsQuota,
  parseCpusetCount,
  parseKeyValues,
  cgroupDirs,
  findMount,
  parseDockerInfo,
  buildOutputs,
  buildResultLines,
  wantsBuild,
  parseBuildRequest,
  limitFromPlan,
  removeBuilderCommand,
  captureDocker,
  runBuild
};

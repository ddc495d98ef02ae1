import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  neededBuildBytes,
  peakSentence,
  runnerName,
  smallestRunnerFor
} from "./chunk-TE6UVEAX.js";
import {
  profileMemory
} from "./chunk-WVUDI324.js";
import {
  GiB,
  InputError,
  formatSize
} from "./chunk-DKWBHJTO.js";

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
        const machineBytes = totalGiving(buildBytes + (containersFailed ? 0 : containerBytes), request.reserveMemoryBytes);
        fixes.push(`use a machine with at least ${formatSize(machineBytes)}${runnerFor(machineBytes)}`);
        problems.push({
          layer: "build",
          message: `build-memory ${formatSize(buildBytes)} is more than the ${formatSize(buildRoom)} this machine can give a build (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve${containerBytes > 0 && !containersFailed ? ` and ${formatSize(containerBytes)} of containers` : ""})`,
          fix: fixes.join(", ").replace(/, ([^,]*)$/, ", or $1")
        });
      }
    }
  }
  let history;
  if (request.knownPeak) {
    const peak = request.knownPeak;
    const needed = neededBuildBytes(peak.bytes);
    const requiredTotalBytes = totalGiving(needed + containerBytes, request.reserveMemoryBytes);
    const runner = smallestRunnerFor(requiredTotalBytes);
    const runnerText = runnerFor(requiredTotalBytes);
    reasons.push(peakSentence(peak));
    if (peak.bytes > roomBytes) {
      problems.push({
        layer: "build",
        message: `this build peaked at ${formatSize(peak.bytes)} before (${peak.key}), more than the ${formatSize(roomBytes)} this machine can give a build: it would be OOM-killed`,
        fix: `use a machine with at least ${formatSize(requiredTotalBytes)}${runnerText}`
      });
    } else if (source === "profile" && buildBytes < needed) {
      buildBytes = Math.min(needed, roomBytes);
      source = "history";
      reasons.push(
        buildBytes < needed ? `The build gets all ${formatSize(roomBytes)} this machine can give, above the peak but with less headroom than planned; a machine with ${formatSize(requiredTotalBytes)} gives it all${runnerText}.` : `The profile's ${formatSize(profileBytes)} is below that, so the build gets ${formatSize(buildBytes)}.`
      );
    } else if (source !== "profile" && buildBytes < peak.bytes) {
      problems.push({
        layer: "build",
        message: `build-memory ${formatSize(buildBytes)} is below the ${formatSize(peak.bytes)} this build peaked at before (${peak.key})`,
        fix: `set build-memory to at least ${formatSize(Math.min(needed, roomBytes))}, or leave it empty to plan from the history`
      });
    } else if (source !== "profile" && buildBytes < needed) {
      reasons.push(`build-memory ${formatSize(buildBytes)} holds the known peak but less than the planned headroom; ${formatSize(needed)} would hold it all.`);
    }
    history = { key: peak.key, peakBytes: peak.bytes, runs: peak.runs, neededBuildBytes: needed, requiredTotalBytes, fits: peak.bytes <= roomBytes, runner };
  }
  const { cpus, cpusSource } = effectiveCpus(machine, request.cpus);
  const byMemory = Math.max(1, Math.floor(buildBytes / request.memoryPerJobBytes));
  const jobs = Math.max(1, Math.min(cpus, byMemory));
  reasons.push(
    byMemory < cpus ? `${jobs} parallel job${jobs === 1 ? "" : "s"}: ${formatSize(buildBytes)} holds ${Math.floor(buildBytes / request.memoryPerJobBytes) < 1 ? "less than one job" : byMemory} at ${formatSize(request.memoryPerJobBytes)} each, fewer than the ${cpus} CPUs.` : `${jobs} parallel job${jobs === 1 ? "" : "s"}: one per CPU (${cpus}), and ${formatSize(buildBytes)} holds ${byMemory} at ${formatSize(request.memoryPerJobBytes)} each.`
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
    reasons,
    ...history ? { history } : {}
  };
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

export {
  parseOllamaModel,
  ON_INSUFFICIENT,
  DOCKER_MIN_MEMORY,
  defaultReserve,
  plan
};

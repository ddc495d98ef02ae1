import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  profileMemory
} from "./chunk-5QK6N67V.mjs";
import {
  neededBuildBytes,
  peakSentence,
  runnerName,
  smallestRunnerFor
} from "./chunk-FHDS2SIN.mjs";
import {
  buildkitdConfig,
  planParallelism
} from "./chunk-EDRH2X7U.mjs";
import {
  atLeast
} from "./chunk-NBHFA7NI.mjs";
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/enforce/mechanism.ts
var MIN_BUILDX_RESOURCE = "0.35.0";
var MIN_BUILDKIT_RESOURCE = "0.31.0";
var MIN_BUILDX_BUILDER_MEMORY = "0.12.0";
var STEP_FLOOR_BYTES = 16 * MiB;
var DAEMON_FLOOR_BYTES = 64 * MiB;
function chooseMechanism(facts, request, limit) {
  const choice = pick(facts, request, limit);
  if (choice.enforcement === "none") return choice;
  if ((choice.enforcement === "builder" || choice.enforcement === "kubernetes") && !choice.builder.create && !(choice.enforcement === "builder" && choice.inPlace))
    return choice;
  const floor = choice.enforcement === "builder" || choice.enforcement === "kubernetes" ? DAEMON_FLOOR_BYTES : STEP_FLOOR_BYTES;
  if (limit.memoryBytes < floor) {
    const why = floor === DAEMON_FLOOR_BYTES ? 'the BuildKit daemon runs inside this limit and would be OOM-killed (buildx then fails with "rpc error \u2026 EOF")' : "a RUN step cannot even start its shell in less";
    throw new InputError(`build memory ${formatSize(limit.memoryBytes)} is below the ${formatSize(floor)} floor of the ${choice.enforcement} mechanism: ${why}`);
  }
  return choice;
}
function pick(facts, request, limit) {
  const legacyMissing = legacyCannot(request);
  if (request.builder !== null) return userBuilder(facts, request, request.builder, limit, "named");
  switch (request.driver) {
    case "legacy":
      if (legacyMissing) throw new InputError(`driver legacy: the classic builder cannot do ${legacyMissing}`);
      return legacy(limit, "driver legacy was asked for");
    case "docker-container": {
      const why = builderUnavailable(facts);
      if (why) throw new InputError(`driver docker-container: ${why}`);
      return ownBuilder(limit, "driver docker-container was asked for");
    }
    case "kubernetes": {
      if (facts.unavailable.kubernetes) throw new InputError(`driver kubernetes: ${facts.unavailable.kubernetes}`);
      if (facts.buildxVersion === null) throw new InputError("driver kubernetes needs docker buildx, and this docker client has none");
      return kubernetes(limit, "driver kubernetes was asked for");
    }
    case "remote":
      throw new InputError("driver remote needs builder: the name of an existing remote builder (docker buildx create --driver remote \u2026)");
    case "docker": {
      const def = defaultDockerBuilder(facts);
      if (def && resourceOk(facts, def) === null) return resource(def, limit, "driver docker: its BuildKit takes per-step limits");
      const target = bindableCgroup(facts, request);
      if (typeof target !== "string") return cgroup(facts, target, limit, "driver docker: the engine\u2019s BuildKit is bound through its parent cgroup");
      throw new InputError(`driver docker cannot bind the build's memory here: ${target}; use driver auto to build with what can bind`);
    }
    case "auto":
      return auto(facts, request, limit, legacyMissing);
  }
}
function auto(facts, request, limit, legacyMissing) {
  const rejected = [];
  const def = currentBuilder(facts);
  if (def && def.driver !== "docker") return userBuilder(facts, request, def.name, limit, "current");
  const res = def ? resourceOk(facts, def) : "no buildx";
  if (def && res === null) return resource(def, limit, `buildx ${facts.buildxVersion} and BuildKit ${def.nodes[0]?.buildkitVersion} take per-step limits`);
  rejected.push(`resource: ${res}`);
  const b = builderUnavailable(facts);
  if (b === null) return ownBuilder(limit, `buildx ${facts.buildxVersion} can create a builder whose container has the limit`);
  rejected.push(`builder: ${b}`);
  const target = bindableCgroup(facts, request);
  if (typeof target !== "string") return cgroup(facts, target, limit, `the engine\u2019s BuildKit is bound through its parent cgroup ${target.path}`);
  rejected.push(`cgroup: ${target}`);
  if (legacyMissing === null && !facts.unavailable.legacy) {
    return legacy(limit, `the classic builder is the only one that binds here (${rejected.join("; ")})`);
  }
  rejected.push(`legacy: ${facts.unavailable.legacy ?? `the build needs ${legacyMissing}`}`);
  return none(facts, request, `nothing can bind the limit here: ${rejected.join("; ")}`);
}
function userBuilder(facts, request, name, limit, how) {
  const b = knownBuilder(facts, name);
  const builder = { name, driver: b.driver, create: false };
  const own = ownLimit(b, builder, limit);
  if (own !== null) return own;
  if (b.driver === "docker-container" && !facts.unavailable.builder) {
    const reason = `builder "${name}" (${how === "named" ? "named" : "the current one"}) is a docker-container builder with no memory limit of its own: its container gets the limit for this build by docker update, one limit for all its steps together (what the machine runs out of, which per-step --resource is not), and its own limit back after`;
    return {
      enforcement: "builder",
      scope: "build",
      invocation: "buildx",
      reason,
      builder,
      memoryBytes: limit.memoryBytes,
      swapBytes: limit.swapBytes,
      inPlace: true,
      warnings: []
    };
  }
  const res = resourceOk(facts, b);
  if (res === null) return resource(b, limit, `builder "${name}" takes per-step limits`);
  if (b.driver === "remote") {
    return {
      ...none(
        facts,
        request,
        `builder "${name}" is a remote BuildKit (${b.nodes[0]?.buildkitVersion ?? "version unknown"}): its memory is set where it runs, not from this client, and it does not take per-step limits (${res}); limit the BuildKit daemon on its host`
      ),
      builder
    };
  }
  let cgroupWhy = "";
  if (b.driver === "docker") {
    const target = bindableCgroup(facts, request);
    if (typeof target !== "string")
      return { ...cgroup(facts, target, limit, `builder "${name}" is the engine\u2019s BuildKit, bound through its parent cgroup`), builder };
    cgroupWhy = `, its parent cgroup cannot be bound (${target})`;
  }
  return {
    ...none(
      facts,
      request,
      `builder "${name}" (driver ${b.driver}) has no memory limit of its own, does not take per-step limits (${res})${cgroupWhy}, and an existing builder is not changed`
    ),
    builder
  };
}
function knownBuilder(facts, name) {
  if (facts.buildxVersion === null) throw new InputError(`builder "${name}" needs docker buildx, and this docker client has none`);
  const b = facts.builders.find((x) => x.name === name);
  if (!b) {
    const known = facts.builders.map((x) => x.name).join(", ") || "none";
    throw new InputError(`builder "${name}" does not exist (docker buildx ls shows: ${known})`);
  }
  return b;
}
function ownLimit(info, builder, limit) {
  const name = info.name;
  const opts = info.nodes[0]?.driverOpts ?? {};
  const own = (key) => opts[key] ? parseSize(opts[key], `builder ${name} ${key}`) : null;
  const differs = (bytes) => bytes === limit.memoryBytes ? [] : [
    `builder "${name}" keeps its own memory limit of ${formatSize(bytes)}; the plan asked for ${formatSize(limit.memoryBytes)}, and an existing builder is not changed`
  ];
  const containerMemory = info.driver === "docker-container" ? own("memory") : null;
  if (containerMemory !== null) {
    const reason2 = `builder "${name}" has its own memory limit (driver option memory=${opts.memory})`;
    return {
      enforcement: "builder",
      scope: "build",
      invocation: "buildx",
      reason: reason2,
      builder,
      memoryBytes: containerMemory,
      swapBytes: own("memory-swap"),
      inPlace: false,
      warnings: differs(containerMemory)
    };
  }
  const podMemory = info.driver === "kubernetes" ? own("limits.memory") : null;
  if (podMemory === null) return null;
  const reason = `builder "${name}" has its own pod limit (limits.memory=${opts["limits.memory"]})`;
  return {
    enforcement: "kubernetes",
    scope: "build",
    invocation: "buildx",
    reason,
    builder,
    memoryBytes: podMemory,
    swapBytes: null,
    warnings: differs(podMemory)
  };
}
function resource(info, limit, reason) {
  return {
    enforcement: "resource",
    scope: "step",
    invocation: "buildx",
    reason: `${reason}; the limit applies to each RUN step on its own, not to all steps together`,
    builder: { name: info.name, driver: info.driver, create: false },
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    warnings: []
  };
}
function ownBuilder(limit, reason) {
  const builder = { name: builderName(limit, "docker-container"), driver: "docker-container", create: true };
  return {
    enforcement: "builder",
    scope: "build",
    invocation: "buildx",
    reason,
    builder,
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    inPlace: false,
    warnings: []
  };
}
function kubernetes(limit, reason) {
  const builder = { name: builderName(limit, "kubernetes"), driver: "kubernetes", create: true };
  return { enforcement: "kubernetes", scope: "build", invocation: "buildx", reason, builder, memoryBytes: limit.memoryBytes, swapBytes: null, warnings: [] };
}
function cgroup(facts, target, limit, reason) {
  const def = defaultDockerBuilder(facts);
  return {
    enforcement: "cgroup",
    scope: "build",
    invocation: def ? "buildx" : "classic-buildkit",
    reason,
    builder: def ? { name: def.name, driver: def.driver, create: false } : null,
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    cgroup: target,
    warnings: []
  };
}
function legacy(limit, reason) {
  const why = `${reason}; the limit applies to each RUN step on its own`;
  return {
    enforcement: "legacy",
    scope: "step",
    invocation: "legacy",
    reason: why,
    builder: null,
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    warnings: []
  };
}
function none(facts, request, reason) {
  const def = currentBuilder(facts);
  const invocation = def ? "buildx" : clientHasBuildkit(facts) ? "classic-buildkit" : "legacy";
  const missing = invocation === "legacy" ? legacyCannot(request) : invocation === "classic-buildkit" ? classicBuildkitCannot(request) : null;
  if (missing) throw new InputError(`${reason}; and this docker ${facts.clientVersion ?? ""} client cannot build ${missing} at all without buildx`);
  const builder = def && invocation === "buildx" ? { name: def.name, driver: def.driver, create: false } : null;
  return { enforcement: "none", scope: null, invocation, reason, builder, warnings: [] };
}
function builderName(limit, driver) {
  const mib = (b) => `${Math.floor(b / MiB)}m`;
  const parts = ["docker-memory", driver === "kubernetes" ? "k8s" : null, mib(limit.memoryBytes)];
  if (driver !== "kubernetes" && limit.swapBytes !== limit.memoryBytes) parts.push(`swap${mib(limit.swapBytes)}`);
  if (limit.cpus !== null) parts.push(`${limit.cpus}cpu`);
  if (driver !== "kubernetes" && limit.maxParallelism != null) parts.push(`p${limit.maxParallelism}`);
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
  if (!atLeast(v, MIN_BUILDKIT_RESOURCE))
    return `builder "${b.name}" runs BuildKit ${v ?? "of unknown version"}, older than ${MIN_BUILDKIT_RESOURCE}, which would drop the limit silently`;
  return null;
}
function builderUnavailable(facts) {
  if (facts.unavailable.builder) return facts.unavailable.builder;
  if (facts.buildxVersion === null) return "this docker client has no buildx";
  if (!atLeast(facts.buildxVersion, MIN_BUILDX_BUILDER_MEMORY))
    return `buildx ${facts.buildxVersion} is older than ${MIN_BUILDX_BUILDER_MEMORY} (no memory driver option)`;
  if (facts.serverVersion === null) return "no Docker engine answered";
  return null;
}
function bindableCgroup(facts, request) {
  if (facts.unavailable.cgroup) return facts.unavailable.cgroup;
  if (facts.buildkitCgroup.path === null) return facts.buildkitCgroup.reason;
  if (defaultDockerBuilder(facts) === null && !clientHasBuildkit(facts)) {
    return `docker ${facts.clientVersion ?? "(unknown version)"} has neither buildx nor the BuildKit built into clients before 23`;
  }
  if (defaultDockerBuilder(facts) === null) {
    const missing = classicBuildkitCannot(request);
    if (missing) return `the docker ${facts.clientVersion} client's built-in BuildKit cannot do ${missing}`;
  }
  return facts.buildkitCgroup;
}
function clientHasBuildkit(facts) {
  return facts.clientVersion !== null && !atLeast(facts.clientVersion, "23.0.0");
}
function legacyCannot(request) {
  const used = [
    request.secrets.length + request.secretFiles.length + request.secretEnvs.length > 0 && "secrets",
    request.ssh.length > 0 && "ssh",
    request.buildContexts.length > 0 && "build-contexts",
    request.provenance !== null && "provenance",
    request.sbom !== null && "sbom",
    request.annotations.length > 0 && "annotations",
    request.platforms.length > 0 && "platforms",
    request.outputs.length > 0 && "outputs",
    request.cacheTo.length > 0 && "cache-to",
    request.push && "push",
    ...buildxOnly(request)
  ].filter((x) => typeof x === "string");
  return used.length > 0 ? used.join(", ") : null;
}
function classicBuildkitCannot(request) {
  const used = [
    request.cacheTo.length > 0 && "cache-to",
    request.push && "push",
    request.platforms.length > 1 && "several platforms",
    // buildx flags: docker build's own BuildKit client has none of them.
    request.buildContexts.length > 0 && "build-contexts",
    request.provenance !== null && "provenance",
    request.sbom !== null && "sbom",
    request.annotations.length > 0 && "annotations",
    ...buildxOnly(request)
  ].filter((x) => typeof x === "string");
  return used.length > 0 ? used.join(", ") : null;
}
function buildxOnly(request) {
  return [
    request.allow.length > 0 && "allow",
    request.attests.length > 0 && "attests",
    request.call !== null && "call",
    request.noCacheFilters.length > 0 && "no-cache-filters"
  ];
}
function buildkitCgroupPath(cgroupVersion, cgroupDriver, engineLocal) {
  if (!engineLocal) return { path: null, reason: "the engine does not run on this host (docker info names another), so its cgroups are out of reach" };
  if (cgroupDriver === "systemd")
    return { path: null, reason: "with the systemd cgroup driver the engine\u2019s BuildKit steps have no parent cgroup of their own to bind" };
  if (cgroupDriver !== "cgroupfs") return { path: null, reason: `the engine reports cgroup driver ${cgroupDriver ?? "unknown"}` };
  if (cgroupVersion === "1") return { path: "/sys/fs/cgroup/memory/docker/buildkit", version: 1 };
  if (cgroupVersion === "2") return { path: "/sys/fs/cgroup/docker/buildkit", version: 2 };
  return { path: null, reason: `the engine reports cgroup version ${cgroupVersion ?? "unknown"}` };
}
function legacyCgroupParent(facts, id) {
  if (!facts.engineLocal || facts.cgroupDriver !== "cgroupfs") return null;
  const name = `docker-memory-build-${id}`;
  if (facts.cgroupVersion === "1") return { name: `/${name}`, path: `/sys/fs/cgroup/memory/${name}`, version: 1 };
  if (facts.cgroupVersion === "2") return { name: `/${name}`, path: `/sys/fs/cgroup/${name}`, version: 2 };
  return null;
}

// src/core/plan/ollama.ts
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
    throw new InputError(`ollama-model "${input}" is not a known model: use auto or one of ${OLLAMA_MODELS.map((m) => m.name).join(", ")}`);
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
  const { cpus, cpusSource } = effectiveCpus(facts, request.cpus);
  const swapBytes = override ? 0 : facts.memory.swapTotalBytes;
  return { machine: { totalBytes, totalSource, physicalBytes, cgroupLimitBytes, availableBytes, swapBytes, cpus, cpusSource }, notes: out };
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
      throw new InputError(
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
function parallelismLayer(buildBytes, cpus, memoryPerJobBytes, platforms = 1, steps = []) {
  const out = notes();
  const parallelism = planParallelism({ buildBytes, cpus, memoryPerJobBytes, platforms, steps });
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

// src/core/plan/fit.ts
var LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function parseRunnerLabels(text) {
  const out = [];
  for (const entry of text.split(/[\n,]/).map((l) => l.replace(/#.*/, "").trim()).filter((l) => l !== "")) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) throw new InputError(`runner-labels line "${entry}" is not label=size (for example ubuntu-latest=14.9g)`);
    const [, label, size] = m;
    if (!LABEL.test(label)) throw new InputError(`runner-labels line "${entry}": "${label}" is not a runner label (letters, digits, . _ -)`);
    if (out.some((r) => r.label === label)) throw new InputError(`runner-labels names "${label}" twice`);
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
function fitAfterBuild(plan2, peakBytes, killed) {
  const b = plan2.fitBasis;
  const peak = Math.max(peakBytes ?? 0, plan2.history?.peakBytes ?? 0);
  if (peak === 0) return killed ? { ...plan2.fit, fits: false, source: "build" } : plan2.fit;
  const fit = fitFor(peak, b.roomBytes, b.containerBytes, b.reserveMemoryBytes);
  return fitOf({ fits: fit.fits && !killed, requiredTotalBytes: fit.requiredTotalBytes }, b.labels, peakBytes !== null ? "build" : plan2.fit.source);
}
function joinNotes(...parts) {
  return {
    reasons: parts.flatMap((n) => n.reasons),
    problems: parts.flatMap((n) => n.problems),
    adjustments: parts.flatMap((n) => n.adjustments)
  };
}

export {
  STEP_FLOOR_BYTES,
  DAEMON_FLOOR_BYTES,
  chooseMechanism,
  buildkitCgroupPath,
  legacyCgroupParent,
  parseRunnerLabels,
  fitSentence,
  parseOllamaModel,
  DOCKER_MIN_MEMORY,
  defaultReserve,
  ON_INSUFFICIENT,
  plan,
  buildLimitBytes,
  fitAfterBuild
};

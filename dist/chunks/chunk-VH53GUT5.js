import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError,
  MiB,
  formatSize,
  parseSize
} from "./chunk-J3GXGRKE.js";

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
  if (request.builder !== null) return userBuilder(facts, request, request.builder, limit);
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
function userBuilder(facts, request, name, limit) {
  const b = knownBuilder(facts, name);
  const builder = { name, driver: b.driver, create: false };
  const own = ownLimit(b, builder, limit);
  if (own !== null) return own;
  if (b.driver === "docker-container" && !facts.unavailable.builder) {
    const reason = `builder "${name}" has no memory limit of its own: its container gets the limit for this build (docker update) and its own back after`;
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
function ownLimit(b, builder, limit) {
  const name = b.name;
  const opts = b.nodes[0]?.driverOpts ?? {};
  const own = (key) => opts[key] ? parseSize(opts[key], `builder ${name} ${key}`) : null;
  const differs = (bytes) => bytes === limit.memoryBytes ? [] : [
    `builder "${name}" keeps its own memory limit of ${formatSize(bytes)}; the plan asked for ${formatSize(limit.memoryBytes)}, and an existing builder is not changed`
  ];
  const containerMemory = b.driver === "docker-container" ? own("memory") : null;
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
  const podMemory = b.driver === "kubernetes" ? own("limits.memory") : null;
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
function resource(b, limit, reason) {
  return {
    enforcement: "resource",
    scope: "step",
    invocation: "buildx",
    reason: `${reason}; the limit applies to each RUN step on its own, not to all steps together`,
    builder: { name: b.name, driver: b.driver, create: false },
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
function legacyCannot(r) {
  const used = [
    r.secrets.length + r.secretFiles.length + r.secretEnvs.length > 0 && "secrets",
    r.ssh.length > 0 && "ssh",
    r.buildContexts.length > 0 && "build-contexts",
    r.provenance !== null && "provenance",
    r.sbom !== null && "sbom",
    r.annotations.length > 0 && "annotations",
    r.platforms.length > 0 && "platforms",
    r.outputs.length > 0 && "outputs",
    r.cacheTo.length > 0 && "cache-to",
    r.push && "push"
  ].filter((x) => typeof x === "string");
  return used.length > 0 ? used.join(", ") : null;
}
function classicBuildkitCannot(r) {
  const used = [
    r.cacheTo.length > 0 && "cache-to",
    r.push && "push",
    r.platforms.length > 1 && "several platforms",
    // buildx flags: docker build's own BuildKit client has none of them.
    r.buildContexts.length > 0 && "build-contexts",
    r.provenance !== null && "provenance",
    r.sbom !== null && "sbom",
    r.annotations.length > 0 && "annotations"
  ].filter((x) => typeof x === "string");
  return used.length > 0 ? used.join(", ") : null;
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

export {
  parseDockerVersion,
  parseBuildxVersion,
  atLeast,
  parseEngineName,
  STEP_FLOOR_BYTES,
  DAEMON_FLOOR_BYTES,
  chooseMechanism,
  buildkitCgroupPath,
  legacyCgroupParent
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  locateContainerCgroup
} from "./chunk-PWZL3QDP.js";
import {
  parseBoolean
} from "./chunk-CZ24SHIP.js";
import {
  buildkitCgroupPath,
  chooseMechanism,
  legacyCgroupParent,
  parseBuildxVersion,
  parseDockerVersion,
  parseEngineName
} from "./chunk-74YQRMWD.js";
import {
  parseCounter,
  parseKeyValues,
  parseMemoryLimit
} from "./chunk-FQWTZ246.js";
import {
  captureDocker,
  parseDockerInfo,
  streamDocker,
  trapCancellation
} from "./chunk-G46ACA3G.js";
import {
  InputError,
  MiB,
  formatSize,
  parseSize,
  toDockerSize
} from "./chunk-DKWBHJTO.js";

// src/core/build/request.ts
import { join } from "node:path";
var DRIVERS = ["auto", "docker-container", "docker", "kubernetes", "remote", "legacy"];
function dockerfilePath(read2) {
  return read2("file").trim() || join(read2("context").trim() || ".", "Dockerfile");
}
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
function limitFromPlan(plan, request) {
  const memoryBytes = Math.floor(plan.build.bytes / MiB) * MiB;
  const swapBytes = request.memorySwapBytes === null ? memoryBytes : Math.floor(request.memorySwapBytes / MiB) * MiB;
  if (swapBytes < memoryBytes) {
    throw new InputError(`memory-swap ${formatSize(swapBytes)} is below the build memory ${formatSize(memoryBytes)}; it counts memory plus swap, so it must be at least as large`);
  }
  return { memoryBytes, swapBytes, cpus: plan.machine.cpusSource === "cgroup-quota" || plan.machine.cpusSource === "cpuset" ? plan.machine.cpus : null };
}

// src/core/build/outputs.ts
function oomEvidence(o) {
  if (o.builderOomKilled) return { killed: "true", evidence: `the BuildKit container of builder ${o.builderName} was OOM-killed` };
  if (o.oomKills !== null && o.oomKills > 0) return { killed: "true", evidence: `${o.peakSource ? o.peakSource.replace(/\/[^/]+$/, "") : "the bound cgroup"} counted ${o.oomKills} OOM kill(s)` };
  if (o.logFormat === "legacy" && o.exitCode === 137) return { killed: "true", evidence: "the classic builder ended with exit code 137 (SIGKILL, the OOM killer)" };
  if (o.oomKills === 0) return { killed: "false", evidence: null };
  return { killed: "unknown", evidence: null };
}
function buildOutputs(o, memoryFindings = 0) {
  return {
    enforcement: o.enforcement,
    // Rounded up: a peak fed back as build-memory must not come out below the peak.
    "peak-memory": o.peakBytes === null ? "" : toDockerSize(Math.ceil(o.peakBytes / MiB) * MiB),
    "peak-memory-bytes": o.peakBytes === null ? "" : String(o.peakBytes),
    "oom-killed": memoryFindings > 0 ? "true" : oomEvidence(o).killed,
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

// src/build/run-build.ts
import { mkdirSync as mkdirSync2, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

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

// src/build/cgroup-binding.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/core/build/cgroup-limit.ts
function cgroupFiles(version) {
  return version === 1 ? { limit: "memory.limit_in_bytes", swap: "memory.memsw.limit_in_bytes", peak: "memory.max_usage_in_bytes", usage: "memory.usage_in_bytes", events: "memory.oom_control" } : { limit: "memory.max", swap: "memory.swap.max", peak: "memory.peak", usage: "memory.current", events: "memory.events" };
}
function limitWrites(version, memoryBytes, swapBytes, currentLimit = null) {
  const f = cgroupFiles(version);
  const swap = version === 1 ? swapBytes : Math.max(0, swapBytes - memoryBytes);
  return ordered(version, currentLimit !== null && memoryBytes > currentLimit, { file: f.limit, value: String(memoryBytes) }, { file: f.swap, value: String(swap) });
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

// src/build/cgroup-binding.ts
function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function apply(dir, writes) {
  for (const w of writes) writeFileSync(join2(dir, w.file), w.value);
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
  const limitText = read(join2(path, files.limit));
  if (limitText === null) {
    if (created) rmdirSync(path);
    throw new Error(`${join2(path, files.limit)} cannot be read`);
  }
  const swapText = read(join2(path, files.swap));
  const saved = { limit: restoreValue(version, limitText), swap: swapText === null ? null : restoreValue(version, swapText) };
  const restore = () => {
    apply(path, restoreWrites(version, saved, memoryBytes));
    if (created) {
      try {
        rmdirSync(path);
      } catch {
      }
    }
  };
  try {
    apply(path, limitWrites(version, memoryBytes, swapBytes, parseMemoryLimit(limitText)).filter((w) => w.file !== files.swap || swapText !== null));
  } catch (e) {
    try {
      restore();
    } catch {
    }
    throw new Error(`cannot write ${join2(path, files.limit)} (${e.code ?? e.message})`);
  }
  const back = parseCounter(read(join2(path, files.limit)) ?? "");
  if (back !== memoryBytes) {
    restore();
    throw new Error(`${join2(path, files.limit)} reads back ${back === null ? "nothing" : formatSize(back)} after writing ${formatSize(memoryBytes)}`);
  }
  if (version === 1) {
    try {
      writeFileSync(join2(path, files.peak), "0");
    } catch {
    }
  }
  return { path, version, swapUnbound: swapText === null, restore };
}
var MAX_SAMPLES = 600;
function watchCgroup(path, version, intervalMs = 500) {
  const files = cgroupFiles(version);
  const start = Date.now();
  const oomBefore = version === 2 ? parseOomKills(read(join2(path, files.events)) ?? "") : null;
  let samples = [];
  let every = 1;
  let tick = 0;
  const sample = () => {
    if (tick++ % every !== 0) return;
    const bytes = parseCounter(read(join2(path, files.usage)) ?? "");
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
      const peakFile = join2(path, files.peak);
      const peakBytes = parseCounter(read(peakFile) ?? "");
      const oomAfter = version === 2 ? parseOomKills(read(join2(path, files.events)) ?? "") : null;
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
            rmdirSync(join2(path, child.name));
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
    const logPath = join3(options.logDir, `docker-memory-build-${startedAt.getTime()}-${process.pid}.log`);
    writeFileSync2(logPath, "", { mode: 384 });
    if (request.secrets.length > 0) secretsDir = mkdtempSync(join3(tmpdir(), "docker-memory-secrets-"));
    const secretFiles = request.secrets.map((s) => {
      const path = join3(secretsDir, s.id);
      writeFileSync2(path, s.value, { mode: 384 });
      return { id: s.id, path };
    });
    const parent = choice.enforcement === "legacy" ? legacyCgroupParent(facts, `${process.pid}-${startedAt.getTime()}`) : null;
    legacyParentPath = parent?.path ?? null;
    const command = buildCommand(request, choice, secretFiles, parent?.name ?? null);
    describe(choice, binding, reporter);
    const container = choice.builder && choice.enforcement === "builder" ? await inspectBuilder(choice.builder.name) : null;
    const watchPath = binding ? { path: binding.path, version: binding.version } : parent ? { path: parent.path, version: parent.version } : container && choice.builder ? await locateContainerCgroup(builderContainerName(choice.builder.name), facts) : null;
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
    const undo = async (what, step) => {
      try {
        await step();
      } catch (error) {
        reporter.warning(`could not ${what}: ${error.message}`);
      }
    };
    await undo("restore the BuildKit cgroup limit", () => binding?.restore());
    await undo("remove the build secrets", () => secretsDir && rmSync(secretsDir, { recursive: true, force: true }));
    await undo("remove the build cgroup", async () => {
      if (legacyParentPath && !await removeOurCgroup(legacyParentPath)) reporter.warning(`${legacyParentPath} could not be removed: a step container is still in it`);
    });
    await undo("remove the builder", () => !finished && createdBuilder && removeNow(createdBuilder));
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
  dockerfilePath,
  wantsBuild,
  parseBuildRequest,
  limitFromPlan,
  buildOutputs,
  buildResultLines,
  removeBuilderCommand,
  runBuild
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parallelismNote,
  readBuilderParallelism
} from "./chunk-PR35LE5L.mjs";
import {
  limitFromPlan
} from "./chunk-YFFWD4CL.mjs";
import {
  createNewFile,
  ensureWritableDirectory
} from "./chunk-FKLHXMXM.mjs";
import {
  cgroupFiles,
  containerCgroup,
  limitWrites,
  parseOomKills,
  restoreValue,
  restoreWrites
} from "./chunk-4AYTXUTK.mjs";
import {
  commandLine,
  stepCgroupParent,
  stepMemoryFiles
} from "./chunk-BGOEDO4T.mjs";
import {
  buildkitCgroupPath,
  chooseMechanism,
  legacyCgroupParent
} from "./chunk-UT3EMDMA.mjs";
import {
  buildkitdConfig
} from "./chunk-EDRH2X7U.mjs";
import {
  bindBuilder,
  buildHolder,
  describeLimits,
  parseBuildxInspect,
  parseBuildxLs,
  releaseBuilder
} from "./chunk-N2JQBVX2.mjs";
import {
  BindError
} from "./chunk-YQGGITQ5.mjs";
import {
  inspectContainerCommand,
  parseContainerState,
  parseDockerInfo
} from "./chunk-NNJ4BVTD.mjs";
import {
  parseCounter,
  parseMemoryLimit
} from "./chunk-RBEQHDNP.mjs";
import {
  buildCommand,
  builderContainerName,
  buildxConfigFlag,
  captureDocker,
  createBuilderCommand,
  firstLine,
  lastLine,
  removeBuilder,
  streamDocker
} from "./chunk-XAGP5UWU.mjs";
import {
  trapCancellation
} from "./chunk-KAXZBJJY.mjs";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  writeFileSync,
  writeSync
} from "./chunk-SOOFRGCY.mjs";
import {
  atLeast,
  parseBuildxVersion,
  parseDockerVersion,
  parseEngineName
} from "./chunk-NBHFA7NI.mjs";
import {
  EngineError,
  InputError,
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/build/run-build.ts
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/core/build/image.ts
function imageResult(iidText, metadataText) {
  const metadata = parseBuildMetadata(metadataText);
  const digest = metadata?.["containerimage.digest"];
  return {
    digest: typeof digest === "string" ? digest : "",
    imageid: iidText?.trim() ?? "",
    metadata: metadata === null ? "" : JSON.stringify(metadata, null, 2)
  };
}
function parseBuildMetadata(text) {
  if (text === null || text.trim() === "" || text.trim() === "null") return null;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error("the build metadata file is not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("the build metadata file is not a JSON object");
  return parsed;
}
function imageResultLines(image) {
  return [image.imageid && `image ID ${image.imageid}`, image.digest && `digest ${image.digest}`].filter((l) => l !== "");
}

// src/probes/build-facts.ts
import { hostname } from "node:os";
async function probeBuildFacts() {
  const version = await captureDocker(["version", "--format", "{{json .}}"], { timeoutMs: 2e4 });
  if (version.spawnError) throw new EngineError(`cannot build: ${version.spawnError}`);
  let versions;
  try {
    versions = parseDockerVersion(version.stdout);
  } catch (e) {
    throw new EngineError(`cannot build: ${e.message} (${firstLine(version.stderr)})`);
  }
  if (versions.server === null)
    throw new EngineError(`cannot build: no Docker engine answers (${firstLine(version.stderr) || "docker version has no Server part"})`);
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

// src/enforce/cgroup-binding.ts
import { dirname, join } from "node:path";
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
function makeCgroup(path) {
  if (existsSync(path)) return [];
  let first;
  try {
    first = mkdirSync(path, { recursive: true });
  } catch (e) {
    throw new Error(`${path} does not exist and cannot be created (${e.code ?? e.message})`, { cause: e });
  }
  if (first === void 0) return [];
  const made = [path];
  for (let dir = path; dir !== first && dirname(dir) !== dir; ) {
    dir = dirname(dir);
    made.push(dir);
  }
  return made;
}
function removeMade(made) {
  for (const dir of made) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}
function bindCgroup(path, version, memoryBytes, swapBytes) {
  const files = cgroupFiles(version);
  const made = makeCgroup(path);
  const limitText = read(join(path, files.limit));
  if (limitText === null) {
    removeMade(made);
    throw new Error(`${join(path, files.limit)} cannot be read`);
  }
  const swapText = read(join(path, files.swap));
  const saved = { limit: restoreValue(version, limitText), swap: swapText === null ? null : restoreValue(version, swapText) };
  const restore = () => {
    apply(path, restoreWrites(version, saved, memoryBytes));
    removeMade(made);
  };
  try {
    apply(
      path,
      limitWrites(version, memoryBytes, swapBytes, parseMemoryLimit(limitText)).filter((w) => w.file !== files.swap || swapText !== null)
    );
  } catch (e) {
    try {
      restore();
    } catch {
    }
    throw new Error(`cannot write ${join(path, files.limit)} (${e.code ?? e.message})`, { cause: e });
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
function watchCgroup(path, version, intervalMs = 500, onTick) {
  const files = cgroupFiles(version);
  const start = Date.now();
  const oomBefore = version === 2 ? parseOomKills(read(join(path, files.events)) ?? "") : null;
  let samples = [];
  let every = 1;
  let tick = 0;
  const sample = () => {
    onTick?.();
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

// src/build/undo.ts
var UndoList = class {
  steps = [];
  onExit = [];
  push(what, step) {
    this.steps.push({ what, step });
  }
  /** A synchronous undo that must happen even if the process dies first. */
  pushSync(what, step) {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      step();
    };
    process.once("exit", once);
    this.onExit.push(() => process.off("exit", once));
    this.push(what, once);
  }
  /** Each undo on its own: one that fails must not keep the others from running. */
  async run(warn) {
    for (let s = this.steps.pop(); s !== void 0; s = this.steps.pop()) {
      try {
        await s.step();
      } catch (error) {
        warn(`could not ${s.what}: ${error.message}`);
      }
    }
    for (const off of this.onExit.splice(0)) off();
  }
};

// src/enforce/step-cgroups.ts
import { join as join2 } from "node:path";
function read2(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
var RUNC = /^(?:runc|\/proc\/self\/exe) init\b/;
function watchStepCgroups(parent, version, procRoot = "/proc") {
  const files = stepMemoryFiles(version);
  const byId = /* @__PURE__ */ new Map();
  let listed = false;
  const commandOf = (dir) => {
    const pids = (read2(join2(dir, "cgroup.procs")) ?? "").split("\n").map(Number).filter((p) => Number.isSafeInteger(p) && p > 0).sort((a, b) => a - b);
    for (const pid of pids.slice(0, 4)) {
      const cmd = commandLine(read2(join2(procRoot, String(pid), "cmdline")) ?? "");
      if (cmd !== null && !RUNC.test(cmd)) return cmd;
    }
    return null;
  };
  return {
    tick(nowMs = Date.now()) {
      let names;
      try {
        names = readdirSync(parent, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
        listed = true;
      } catch {
        return;
      }
      for (const id of names) {
        const dir = join2(parent, id);
        const bytes = parseCounter(read2(join2(dir, files.peak)) ?? "") ?? parseCounter(read2(join2(dir, files.usage)) ?? "");
        if (bytes === null) continue;
        const known = byId.get(id);
        if (known) {
          known.lastMs = nowMs;
          known.peakBytes = Math.max(known.peakBytes, bytes);
          known.command ??= commandOf(dir);
        } else byId.set(id, { id, firstMs: nowMs, lastMs: nowMs, peakBytes: bytes, command: commandOf(dir) });
      }
    },
    seen: () => [...byId.values()].map((c) => ({ ...c })),
    visible: () => listed
  };
}

// src/build/run-build.ts
async function prepareBuild(request, plan) {
  const limit = limitFromPlan(plan, request);
  const missing = request.secretFiles.find((s) => !existsSync(s.source));
  if (missing) throw new InputError(`secret-files ${missing.id}: ${missing.source} does not exist`);
  const facts = await probeBuildFacts();
  return { request, limit, facts, choice: chooseMechanism(facts, request, limit) };
}
async function runBuild(prepared, options) {
  const { cancel, release } = trapCancellation();
  const undo = new UndoList();
  const { reporter } = options;
  const own = { name: null };
  undo.push("remove the builder", async () => {
    if (own.name === null) return;
    const failed = await removeBuilder(own.name);
    if (failed !== null) throw new Error(`${own.name}: ${failed}`);
    reporter.info(`removed builder ${own.name}`);
  });
  try {
    const { facts } = prepared;
    reporter.info(
      `docker ${facts.clientVersion} (engine ${facts.serverVersion}), buildx ${facts.buildxVersion ?? "absent"}, cgroup v${facts.cgroupVersion ?? "?"} ${facts.cgroupDriver ?? ""}`.trim()
    );
    const inPlace = await setUpMechanism(prepared, own, undo, reporter, cancel);
    await noteParallelism(inPlace.choice, prepared.limit, reporter);
    if (cancel.aborted) throw new Error(`cancelled (${String(cancel.reason)}) before the build started; nothing it set up is left`);
    const evidence = await runDocker(prepared, inPlace, undo, options, cancel);
    const outcome = await outcomeOf(prepared, inPlace, evidence);
    const createdBuilder = options.keepCreatedBuilder && !evidence.streamed.cancelledBy ? own.name : null;
    if (createdBuilder !== null) own.name = null;
    return { outcome, createdBuilder, problem: await problemOf(inPlace, evidence, own.name ?? createdBuilder), image: evidence.image };
  } finally {
    await undo.run((m) => reporter.warning(m));
    release();
  }
}
async function noteParallelism(choice, limit, reporter) {
  const b = choice.builder;
  if (!b || b.create || b.driver !== "docker-container" || limit.maxParallelism == null) return;
  const note = parallelismNote(b.name, await readBuilderParallelism(builderContainerName(b.name)), limit.maxParallelism);
  if (note) reporter.warning(note.message);
}
async function setUpMechanism(prepared, own, undo, reporter, cancel) {
  const { facts, request, limit } = prepared;
  let choice = prepared.choice;
  const again = (why) => {
    facts.unavailable[choice.enforcement] = why;
    choice = chooseMechanism(facts, request, limit);
  };
  for (; ; ) {
    if (cancel.aborted) return { choice, binding: null };
    if (choice.enforcement === "cgroup") {
      try {
        const binding = bindCgroup(choice.cgroup.path, choice.cgroup.version, limit.memoryBytes, limit.swapBytes);
        undo.push("restore the BuildKit cgroup limit", () => binding.restore());
        return { choice, binding };
      } catch (e) {
        again(e.message);
        continue;
      }
    }
    if (choice.enforcement === "builder" && choice.inPlace) {
      const failed = await bindInPlace(choice.builder.name, limit, undo, reporter, cancel);
      if (failed !== null) {
        again(failed);
        continue;
      }
    }
    if ((choice.enforcement === "builder" || choice.enforcement === "kubernetes") && choice.builder.create) {
      const name = choice.builder.name;
      const made = await ensureBuilder(choice.builder, limit, facts, reporter, cancel);
      if (made.created) own.name = name;
      if (made.failed) {
        again(made.failed);
        continue;
      }
      const container = choice.enforcement === "builder" ? await inspectBuilder(name) : null;
      if (container && container.memoryBytes !== limit.memoryBytes) {
        if (own.name !== null) own.name = await removeNow(own.name);
        const has = container.memoryBytes === 0 ? "no memory limit" : `a memory limit of ${formatSize(container.memoryBytes)}`;
        again(`the container of builder ${name} has ${has}, not ${formatSize(limit.memoryBytes)}`);
        continue;
      }
      if (container) reporter.info(`builder container ${builderContainerName(name)} has a memory limit of ${formatSize(limit.memoryBytes)}`);
    }
    return { choice, binding: null };
  }
}
async function bindInPlace(name, limit, undo, reporter, cancel) {
  let intent = null;
  try {
    const r = await bindBuilder(name, { memoryBytes: limit.memoryBytes, memorySwapBytes: limit.swapBytes }, buildHolder(), {
      cancel,
      onIntent: (saved) => intent = saved
    });
    if (r.bound === null) return r.reason;
    const bound = r.bound;
    undo.push(`give builder ${name} its limit back`, async () => reporter.info(await releaseBuilder(bound, false)));
    reporter.info(
      `builder ${name} bound by docker update of its container ${bound.container} (one limit for all its build steps together): ${describeLimits(bound.limits)}, was ${describeLimits(bound.before)}; given back after the build`
    );
    if (bound.note) reporter.info(bound.note);
    if (bound.warning) reporter.warning(bound.warning);
    return null;
  } catch (error) {
    if (!(error instanceof BindError)) throw error;
    const left = intent;
    if (error.changed && left) undo.push(`give builder ${name} its limit back`, async () => reporter.info(await releaseBuilder(left, false)));
    return error.message;
  }
}
async function runDocker(prepared, inPlace, undo, options, cancel) {
  const { request, facts } = prepared;
  const { choice, binding } = inPlace;
  const { reporter } = options;
  const startedAt = /* @__PURE__ */ new Date();
  const logPath = createLog(options.logDir, startedAt);
  const secretFiles = writeSecrets(request, undo);
  const parent = choice.enforcement === "legacy" && request.cgroupParent === null ? legacyCgroupParent(facts, `${process.pid}-${startedAt.getTime()}`) : null;
  if (parent) {
    undo.push("remove the build cgroup", async () => {
      if (!await removeOurCgroup(parent.path)) reporter.warning(`${parent.path} could not be removed: a step container is still in it`);
    });
  }
  const results = resultFiles(facts, undo);
  const command = buildCommand(request, choice, secretFiles, parent?.name ?? null, results);
  describe(choice, binding, reporter);
  const builderName = choice.enforcement === "builder" ? choice.builder.name : null;
  const container = builderName ? await inspectBuilder(builderName) : null;
  const watchPath = binding ? { path: binding.path, version: binding.version } : parent ? { path: parent.path, version: parent.version } : container ? containerCgroup(container, facts) : null;
  const stepParent = watchPath ? container && !binding && !parent ? stepCgroupParent(watchPath.path) : watchPath.path : null;
  const steps = stepParent && watchPath ? watchStepCgroups(stepParent, watchPath.version) : null;
  const watch = watchPath ? watchCgroup(watchPath.path, watchPath.version, 500, steps ? () => steps.tick() : void 0) : null;
  reporter.startLog(`docker ${command.args.slice(0, 2).join(" ")} (${choice.enforcement})`);
  reporter.info(
    `${Object.entries(command.env).map(([k, v]) => `${k}=${v} `).join("")}docker ${command.args.join(" ")}`
  );
  let streamed;
  try {
    streamed = await streamDocker(command.args, { env: command.env, logPath, onLine: (l) => reporter.logLine(l), cancel });
  } finally {
    reporter.endLog();
    if (watch) undo.push("stop watching the build cgroup", () => watch.stop());
  }
  const watched = watch ? watch.stop() : { peakBytes: null, peakSource: null, oomKills: null, samples: [] };
  const after = builderName ? await inspectBuilder(builderName) : null;
  return { streamed, startedAt, logPath, watched, after, image: readImageResult(results, reporter), stepCgroups: stepCgroupsSeen(stepParent, steps, watchPath) };
}
function stepCgroupsSeen(parent, steps, builder) {
  if (parent === null || steps === null) return { unseen: "the build's cgroup is not on this host, so its steps' cgroups cannot be read" };
  if (!steps.visible() && !existsSync(builder?.path ?? parent)) return { unseen: `${parent} could not be read from here` };
  return { parent, cgroups: steps.seen() };
}
function resultFiles(facts, undo) {
  const dir = mkdtempSync(join3(tmpdir(), "docker-memory-result-"));
  undo.pushSync("remove the build result files", () => rmSync(dir, { recursive: true, force: true }));
  return { iid: join3(dir, "iid"), metadata: atLeast(facts.buildxVersion, "0.6.0") ? join3(dir, "metadata.json") : null };
}
function readImageResult(files, reporter) {
  const read3 = (path) => path !== null && existsSync(path) ? readFileSync(path, "utf8") : null;
  try {
    return imageResult(read3(files.iid), read3(files.metadata));
  } catch (e) {
    reporter.warning(`${e.message}: the digest and metadata outputs are empty`);
    return imageResult(read3(files.iid), null);
  }
}
function createLog(logDir, startedAt) {
  ensureWritableDirectory(logDir, "the log directory");
  const logPath = join3(logDir, `docker-memory-build-${startedAt.getTime()}-${process.pid}.log`);
  createNewFile(logPath);
  return logPath;
}
function writeSecrets(request, undo) {
  if (request.secrets.length === 0) return [];
  const dir = mkdtempSync(join3(tmpdir(), "docker-memory-secrets-"));
  undo.pushSync("remove the build secrets", () => rmSync(dir, { recursive: true, force: true }));
  return request.secrets.map((s) => {
    const path = join3(dir, s.id);
    const fd = openSync(path, "wx", 384);
    try {
      writeSync(fd, s.value);
    } finally {
      closeSync(fd);
    }
    return { id: s.id, path };
  });
}
async function outcomeOf(prepared, inPlace, evidence) {
  const { request } = prepared;
  const { choice } = inPlace;
  const { streamed, watched, after } = evidence;
  return {
    enforcement: choice.enforcement,
    enforcementReason: choice.reason,
    limitBytes: choice.enforcement === "none" ? null : choice.memoryBytes,
    swapLimitBytes: choice.enforcement === "none" ? null : choice.swapBytes,
    limitScope: choice.scope,
    exitCode: streamed.cancelledBy ? null : streamed.code,
    signal: streamed.cancelledBy ?? streamed.signal,
    cancelled: streamed.cancelledBy !== null,
    startedAt: evidence.startedAt.toISOString(),
    durationMs: Date.now() - evidence.startedAt.getTime(),
    logPath: evidence.logPath,
    logFormat: choice.invocation === "legacy" ? "legacy" : "plain",
    dockerfile: request.file,
    context: request.context,
    peakBytes: watched.peakBytes,
    peakSource: watched.peakSource,
    builderName: choice.builder?.name ?? null,
    builderOomKilled: after ? after.oomKilled : null,
    oomKills: watched.oomKills,
    memorySamples: watched.samples,
    stepCgroups: evidence.stepCgroups
  };
}
async function problemOf(inPlace, evidence, removedBuilder) {
  const { streamed, after } = evidence;
  if (streamed.cancelledBy)
    return `the build was cancelled (${streamed.cancelledBy}); docker was stopped${removedBuilder ? ` and builder ${removedBuilder} is removed` : ""}`;
  if (streamed.code !== 0 && !await engineAnswers()) return "the Docker engine stopped answering during the build; the build did not finish";
  if (after?.oomKilled) {
    const size = inPlace.choice.enforcement === "none" ? "" : `${formatSize(inPlace.choice.memoryBytes)} `;
    return `the BuildKit daemon of builder ${inPlace.choice.builder?.name} was OOM-killed: ${size}does not hold the daemon and the build together`;
  }
  return null;
}
async function ensureBuilder(builder, limit, facts, reporter, cancel) {
  if (facts.builders.some((b) => b.name === builder.name)) {
    reporter.info(`reusing builder ${builder.name}`);
    return { created: false, failed: null };
  }
  const dir = limit.maxParallelism != null && builder.driver !== "kubernetes" ? mkdtempSync(join3(tmpdir(), "docker-memory-buildkitd-")) : null;
  let r;
  try {
    const config = dir === null ? null : { path: join3(dir, "buildkitd.toml"), flag: buildxConfigFlag(facts.buildxVersion) };
    if (config) writeFileSync(config.path, buildkitdConfig(limit.maxParallelism), { flag: "wx", mode: 420 });
    const create = createBuilderCommand(builder.name, builder.driver, limit, config);
    reporter.info(`docker ${create.args.join(" ")}${config ? ` (${config.path}: max-parallelism = ${limit.maxParallelism})` : ""}`);
    r = await captureDocker(create.args, { env: create.env, timeoutMs: 3e5, cancel });
  } finally {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  }
  if (r.code === 0) return { created: true, failed: null };
  await removeNow(builder.name);
  return { created: false, failed: `docker buildx create failed: ${lastLine(r.stderr || r.stdout) || (cancel.aborted ? "cancelled" : `exit code ${r.code}`)}` };
}
async function removeNow(name) {
  await removeBuilder(name);
  return null;
}
async function inspectBuilder(name) {
  const r = await captureDocker(inspectContainerCommand(builderContainerName(name)).args, { timeoutMs: 2e4 });
  if (r.code !== 0) return null;
  try {
    return parseContainerState(r.stdout);
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
  const size = formatSize(choice.memoryBytes);
  const swap = choice.swapBytes === null ? "" : `, memory+swap ${formatSize(choice.swapBytes)}`;
  reporter.info(
    `memory limit ${size}${swap} enforced by ${choice.enforcement} (${choice.scope === "step" ? "each RUN step on its own" : "all steps together"}): ${choice.reason}`
  );
  if (binding?.swapUnbound) reporter.warning(`${binding.path} has no swap accounting: the build may swap beyond ${size}.`);
  for (const w of choice.warnings) reporter.warning(w);
}

export {
  imageResultLines,
  prepareBuild,
  runBuild
};

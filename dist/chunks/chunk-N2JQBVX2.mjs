import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BindError,
  EngineCalls,
  pause
} from "./chunk-YQGGITQ5.mjs";
import {
  ContainerParseError,
  inspectContainerCommand,
  limitsOf,
  parseContainerState,
  parseDockerInfo,
  restoreCommands,
  updateLimitCommand
} from "./chunk-NNJ4BVTD.mjs";
import {
  firstLine,
  lastLine
} from "./chunk-XAGP5UWU.mjs";
import {
  readFileSync
} from "./chunk-SOOFRGCY.mjs";
import {
  init_node_crypto,
  randomBytes
} from "./chunk-T2CBXCPV.mjs";
import {
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/bind/bind-builder.ts
import { hostname as hostname3 } from "node:os";
import { join } from "node:path";

// src/core/bind/buildx-store.ts
function buildxConfigDir(env) {
  if (env.BUILDX_CONFIG) return env.BUILDX_CONFIG;
  if (env.DOCKER_CONFIG) return `${env.DOCKER_CONFIG}/buildx`;
  return env.HOME ? `${env.HOME.replace(/\/+$/, "")}/.docker/buildx` : null;
}
function currentBuilderName(env, currentJson, key) {
  if (env.BUILDX_BUILDER) return env.BUILDX_BUILDER;
  if (currentJson === null) return null;
  try {
    const c = JSON.parse(currentJson);
    if (typeof c?.Name !== "string" || c.Name === "") return null;
    return c.Key === key || c.Global === true ? c.Name : null;
  } catch {
    return null;
  }
}
function isStoreName(name) {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name);
}
function storedBuilder(instanceJson, key, current) {
  let raw;
  try {
    raw = JSON.parse(instanceJson);
  } catch {
    return null;
  }
  const nodes = Array.isArray(raw?.Nodes) ? raw.Nodes : [];
  const node = nodes[0];
  if (typeof raw?.Name !== "string" || raw.Driver !== "docker-container" || nodes.length !== 1 || typeof node?.Name !== "string") return null;
  if (node.Endpoint !== key) return null;
  const opts = node.DriverOpts !== null && typeof node.DriverOpts === "object" ? node.DriverOpts : {};
  return { name: raw.Name, driver: "docker-container", current, nodes: [{ name: node.Name, status: "unknown", buildkitVersion: null, driverOpts: opts }] };
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

// src/core/bind/builder-bindings.ts
function builderTarget(builders, name) {
  const b = name === null ? builders.find((x) => x.current) : builders.find((x) => x.name === name);
  if (!b)
    return {
      bindable: false,
      builder: name,
      fallback: name === null,
      reason: name === null ? "buildx names no current builder" : `buildx has no builder named ${name}`
    };
  if (b.driver === "docker")
    return {
      bindable: false,
      builder: b.name,
      fallback: true,
      reason: `builder ${b.name} is the engine's own BuildKit (docker driver), which has no container of its own to update`
    };
  if (b.driver !== "docker-container")
    return {
      bindable: false,
      builder: b.name,
      fallback: false,
      reason: `builder ${b.name} uses the ${b.driver} driver, whose BuildKit runs outside this engine; set its limit where it is created (kubernetes: --driver-opt limits.memory)`
    };
  const node = b.nodes[0];
  if (!node) return { bindable: false, builder: b.name, fallback: false, reason: `builder ${b.name} has no node` };
  return { bindable: true, builder: b.name, node: node.name, container: `buildx_buildkit_${node.name}`, running: node.status === "running" };
}
function bootstrapCommand(builder) {
  return { args: ["buildx", "inspect", "--bootstrap", builder], env: {} };
}
var L = "io.docker-memory.binding";
function recordVolumeName(containerId, job) {
  return `docker-memory-binding-${containerId.slice(0, 12)}-${hash(job)}`;
}
function createRecordCommand(r) {
  const labels = {
    [L]: r.containerId,
    [`${L}.job`]: r.job,
    [`${L}.host`]: r.host,
    [`${L}.pid`]: String(r.pid),
    [`${L}.expires`]: String(r.expires),
    [`${L}.memory`]: String(r.limits.memoryBytes),
    [`${L}.memory-swap`]: String(r.limits.memorySwapBytes),
    [`${L}.original-memory`]: String(r.original.memoryBytes),
    [`${L}.original-memory-swap`]: String(r.original.memorySwapBytes)
  };
  return {
    args: ["volume", "create", ...Object.entries(labels).flatMap(([k, v]) => ["--label", `${k}=${v}`]), recordVolumeName(r.containerId, r.job)],
    env: {}
  };
}
function listRecordsCommand(containerId) {
  return { args: ["volume", "ls", "--quiet", "--filter", `label=${L}=${containerId}`], env: {} };
}
function inspectRecordsCommand(volumes) {
  return { args: ["volume", "inspect", ...volumes], env: {} };
}
function removeRecordCommand(volume) {
  return { args: ["volume", "rm", volume], env: {} };
}
function parseRecords(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error("docker volume inspect did not print JSON");
  }
  const out = [];
  for (const v of Array.isArray(raw) ? raw : []) {
    const l = v.Labels ?? {};
    const n = (k) => Number(l[`${L}.${k}`]);
    const nums = [n("pid"), n("memory"), n("memory-swap"), n("original-memory"), n("original-memory-swap")];
    if (!v.Name || !l[L] || !l[`${L}.job`] || nums.some((x) => !Number.isFinite(x))) continue;
    out.push({
      volume: v.Name,
      containerId: l[L],
      job: l[`${L}.job`],
      host: l[`${L}.host`] ?? "",
      pid: nums[0],
      // A record of an older version has no expiry: its pid alone says whether it holds.
      expires: Number(l[`${L}.expires`] ?? 0) || 0,
      limits: { memoryBytes: nums[1], memorySwapBytes: nums[2] },
      original: { memoryBytes: nums[3], memorySwapBytes: nums[4] }
    });
  }
  return out;
}
function isStale(r, now, host, alive) {
  if (r.host === host && alive(r.pid)) return false;
  return now > r.expires;
}
function decideBind(current, wanted, others, options) {
  const original = others[0]?.original ?? options.staleOriginal ?? current;
  const ownLimit = original.memoryBytes > 0 && (options.engineMemory <= 0 || original.memoryBytes < options.engineMemory);
  let own = wanted;
  let warning = null;
  if (ownLimit && original.memoryBytes < wanted.memoryBytes) {
    if (options.mode === "lower") {
      own = original;
      warning = `builder ${options.builder} keeps its own limit of ${formatSize(original.memoryBytes)}, lower than the ${formatSize(wanted.memoryBytes)} planned: a limit set on the builder is never raised (builder-limit: replace raises it)`;
    } else {
      warning = `builder ${options.builder} had its own limit of ${formatSize(original.memoryBytes)}; replaced by the ${formatSize(wanted.memoryBytes)} planned (builder-limit: replace), given back at the end`;
    }
  }
  const highest = [...others].sort((a, b) => b.limits.memoryBytes - a.limits.memoryBytes)[0];
  const target = highest && highest.limits.memoryBytes > own.memoryBytes ? highest.limits : own;
  const note = highest && highest.limits.memoryBytes > own.memoryBytes ? `job ${highest.job} (on ${highest.host}) bound this builder to ${formatSize(highest.limits.memoryBytes)} and is still running; not lowering it to ${formatSize(own.memoryBytes)}, so this job's builds share that limit` : null;
  return { original, own, target, update: !sameLimits(current, target), warning, note };
}
function decideRestore(current, original, others) {
  const highest = [...others].sort((a, b) => b.limits.memoryBytes - a.limits.memoryBytes)[0];
  if (!highest) return { kind: "restore", to: original };
  return { kind: "leave", to: highest.limits, by: highest, update: !sameLimits(current, highest.limits) };
}
function sameLimits(a, b) {
  return a.memoryBytes === b.memoryBytes && a.memorySwapBytes === b.memorySwapBytes;
}
function hash(text) {
  let h = 2166136261;
  for (const ch of Buffer.from(text, "utf8")) {
    h ^= ch;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

// src/core/bind/engine-lock.ts
var L2 = "io.docker-memory.lock";
function lockName(containerId) {
  return `docker-memory-lock-${containerId.slice(0, 12)}`;
}
function createLockCommand(containerId, image, holder) {
  const labels = {
    [L2]: containerId,
    [`${L2}.host`]: holder.host,
    [`${L2}.pid`]: String(holder.pid),
    [`${L2}.token`]: holder.token,
    [`${L2}.expires`]: String(holder.expires)
  };
  return {
    args: ["create", "--name", lockName(containerId), "--network", "none", ...Object.entries(labels).flatMap(([k, v]) => ["--label", `${k}=${v}`]), image],
    env: {}
  };
}
function inspectLockCommand(containerId) {
  return { args: ["inspect", "--type", "container", "--format", "{{json .}}", lockName(containerId)], env: {} };
}
function removeLockCommand(lockId) {
  return { args: ["rm", lockId], env: {} };
}
function isNameConflict(stderr) {
  return /Conflict|already in use/i.test(stderr);
}
function isNoSuchContainer(stderr) {
  return /No such (container|object)/i.test(stderr);
}
function parseLock(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const l = raw?.Config?.Labels ?? {};
  const pid = Number(l[`${L2}.pid`]);
  const expires = Number(l[`${L2}.expires`]);
  if (typeof raw?.Id !== "string" || !l[L2] || !Number.isFinite(pid) || !Number.isFinite(expires)) return null;
  return { id: raw.Id, host: l[`${L2}.host`] ?? "", pid, token: l[`${L2}.token`] ?? "", expires };
}
function isLockStale(lock, now, host, alive) {
  if (lock.host === host && !alive(lock.pid)) return true;
  return now > lock.expires;
}

// src/bind/engine-lock.ts
init_node_crypto();
import { hostname as hostname2 } from "node:os";

// src/bind/holder.ts
import { hostname } from "node:os";
var HOLD_MS = 6 * 60 * 60 * 1e3;
function processAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function ciJobId(env) {
  const join2 = (...parts) => parts.map((p) => p || "-").join("/");
  if (env.GITHUB_RUN_ID) return join2("github", env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.RUNNER_NAME);
  if (env.CI_JOB_ID) return join2("gitlab", env.CI_JOB_ID, env.CI_RUNNER_ID);
  if (env.BUILDKITE_JOB_ID) return join2("buildkite", env.BUILDKITE_JOB_ID, env.BUILDKITE_AGENT_NAME);
  if (env.BUILD_TAG) return join2("jenkins", env.BUILD_TAG, env.NODE_NAME);
  return null;
}
function cliHolder(env, now = Date.now()) {
  const pid = jobProcess(process.ppid, readProc);
  return { job: ciJobId(env) ?? `cli/${hostname()}/${pid}`, host: hostname(), pid, expires: now + HOLD_MS };
}
function buildHolder(now = Date.now()) {
  return { job: `build/${hostname()}/${process.pid}`, host: hostname(), pid: process.pid, expires: now + HOLD_MS };
}
var WRAPPER = /^(node|nodejs|npm|npx|yarn|pnpm|corepack|env|sudo|doas|timeout|nice|nohup|time|tini)\b/;
var PACKAGE_RUNNER = /^(npm|npx|yarn|pnpm|corepack)\b/;
function jobProcess(pid, read) {
  let current = pid;
  for (let depth = 0; depth < 16; depth++) {
    const info = read(current);
    if (!info || info.ppid <= 1) return current;
    const parent = read(info.ppid);
    const wrapper = WRAPPER.test(info.comm);
    const shellOfWrapper = /^(sh|dash|bash)$/.test(info.comm) && parent !== null && PACKAGE_RUNNER.test(parent.comm);
    if (!wrapper && !shellOfWrapper) return current;
    current = info.ppid;
  }
  return current;
}
function readProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const ppid = Number(stat.slice(close + 2).split(" ")[1]);
    return Number.isInteger(ppid) ? { comm, ppid } : null;
  } catch {
    return null;
  }
}

// src/bind/engine-lock.ts
var LOCK_EXPIRY_MS = 15 * 60 * 1e3;
async function takeLock(calls, containerId, image, builder, options = {}) {
  const waitMs = options.waitMs ?? 5 * 60 * 1e3;
  const started = Date.now();
  const holder = { host: hostname2(), pid: process.pid, token: randomBytes(6).toString("hex"), expires: 0 };
  let seen = null;
  for (let attempt = 0; ; attempt++) {
    calls.check(`while waiting for the lock on builder ${builder}; nothing was changed`);
    holder.expires = Date.now() + LOCK_EXPIRY_MS;
    const made = await calls.raw(createLockCommand(containerId, image, holder));
    if (made.code === 0) return { ...holder, id: made.stdout.trim() };
    if (made.spawnError) throw new BindError(`cannot lock builder ${builder}: ${made.spawnError}`);
    const conflict = isNameConflict(made.stderr);
    if (conflict && seen && attempt % 4 !== 0 && Date.now() < seen.expires && Date.now() - started <= waitMs) {
      await pause(backoff(attempt), calls.cancel);
      continue;
    }
    const found = await calls.raw(inspectLockCommand(containerId), { cancellable: false });
    const mine = found.code === 0 ? parseLock(found.stdout.trim()) : null;
    if (mine && mine.token === holder.token) {
      if (calls.cancel?.aborted) await calls.raw(removeLockCommand(mine.id), { cancellable: false });
      else return mine;
    }
    if (!conflict) {
      calls.check(`while taking the lock on builder ${builder}; nothing was changed`);
      throw new BindError(`cannot lock builder ${builder} (docker create ${lockName(containerId)}): ${explainFailure(made)}`);
    }
    if (found.code !== 0 && isNoSuchContainer(found.stderr)) continue;
    const lock = mine;
    if (lock === null && found.code === 0)
      throw new BindError(`cannot lock builder ${builder}: a container named ${lockName(containerId)} exists that docker-memory did not make; remove it`);
    if (lock && isLockStale(lock, Date.now(), hostname2(), processAlive)) {
      await calls.raw(removeLockCommand(lock.id));
      continue;
    }
    if (lock) seen = lock;
    if (Date.now() - started > waitMs) {
      const by = seen ? `process ${seen.pid} on ${seen.host}, until ${new Date(seen.expires).toISOString()}` : "another job";
      throw new BindError(`builder ${builder} stayed locked by ${by} for ${Math.round(waitMs / 1e3)} s; nothing was changed`);
    }
    await pause(backoff(attempt), calls.cancel);
  }
}
function backoff(attempt) {
  return Math.min(2e3, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random());
}
function explainFailure(r) {
  return lastLine(r.stderr) || r.spawnError || (r.timedOut ? "did not answer in time" : `exit code ${r.code}`);
}
async function giveBackLock(calls, lock, builder) {
  let last = "";
  for (let i = 0; i < 2; i++) {
    const r = await calls.raw(removeLockCommand(lock.id), { cancellable: i === 0 });
    if (r.code === 0 || isNoSuchContainer(r.stderr)) return null;
    last = lastLine(r.stderr) || r.spawnError || (r.timedOut ? "timed out" : `exit code ${r.code}`);
  }
  return `could not remove the lock on builder ${builder} (${last}); other jobs take it over once this process has ended`;
}

// src/bind/bind-builder.ts
async function bindBuilder(name, wanted, holder, options = {}) {
  const calls = new EngineCalls(options);
  const target = builderTarget(await unchanged(listBuilders(name, calls)), name);
  if (!target.bindable) return { bound: null, builder: target.builder, fallback: target.fallback, reason: target.reason };
  if (!target.running) await unchanged(calls.run(bootstrapCommand(target.builder), `cannot start builder ${target.builder}`, { timeoutMs: 3e5 }));
  const first = await unchanged(inspect(calls, target.container));
  if (!first.running) throw new BindError(`builder ${target.builder}'s container ${target.container} is not running after bootstrap; nothing was changed`);
  const lock = await unchanged(takeLock(calls, first.id, first.image, target.builder, options));
  const undo = new Undo(calls);
  let result;
  try {
    const state = await inspect(calls, target.container);
    const { live, stale } = await records(calls, state.id, null);
    const own = live.find((r) => r.job === holder.job) ?? null;
    const others = live.filter((r) => r !== own);
    const before = limitsOf(state);
    const decide = (engineMemory2) => decideBind(before, wanted, others, {
      // Binding twice in one job, or after a job that died bound it, keeps what the container had before.
      staleOriginal: own?.original ?? stale[0]?.original ?? null,
      mode: options.mode ?? "lower",
      engineMemory: engineMemory2,
      builder: target.builder
    });
    let decision = decide(0);
    if (decision.warning) decision = decide(await engineMemory(calls));
    const saved = {
      builder: target.builder,
      container: target.container,
      containerId: state.id,
      volume: recordVolumeName(state.id, holder.job),
      original: decision.original
    };
    calls.check("before the builder was changed; nothing was changed");
    options.onIntent?.(saved);
    if (own) {
      await calls.run(removeRecordCommand(own.volume), "cannot replace this job\u2019s binding record");
      undo.push(
        "this job\u2019s earlier binding record put back",
        () => calls.run(createRecordCommand(own), "cannot put back the binding record", { cancellable: false })
      );
    }
    undo.push("the binding record removed", () => removeRecordIfThere(calls, saved.volume, false));
    await calls.run(
      createRecordCommand({ ...holder, containerId: state.id, limits: decision.own, original: decision.original }),
      `cannot record the binding of ${target.container}`
    );
    let limits = before;
    if (decision.update) {
      undo.push(`builder ${target.builder} set back to ${describeLimits(before)}`, () => setLimits(calls, target.container, before));
      calls.check("before docker update");
      await calls.run(updateLimitCommand(target.container, decision.target), `cannot update builder container ${target.container}`);
      limits = limitsOf(await inspect(calls, target.container));
      if (!sameLimits(limits, decision.target)) {
        throw new BindError(
          `builder container ${target.container} reads back ${describeLimits(limits)} after docker update set ${describeLimits(decision.target)}`
        );
      }
    }
    calls.check(`after builder ${target.builder} was bound`);
    result = { ...saved, enforcement: "builder", limits, before, note: decision.note, warning: decision.warning };
  } catch (error) {
    throw await undo.failed(error);
  } finally {
    const left = await giveBackLock(calls, lock, target.builder);
    if (left) process.emitWarning(left);
  }
  return { bound: result };
}
async function releaseBuilder(saved, keepLimit, options = {}) {
  const calls = new EngineCalls(options);
  const found = await captureInspect(calls, saved.container);
  if (found === null || found.id !== saved.containerId) {
    await removeRecordIfThere(calls, saved.volume);
    return `builder ${saved.builder}'s container ${saved.container} is gone; nothing to give back`;
  }
  const lock = await takeLock(calls, found.id, found.image, saved.builder, options);
  try {
    const state = await inspect(calls, saved.container);
    const { live } = await records(calls, saved.containerId, saved.volume);
    const own = live.find((r) => r.volume === saved.volume) ?? null;
    const others = live.filter((r) => r !== own);
    const current = limitsOf(state);
    let message;
    const decision = decideRestore(current, own?.original ?? saved.original, others);
    calls.check(`before builder ${saved.builder} was given back its limit; release again`);
    if (keepLimit) {
      message = `kept the limit of builder ${saved.builder} (keep-limit)`;
    } else if (decision.kind === "leave") {
      if (decision.update) await setLimits(calls, saved.container, decision.to, true);
      message = `left builder ${saved.builder} at ${formatSize(decision.to.memoryBytes)} for job ${decision.by.job}, which still builds on it`;
    } else {
      const back = await setLimits(calls, saved.container, decision.to, true);
      message = `restored builder ${saved.builder} to ${describeLimits(back)}`;
    }
    if (own) await calls.run(removeRecordCommand(own.volume), "cannot remove this job\u2019s binding record");
    return message;
  } finally {
    const left = await giveBackLock(calls, lock, saved.builder);
    if (left) process.emitWarning(left);
  }
}
async function unchanged(step) {
  try {
    return await step;
  } catch (error) {
    if (error instanceof BindError && !(error instanceof NoBuildxError) && !/nothing was changed/.test(error.message))
      throw new BindError(`${error.message}; nothing was changed`);
    throw error;
  }
}
var Undo = class {
  constructor(calls) {
    this.calls = calls;
  }
  calls;
  steps = [];
  push(what, step) {
    this.steps.push({ what, step });
  }
  /** The error to throw: what failed, what was undone, and what could not be. */
  async failed(error) {
    if (!(error instanceof BindError) && !(error instanceof ContainerParseError)) {
      await this.runAll();
      return error;
    }
    const { done, failed } = await this.runAll();
    const parts = [error.message];
    if (done.length > 0) parts.push(`undone: ${done.join(", ")}`);
    if (failed.length > 0) parts.push(`NOT undone: ${failed.join("; ")} (release gives it back)`);
    if (done.length === 0 && failed.length === 0 && !/nothing was changed/.test(error.message)) parts.push("nothing was changed");
    return new BindError(parts.join("; "), failed.length > 0);
  }
  async runAll() {
    const done = [];
    const failed = [];
    for (let s = this.steps.pop(); s !== void 0; s = this.steps.pop()) {
      try {
        await s.step();
        done.push(s.what);
      } catch (e) {
        failed.push(`${s.what.replace(/ (removed|set back to .*|put back)$/, "")}: ${e.message}`);
      }
    }
    void this.calls;
    return { done, failed };
  }
};
async function setLimits(calls, container, to, cancellable = false) {
  const restore = restoreCommands(container, to, to.memoryBytes > 0 ? 0 : await engineMemory(calls));
  for (const c of restore.commands) await calls.run(c, `cannot set the limit of builder container ${container}`, { cancellable });
  const back = limitsOf(await inspect(calls, container, cancellable));
  if (!sameLimits(back, restore.expected)) {
    throw new BindError(`builder container ${container} reads back ${describeLimits(back)} after setting ${describeLimits(restore.expected)}`);
  }
  return back;
}
async function engineMemory(calls) {
  const info = await calls.run({ args: ["info", "--format", "{{json .}}"], env: {} }, "docker info failed", { cancellable: false });
  return parseDockerInfo(info).memTotalBytes ?? 0;
}
var NoBuildxError = class extends BindError {
};
async function listBuilders(name, calls) {
  const stored = await storedRunningBuilder(name, calls);
  if (stored !== null) return [stored];
  const ls = await calls.raw({ args: ["buildx", "ls", "--format", "json"], env: {} });
  if (ls.spawnError) throw new NoBuildxError(ls.spawnError);
  if (ls.code === 0) return parseBuildxLs(ls.stdout);
  if (/is not a docker command|unknown command/i.test(ls.stderr)) throw new NoBuildxError(lastLine(ls.stderr.split("\nSee ")[0]) || "no buildx plugin");
  calls.check("while listing builders; nothing was changed");
  const one = await calls.raw({ args: name === null ? ["buildx", "inspect"] : ["buildx", "inspect", name], env: {} });
  if (one.code !== 0 && /is not a docker command/i.test(one.stderr)) throw new NoBuildxError(firstLine(one.stderr.slice(one.stderr.indexOf("docker:"))));
  if (one.code !== 0) throw new BindError(`cannot bind builder ${name ?? "(current)"}: ${lastLine(one.stderr) || "docker buildx inspect failed"}`);
  return [{ ...parseBuildxInspect(one.stdout), current: name === null }];
}
async function storedRunningBuilder(name, calls) {
  const socket = calls.engineSocket;
  const dir = buildxConfigDir(process.env);
  if (socket === null || dir === null) return null;
  const key = `unix://${socket}`;
  const wanted = name ?? currentBuilderName(process.env, readOrNull(join(dir, "current")), key);
  if (wanted === null || !isStoreName(wanted)) return null;
  const instance = readOrNull(join(dir, "instances", wanted));
  const b = instance === null ? null : storedBuilder(instance, key, name === null);
  if (b === null || b.name !== wanted) return null;
  const found = await captureInspect(calls, `buildx_buildkit_${b.nodes[0].name}`, "while looking for the builder; nothing was changed");
  return found?.running ? { ...b, nodes: [{ ...b.nodes[0], status: "running" }] } : null;
}
function readOrNull(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
async function inspect(calls, container, cancellable = true) {
  return parseContainerState(await calls.run(inspectContainerCommand(container), `cannot inspect builder container ${container}`, { cancellable }));
}
async function captureInspect(calls, container, cancelled = "before anything was changed; release again") {
  const r = await calls.raw(inspectContainerCommand(container));
  if (r.code !== 0 && isNoSuchContainer(r.stderr)) return null;
  if (r.code !== 0) {
    calls.check(cancelled);
    throw new BindError(
      `cannot inspect builder container ${container}: ${lastLine(r.stderr) || r.spawnError || (r.timedOut ? "timed out" : `exit code ${r.code}`)}`
    );
  }
  return parseContainerState(r.stdout);
}
async function removeRecordIfThere(calls, volume, cancellable = true) {
  const r = await calls.raw(removeRecordCommand(volume), { cancellable });
  if (r.code !== 0 && !/no such volume/i.test(r.stderr)) throw new BindError(`cannot remove this job\u2019s binding record: ${lastLine(r.stderr)}`);
}
async function records(calls, containerId, keep) {
  const names = (await calls.run(listRecordsCommand(containerId), "cannot list binding records")).split("\n").filter((l) => l.trim() !== "");
  if (names.length === 0) return { live: [], stale: [] };
  const all = parseRecords(await calls.run(inspectRecordsCommand(names), "cannot read binding records"));
  const host = hostname3();
  const now = Date.now();
  const stale = all.filter((r) => r.volume !== keep && isStale(r, now, host, processAlive));
  for (const r of stale) await calls.raw(removeRecordCommand(r.volume));
  return { live: all.filter((r) => !stale.includes(r)), stale };
}
function describeLimits(l) {
  const swap = l.memorySwapBytes === -1 ? "unlimited" : l.memorySwapBytes === 0 ? "unset" : formatSize(l.memorySwapBytes);
  return `memory ${l.memoryBytes === 0 ? "unlimited" : formatSize(l.memoryBytes)}, memory+swap ${swap}`;
}

export {
  buildxConfigDir,
  parseBuildxLs,
  parseBuildxInspect,
  cliHolder,
  buildHolder,
  bindBuilder,
  releaseBuilder,
  NoBuildxError,
  describeLimits
};

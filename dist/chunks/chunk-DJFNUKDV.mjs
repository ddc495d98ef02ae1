import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  inspectContainerCommand,
  limitsOf,
  parseContainerState,
  parseDockerInfo,
  restoreCommands,
  updateLimitCommand
} from "./chunk-C6S43MPB.mjs";
import {
  captureDocker,
  lastLine
} from "./chunk-UALP4TTC.mjs";
import {
  formatSize
} from "./chunk-SQPJSGMN.mjs";

// src/bind/bind-builder.ts
import { hostname } from "node:os";

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
      limits: { memoryBytes: nums[1], memorySwapBytes: nums[2] },
      original: { memoryBytes: nums[3], memorySwapBytes: nums[4] }
    });
  }
  return out;
}
function isStale(r, host, alive2) {
  return r.host === host && !alive2(r.pid);
}
function decideBind(current, wanted, others) {
  const highest = [...others].sort((a, b) => b.limits.memoryBytes - a.limits.memoryBytes)[0];
  if (highest && highest.limits.memoryBytes > wanted.memoryBytes) {
    return {
      kind: "keep",
      by: highest,
      message: `job ${highest.job} (on ${highest.host}) bound this builder to ${formatSize(highest.limits.memoryBytes)} and is still running; not lowering it to ${formatSize(wanted.memoryBytes)}, so this job's builds share that limit`
    };
  }
  return { kind: "bind", original: highest ? highest.original : current };
}
function decideRestore(containerId, original, others) {
  const still = others.find((r) => r.containerId === containerId);
  return still ? { kind: "leave", to: still } : { kind: "restore", to: original };
}
function hash(text) {
  let h = 2166136261;
  for (const ch of Buffer.from(text, "utf8")) {
    h ^= ch;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

// src/bind/bind-builder.ts
var BindError = class extends Error {
};
async function bindBuilder(name, wanted, holder) {
  const target = builderTarget(await listBuilders(name), name);
  if (!target.bindable) return { bound: null, builder: target.builder, fallback: target.fallback, reason: target.reason };
  if (!target.running) await run(bootstrapCommand(target.builder), `cannot start builder ${target.builder}`, 3e5);
  const state = await inspect(target.container);
  if (!state.running) throw new BindError(`builder ${target.builder}'s container ${target.container} is not running after bootstrap`);
  const { live, stale } = await records(state.id);
  const own = live.find((r) => r.job === holder.job);
  const others = live.filter((r) => r !== own);
  const current = own?.original ?? stale[0]?.original ?? limitsOf(state);
  const decision = decideBind(current, wanted, others);
  let limits = limitsOf(state);
  if (decision.kind === "bind") {
    await run(updateLimitCommand(target.container, wanted), `cannot update builder container ${target.container}`);
    limits = limitsOf(await inspect(target.container));
    if (limits.memoryBytes !== wanted.memoryBytes || limits.memorySwapBytes !== wanted.memorySwapBytes) {
      throw new BindError(
        `builder container ${target.container} reads back memory ${limits.memoryBytes}, memory-swap ${limits.memorySwapBytes} after docker update set ${wanted.memoryBytes}, ${wanted.memorySwapBytes}`
      );
    }
  }
  const original = decision.kind === "bind" ? decision.original : decision.by.original;
  if (own) await run(removeRecordCommand(own.volume), "cannot replace this job\u2019s binding record");
  await run(createRecordCommand({ ...holder, containerId: state.id, limits: wanted, original }), `cannot record the binding of ${target.container}`);
  return {
    bound: {
      builder: target.builder,
      container: target.container,
      containerId: state.id,
      volume: recordVolumeName(state.id, holder.job),
      original,
      enforcement: "builder",
      limits,
      note: decision.kind === "keep" ? decision.message : null
    }
  };
}
async function releaseBuilder(saved, keepLimit) {
  const { live } = await records(saved.containerId);
  const own = live.find((r) => r.volume === saved.volume) ?? null;
  const others = live.filter((r) => r !== own);
  let message;
  const decision = decideRestore(saved.containerId, own?.original ?? saved.original, others);
  if (keepLimit) {
    message = `kept the limit of builder ${saved.builder} (keep-limit)`;
  } else if (decision.kind === "leave") {
    message = `left builder ${saved.builder}'s limit to job ${decision.to.job}, which still builds on it`;
  } else {
    const info = await captureDocker(["info", "--format", "{{json .}}"], { timeoutMs: 2e4 });
    if (info.code !== 0) throw new BindError(`cannot restore builder ${saved.builder}: docker info failed (${lastLine(info.stderr)})`);
    const restore = restoreCommands(saved.container, decision.to, parseDockerInfo(info.stdout).memTotalBytes);
    for (const c of restore.commands) await run(c, `cannot restore builder container ${saved.container}`);
    const back = limitsOf(await inspect(saved.container));
    if (back.memoryBytes !== restore.expected.memoryBytes || back.memorySwapBytes !== restore.expected.memorySwapBytes) {
      throw new BindError(`builder container ${saved.container} reads back ${describeLimits(back)} after restoring ${describeLimits(restore.expected)}`);
    }
    message = `restored builder ${saved.builder} to ${describeLimits(back)}`;
  }
  if (own) await run(removeRecordCommand(own.volume), "cannot remove this job\u2019s binding record");
  return message;
}
async function listBuilders(name) {
  const ls = await captureDocker(["buildx", "ls", "--format", "json"], { timeoutMs: 2e4 });
  if (ls.spawnError) throw new BindError(`cannot bind a builder: ${ls.spawnError}`);
  if (ls.code === 0) return parseBuildxLs(ls.stdout);
  const one = await captureDocker(name === null ? ["buildx", "inspect"] : ["buildx", "inspect", name], { timeoutMs: 2e4 });
  if (one.code !== 0) throw new BindError(`cannot bind builder ${name ?? "(current)"}: ${lastLine(one.stderr) || "docker buildx inspect failed"}`);
  return [{ ...parseBuildxInspect(one.stdout), current: name === null }];
}
async function inspect(container) {
  const r = await run(inspectContainerCommand(container), `cannot inspect builder container ${container}`);
  return parseContainerState(r);
}
async function records(containerId) {
  const names = (await run(listRecordsCommand(containerId), "cannot list binding records")).split("\n").filter((l) => l.trim() !== "");
  if (names.length === 0) return { live: [], stale: [] };
  const all = parseRecords(await run(inspectRecordsCommand(names), "cannot read binding records"));
  const host = hostname();
  const stale = all.filter((r) => isStale(r, host, alive));
  for (const r of stale) await captureDocker(removeRecordCommand(r.volume).args, { timeoutMs: 2e4 });
  return { live: all.filter((r) => !stale.includes(r)), stale };
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function run(command, what, timeoutMs = 6e4) {
  const r = await captureDocker(command.args, { env: command.env, timeoutMs });
  if (r.spawnError) throw new BindError(`${what}: ${r.spawnError}`);
  if (r.code !== 0) throw new BindError(`${what}: ${lastLine(r.stderr || r.stdout) || `docker ${command.args[0]} exit code ${r.code}`}`);
  return r.stdout;
}
function describeLimits(l) {
  const swap = l.memorySwapBytes === -1 ? "unlimited" : l.memorySwapBytes === 0 ? "unset" : formatSize(l.memorySwapBytes);
  return `memory ${l.memoryBytes === 0 ? "unlimited" : formatSize(l.memoryBytes)}, memory+swap ${swap}`;
}

export {
  parseBuildxLs,
  parseBuildxInspect,
  BindError,
  bindBuilder,
  releaseBuilder,
  describeLimits
};

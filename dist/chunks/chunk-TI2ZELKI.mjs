import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseSeries,
  samplesDuring,
  seriesFileName
} from "./chunk-Z6PW5BAD.mjs";
import {
  analyzeLogFile,
  buildSummary,
  explainBuild,
  readDockerfile
} from "./chunk-ASKJ77OO.mjs";
import {
  ensureWritableDirectory
} from "./chunk-FKLHXMXM.mjs";
import {
  cgroupFiles,
  containerCgroup,
  readMarks,
  sinceBind
} from "./chunk-4AYTXUTK.mjs";
import {
  cgroupsDuring,
  parseStepsFile,
  stepsFileName
} from "./chunk-BGOEDO4T.mjs";
import {
  inspectContainerCommand,
  parseContainerState,
  parseDockerInfo
} from "./chunk-NNJ4BVTD.mjs";
import {
  captureDocker,
  lastLine,
  streamDocker
} from "./chunk-XAGP5UWU.mjs";
import {
  readFileSync
} from "./chunk-SOOFRGCY.mjs";
import {
  EngineError
} from "./chunk-LGCTJYX5.mjs";

// src/explain/build-records.ts
import { readFile } from "node:fs/promises";
import { homedir, hostname } from "node:os";
import path from "node:path";

// src/core/build/build-records.ts
var BuildRecordParseError = class extends Error {
};
var STATUSES = ["Completed", "Error", "Canceled", "Running"];
function parseHistoryLs(text) {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  let raws;
  try {
    raws = trimmed.startsWith("[") ? JSON.parse(trimmed) : trimmed.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
  } catch {
    throw new BuildRecordParseError(`docker buildx history ls printed something that is not JSON: "${trimmed.slice(0, 80)}"`);
  }
  return raws.map((raw) => {
    if (typeof raw?.ref !== "string" || typeof raw.created_at !== "string")
      throw new BuildRecordParseError("docker buildx history ls printed a build without ref or created_at");
    const status = STATUSES.includes(raw.status ?? "") ? raw.status : "Running";
    return {
      ref: raw.ref,
      id: raw.ref.split("/").pop(),
      name: raw.name ?? "",
      status,
      createdAt: raw.created_at,
      completedAt: raw.completed_at ?? null
    };
  });
}
function parseHistoryInspect(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BuildRecordParseError("docker buildx history inspect did not print JSON");
  }
  if (typeof raw?.StartedAt !== "string") throw new BuildRecordParseError("docker buildx history inspect printed no StartedAt");
  const status = raw.Status === "completed" || raw.Status === "failed" || raw.Status === "canceled" ? raw.Status : "running";
  const e = raw.Error;
  return {
    name: raw.Name ?? "",
    context: raw.Context ?? ".",
    dockerfile: raw.Dockerfile || null,
    status,
    startedAt: raw.StartedAt,
    completedAt: raw.CompletedAt ?? null,
    error: e ? {
      message: e.Message ?? "",
      step: e.Name ?? null,
      logs: e.Logs ?? [],
      excerpt: e.Sources ? parseSources(Buffer.from(e.Sources, "base64").toString("utf8")) : null
    } : null
  };
}
function parseSources(text) {
  const head = /^(\S+):(\d+)$/m.exec(text);
  if (!head) return null;
  const marked = [...text.matchAll(/^\s*(\d+) \| >>> /gm)].map((m) => Number(m[1]));
  const start = marked.length > 0 ? marked[0] : Number(head[2]);
  return { file: head[1], startLine: start, endLine: marked.length > 0 ? marked[marked.length - 1] : start };
}
function parseRefsEntry(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BuildRecordParseError("the buildx refs entry is not JSON");
  }
  if (typeof raw?.DockerfilePath !== "string" || typeof raw.LocalPath !== "string")
    throw new BuildRecordParseError("the buildx refs entry has no LocalPath or DockerfilePath");
  return { target: raw.Target ?? "", localPath: raw.LocalPath, dockerfilePath: raw.DockerfilePath };
}
function buildsSince(records, since) {
  const from = Date.parse(since);
  return records.filter((r) => Date.parse(r.createdAt) >= from).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
function historyLsCommand(builder) {
  return { args: ["buildx", "history", "ls", "--builder", builder, "--format", "json"], env: {} };
}
function historyInspectCommand(builder, id) {
  return { args: ["buildx", "history", "inspect", "--builder", builder, id, "--format", "json"], env: {} };
}
function historyLogsCommand(builder, id) {
  return { args: ["buildx", "history", "logs", "--builder", builder, id], env: {} };
}

// src/explain/build-records.ts
async function explainBuildRecords(builder, options) {
  const ls = await captureDocker(historyLsCommand(builder).args, { timeoutMs: 6e4 });
  if (ls.spawnError) throw new EngineError(`cannot read the history of builder ${builder}: ${ls.spawnError}`);
  if (ls.code !== 0) throw new EngineError(`cannot read the history of builder ${builder}: ${lastLine(ls.stderr) || `exit code ${ls.code}`}`);
  ensureWritableDirectory(options.logDir, "the build log folder");
  const all = parseHistoryLs(ls.stdout);
  const records = buildsSince(all, options.since ?? (/* @__PURE__ */ new Date(0)).toISOString());
  const problems = [];
  const builds = [];
  const passed = [];
  const containers = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (record.status !== "Error" && record.status !== "Completed") continue;
    const logPath = path.join(options.logDir, `history-${record.id}.log`);
    const streamed = await streamDocker(historyLogsCommand(builder, record.id).args, {
      env: {},
      logPath,
      onLine: () => {
      },
      cancel: new AbortController().signal
    });
    if (streamed.code !== 0) {
      problems.push(`the log of build ${record.id} on builder ${builder} could not be read (exit code ${streamed.code})`);
      continue;
    }
    const log = analyzeLogFile(logPath);
    const killed = log.steps.some((s) => s.killedLines > 0);
    const untouched = record.status === "Completed" && !killed;
    const inspected = await captureDocker(historyInspectCommand(builder, record.id).args, { timeoutMs: 6e4 });
    const detail = inspected.code === 0 ? parseHistoryInspect(inspected.stdout) : null;
    const node = record.ref.split("/")[1] ?? `${builder}0`;
    if (!containers.has(node)) containers.set(node, await inspectContainer(`buildx_buildkit_${node}`));
    const container = containers.get(node) ?? null;
    const marks = container ? await builderMarks(container, options.marksAtBind ?? null) : null;
    if (untouched) {
      const outcome2 = outcomeOf(record, detail, builder, container, marks, logPath, null, log, series(options.logDir, container));
      outcome2.stepCgroups = stepsOf(options.logDir, container, outcome2);
      passed.push({ record, log, outcome: outcome2 });
      continue;
    }
    if (!detail) problems.push(`build ${record.id} on builder ${builder} could not be inspected: its Dockerfile line is unknown`);
    withInspectedError(log, detail);
    const dockerfile = await findDockerfile(record, detail, builder, node, options);
    if (!dockerfile) problems.push(`the Dockerfile of build ${record.id} (${record.name}) was not found in ${options.workspace}: annotations carry no line`);
    const outcome = outcomeOf(record, detail, builder, container, marks, logPath, dockerfile?.path ?? null, log, series(options.logDir, container));
    outcome.stepCgroups = stepsOf(options.logDir, container, outcome);
    const explanation = explainBuild({ log, dockerfile, outcome, kills: [], plan: options.plan });
    builds.push({ record, log, explanation, summary: buildSummary(log, explanation, outcome, options.plan), outcome });
  }
  return { builds, passed, problems };
}
function withInspectedError(log, detail) {
  const error = detail?.error;
  if (!error) return;
  log.excerpt ??= error.excerpt;
  log.finalError ??= error.message;
}
async function findDockerfile(record, detail, builder, node, options) {
  const candidates = [];
  const refsDir = options.refsDir ?? path.join(process.env.DOCKER_CONFIG || path.join(homedir(), ".docker"), "buildx", "refs");
  try {
    candidates.push(parseRefsEntry(await readFile(path.join(refsDir, builder, node, record.id), "utf8")).dockerfilePath);
  } catch {
  }
  if (detail && !/^[a-z]+:\/\//.test(detail.context)) candidates.push(path.resolve(options.workspace, detail.context, detail.dockerfile ?? "Dockerfile"));
  for (const absolute of candidates) {
    const dockerfile = await readDockerfile(options.workspace, absolute);
    if (dockerfile) return dockerfile;
  }
  return null;
}
async function inspectContainer(name) {
  const r = await captureDocker(inspectContainerCommand(name).args, { timeoutMs: 2e4 });
  try {
    return r.code === 0 ? parseContainerState(r.stdout) : null;
  } catch {
    return null;
  }
}
function outcomeOf(record, detail, builder, container, marks, logPath, dockerfile, log, points) {
  const limit = container && container.memoryBytes > 0 ? container.memoryBytes : null;
  const startedAt = detail?.startedAt ?? record.createdAt;
  const completedAt = detail?.completedAt ?? record.completedAt;
  return {
    enforcement: limit ? "builder" : "none",
    enforcementReason: limit ? `builder ${builder}'s container has a limit` : `builder ${builder}'s container has no memory limit`,
    limitBytes: limit,
    swapLimitBytes: container && container.memorySwapBytes > 0 ? container.memorySwapBytes : null,
    limitScope: limit ? "build" : null,
    exitCode: record.status === "Error" ? 1 : 0,
    signal: null,
    cancelled: false,
    startedAt,
    durationMs: completedAt ? Math.max(0, Date.parse(completedAt) - Date.parse(startedAt)) : 0,
    logPath,
    logFormat: log.format,
    dockerfile,
    context: detail?.context ?? ".",
    peakBytes: marks?.peakBytes ?? null,
    peakSource: marks?.peakSource ?? null,
    builderName: builder,
    builderOomKilled: container?.oomKilled ?? null,
    oomKills: marks?.oomKills ?? null,
    memorySamples: completedAt ? samplesDuring(points, Date.parse(startedAt), Date.parse(completedAt)) : []
  };
}
function series(logDir, container) {
  if (!container) return [];
  try {
    return parseSeries(readFileSync(path.join(logDir, seriesFileName(container.id)), "utf8"));
  } catch {
    return [];
  }
}
function stepsOf(logDir, container, outcome) {
  if (!container) return { unseen: `builder ${outcome.builderName ?? ""} has no container here to read step cgroups from` };
  const file = stepsFileName(path.join(logDir, seriesFileName(container.id)));
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { unseen: "no step cgroups were sampled on this builder (the action's sampler runs only on a builder its plan step bound, on this host)" };
  }
  const start = Date.parse(outcome.startedAt);
  const within = cgroupsDuring(parseStepsFile(text), start, start + outcome.durationMs);
  return { parent: `buildkit/ under the cgroup of container ${container.id.slice(0, 12)}`, cgroups: within };
}
async function builderMarks(container, atBind) {
  const info = await captureDocker(["info", "--format", "{{json .}}"], { timeoutMs: 2e4 });
  if (info.code !== 0) return null;
  const facts = parseDockerInfo(info.stdout);
  const location = containerCgroup(container, { engineLocal: facts.name === hostname(), cgroupVersion: facts.cgroupVersion, cgroupDriver: facts.cgroupDriver });
  if (!location) return null;
  const files = cgroupFiles(location.version);
  const limit = container.memoryBytes > 0 ? container.memoryBytes : null;
  return sinceBind(atBind, readMarks(location), limit, { peak: path.join(location.path, files.peak), limit: path.join(location.path, files.limit) });
}

export {
  explainBuildRecords
};

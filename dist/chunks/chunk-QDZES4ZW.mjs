import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findInstruction,
  instructionAtLine
} from "./chunk-EOIFBMQM.mjs";
import {
  mdCode,
  mdText
} from "./chunk-E2GN563Y.mjs";
import {
  readRegularFile
} from "./chunk-OXFSUSZB.mjs";
import {
  PROFILES,
  profileMemory
} from "./chunk-ZWQLF6SF.mjs";
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync
} from "./chunk-SOOFRGCY.mjs";
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  toDockerSize
} from "./chunk-GK2AYERW.mjs";

// src/core/explain/explain.ts
var ANNOTATIONS_PER_LEVEL = 10;
function explainBuild(input) {
  const { log, outcome } = input;
  const instructions = input.dockerfile?.instructions ?? [];
  const findings = [];
  const locate = (step) => {
    if (!input.dockerfile) return null;
    if (step && step.id === log.failedStepId && log.excerpt && baseName(input.dockerfile.path) === baseName(log.excerpt.file)) {
      const atLine = instructionAtLine(instructions, log.excerpt.startLine);
      if (atLine) return atLine;
    }
    return step ? findInstruction(instructions, step) : null;
  };
  const daemonKilled = outcome?.builderOomKilled === true || log.daemonLost;
  const failed = log.steps.find((s) => s.id === log.failedStepId) ?? null;
  const buildExit = outcome?.exitCode ?? log.exitCode;
  const failedOom = failed !== null && (failed.exitCode === 137 || failed.killedLines > 0 || (failed.error?.includes("cannot allocate memory") ?? false));
  const passedKilled = log.steps.filter((s) => s !== failed && s.killedLines > 0 && s.result !== "error");
  const buildKilled = !daemonKilled && !failedOom && (buildExit === 137 || outcome?.signal === "SIGKILL");
  const killed = [...passedKilled, ...failed && (failedOom || buildKilled) ? [failed] : []];
  const { byStep, rest } = attributeKills(log, killed, input.kills);
  const kernelCounted = (outcome?.oomKills ?? 0) > 0;
  if (failed && failedOom) {
    const kill = byStep.get(failed.id) ?? null;
    findings.push({
      kind: "step-oom",
      step: failed,
      instruction: locate(failed),
      kill,
      evidence: kill || kernelCounted ? "kernel" : failed.killedLines > 0 || log.outOfMemoryError ? "log" : "exit-code"
    });
  }
  for (const step of passedKilled) {
    const kill = byStep.get(step.id) ?? null;
    findings.push({ kind: "killed-but-passed", step, instruction: locate(step), kill, evidence: kill ? "kernel" : "log" });
  }
  if (daemonKilled) {
    findings.unshift({ kind: "daemon-oom", step: failed, instruction: null, kill: null, evidence: outcome?.builderOomKilled ? "kernel" : "log" });
  } else if (buildKilled) {
    findings.unshift({
      kind: "build-killed",
      step: failed,
      instruction: locate(failed),
      kill: failed ? byStep.get(failed.id) ?? null : null,
      evidence: "exit-code"
    });
  }
  const fixes = memoryFixes(findings, input);
  const annotations = aggregate(findings.map((f) => annotate(f, input, fixes)));
  return { findings, annotations, otherKills: rest, fixes };
}
function attributeKills(log, killed, kills) {
  const byStep = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const byContainer = /* @__PURE__ */ new Map();
  for (const k of kills) {
    const leaf = k.taskMemcg?.split("/").pop();
    if (leaf && leaf.length >= 12 && !byContainer.has(leaf.slice(0, 12))) byContainer.set(leaf.slice(0, 12), k);
  }
  for (const step of killed) {
    const kill = step.containerId ? byContainer.get(step.containerId.slice(0, 12)) : void 0;
    if (kill) {
      byStep.set(step.id, kill);
      taken.add(kill);
    }
  }
  if (log.format !== "legacy") {
    const steps = killed.filter((s) => !s.containerId).sort((a, b) => a.span.start - b.span.start);
    const inBuildKit = kills.filter((k) => !taken.has(k) && (k.taskMemcg?.includes("/buildkit/") ?? false));
    const pool = inBuildKit.length > 0 ? inBuildKit : kills.filter((k) => !taken.has(k) && k.taskMemcg === null);
    const groups = /* @__PURE__ */ new Map();
    for (const k of pool) {
      const key = k.buildkitStepId ?? k.taskMemcg ?? `pid ${k.pid}`;
      if (!groups.has(key)) groups.set(key, k);
    }
    const firsts = [...groups.values()];
    const oneAfterAnother = steps.every((s, i) => i === 0 || steps[i - 1].span.end !== null && steps[i - 1].span.end <= s.span.start);
    if (steps.length > 0 && firsts.length === steps.length && oneAfterAnother) {
      steps.forEach((s, i) => byStep.set(s.id, firsts[i]));
      for (const k of pool) taken.add(k);
    }
  }
  return { byStep, rest: kills.filter((k) => !taken.has(k)) };
}
function annotate(f, input, fixes) {
  const outcome = input.outcome;
  const where = f.instruction && input.dockerfile ? { file: input.dockerfile.path, startLine: f.instruction.startLine, endLine: f.instruction.endLine } : input.dockerfile ? { file: input.dockerfile.path } : {};
  const stepName = f.step ? `step ${f.step.name}` : "the build";
  const fixText = fixes.length > 0 ? ` Fix: ${fixes.join("; or ")}.` : "";
  const peak = outcome?.peakBytes ? ` Peak: ${formatSize(outcome.peakBytes)}${outcome.limitBytes ? ` of ${formatSize(outcome.limitBytes)}` : ""}.` : "";
  switch (f.kind) {
    case "daemon-oom":
      return {
        level: "error",
        title: "BuildKit daemon killed: out of memory",
        message: `The BuildKit daemon${outcome?.builderName ? ` (builder ${outcome.builderName})` : ""} was killed, so the build lost its server (${input.log.finalError ?? "State.OOMKilled"}). The builder's own limit${outcome?.limitBytes ? ` of ${formatSize(outcome.limitBytes)}` : ""} holds all steps together and is too small for this build.${peak}${fixText}`,
        ...where
      };
    case "killed-but-passed":
      return {
        level: "warning",
        title: `Killed but passed: ${short(f.step?.name ?? "")}`,
        message: `${killedWhat(f)} in ${stepName}, yet the step succeeded (a pipe without pipefail, or a script without set -e): the image may be broken.${limitText(outcome)}${peak}${fixText}`,
        ...where
      };
    case "build-killed":
      return {
        level: "error",
        title: "Build killed (exit code 137)",
        message: `The build ended by SIGKILL (exit code 137), which is how the out-of-memory killer ends processes; no step in the log shows it.${limitText(outcome)}${peak}${fixText}`,
        ...where
      };
    case "step-oom":
      return {
        level: "error",
        title: `Out of memory: ${short(f.step?.name ?? "")}`,
        message: `${killedWhat(f)} in ${stepName}${f.step?.exitCode ? ` (exit code ${f.step.exitCode})` : ""}.${limitText(outcome)}${peak}${fixText}`,
        ...where
      };
  }
}
function killedWhat(f) {
  if (f.kill) {
    const rss = f.kill.anonRssBytes !== null ? ` holding ${formatSize(f.kill.anonRssBytes)}` : "";
    const cg = f.kill.oomMemcg ? ` when cgroup ${f.kill.oomMemcg} hit its limit` : f.kill.scope === "host" ? " when the machine ran out of memory" : "";
    return `The kernel killed ${f.kill.process} (pid ${f.kill.pid})${rss}${cg}`;
  }
  if (f.evidence === "log") return "A process was killed (the log says Killed)";
  return "A process was killed by SIGKILL (exit code 137, the out-of-memory killer's signal)";
}
var MECHANISM = {
  resource: "BuildKit --resource memory, each RUN step on its own",
  builder: "the BuildKit builder container's memory, all steps together",
  kubernetes: "the BuildKit pod's memory limit, all steps together",
  cgroup: "the engine's BuildKit cgroup, all steps together",
  legacy: "legacy builder --memory, each RUN step on its own",
  none: "none could bind here"
};
function limitText(outcome) {
  if (!outcome) return "";
  if (outcome.enforcement === "none" || outcome.limitBytes === null)
    return ` No build limit applied (${outcome.enforcementReason}): the kill came from the memory of the engine or machine.`;
  return ` Limit: ${formatSize(outcome.limitBytes)} (${MECHANISM[outcome.enforcement]}).`;
}
function memoryFixes(findings, input) {
  if (findings.length === 0) return [];
  const outcome = input.outcome;
  const plan = input.plan;
  const limit = outcome?.limitBytes ?? null;
  const rss = findings.reduce((top, f) => Math.max(top, f.kill?.anonRssBytes ?? 0), 0);
  const need = roundUp(Math.max(limit ? limit * 1.5 : 0, outcome?.peakBytes ? outcome.peakBytes * 1.25 : 0, rss * 2, 256 * MiB));
  if (!plan) {
    const known = limit ?? (rss > 0 ? rss : null);
    return [known ? `give the build more than ${formatSize(known)} (about ${toDockerSize(need)})` : "give the build more memory", "run fewer jobs in parallel"];
  }
  const fixes = [];
  const basis = Math.min(plan.machine.totalBytes, plan.engine.bytes);
  const containers = plan.containers.reduce((sum, c) => sum + c.bytes, 0);
  const room = Math.max(0, plan.usableBytes - containers);
  const besides = containers > 0 ? ` and ${formatSize(containers)} of containers` : "";
  if (need <= room) {
    fixes.push(
      `raise build-memory to ${toDockerSize(need)}, which fits because this runner has ${formatSize(room)} usable for builds (${formatSize(basis)} less ${formatSize(plan.reserveBytes)} reserve${besides})`
    );
  }
  if (plan.jobs > 1) {
    const fit = limit ? Math.max(1, Math.floor(plan.jobs * limit / need)) : Math.max(1, Math.floor(plan.jobs / 2));
    if (fit < plan.jobs) fixes.push(`reduce parallel jobs from ${plan.jobs} to ${fit} (memory-per-job above ${toDockerSize(Math.ceil(need / fit))})`);
  }
  const profile = PROFILES.find((p) => profileMemory(p, basis) >= need && PROFILES.indexOf(p) > PROFILES.indexOf(plan.profile));
  if (plan.build.source === "profile" && profile && profileMemory(profile, basis) <= room)
    fixes.push(`use profile ${profile}, which gives ${formatSize(profileMemory(profile, basis))} here`);
  if (need > room) {
    fixes.push(
      `use a larger runner: this build needs about ${formatSize(need)} and this one can give ${formatSize(room)}, so pick one with at least ${formatSize(need + containers + plan.reserveBytes)}`
    );
  }
  return fixes;
}
function roundUp(bytes) {
  const step = bytes > 2 * GiB ? 512 * MiB : 64 * MiB;
  return Math.ceil(bytes / step) * step;
}
function aggregate(annotations) {
  const out = [];
  for (const level of ["error", "warning", "notice"]) {
    const same = annotations.filter((a) => a.level === level);
    if (same.length <= ANNOTATIONS_PER_LEVEL) {
      for (const a of same) out.push(a);
      continue;
    }
    const rest = same.slice(ANNOTATIONS_PER_LEVEL - 1);
    for (const a of same.slice(0, ANNOTATIONS_PER_LEVEL - 1)) out.push(a);
    const listed = rest.slice(0, 20).map((a) => a.file && a.startLine ? `${a.title} (${a.file}:${a.startLine})` : a.title);
    out.push({
      level,
      title: `${rest.length} more`,
      message: `${rest.length} more of the same kind (see the job summary): ${listed.join("; ")}${rest.length > listed.length ? "; \u2026" : ""}`
    });
  }
  return out;
}
function short(text) {
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}
function baseName(path2) {
  return path2.split(/[\\/]/).pop() ?? path2;
}

// src/core/explain/summary.ts
var MAX_STEP_ROWS = 200;
var MAX_CHART_POINTS = 60;
function buildSummary(log, explanation, outcome, plan = null) {
  const out = [];
  const oom = explanation.findings.some((f) => f.kind !== "killed-but-passed");
  const warned = explanation.findings.length > 0;
  out.push(`## ${oom ? "\u274C Docker build ran out of memory" : warned ? "\u26A0\uFE0F Docker build: a process was killed" : "\u2705 Docker build memory"}`);
  out.push("");
  if (outcome) {
    const peak = outcome.peakBytes !== null ? formatSize(outcome.peakBytes) : "unknown";
    const limit = outcome.limitBytes !== null ? formatSize(outcome.limitBytes) : "no limit";
    const pct = outcome.peakBytes && outcome.limitBytes ? ` (${Math.round(outcome.peakBytes / outcome.limitBytes * 100)} %)` : "";
    out.push(`**Peak ${peak} of ${limit}${pct}** \xB7 ${mdText(outcome.enforcement)} \xB7 ${(outcome.durationMs / 1e3).toFixed(1)} s`);
    out.push("");
  }
  if (plan) {
    out.push(
      `Plan: ${mdText(plan.profile)} profile, build ${formatSize(plan.build.bytes)}, ${plan.jobs} parallel job${plan.jobs === 1 ? "" : "s"}, ${formatSize(plan.usableBytes)} usable of ${formatSize(plan.machine.totalBytes)} on ${plan.machine.cpus} CPUs.`
    );
    out.push("");
  }
  for (const a of explanation.annotations) {
    out.push(a.level === "error" ? "> [!CAUTION]" : "> [!WARNING]");
    out.push(`> **${mdText(a.title)}**${a.file ? ` \xB7 ${mdCode(`${a.file}${a.startLine ? `:${a.startLine}` : ""}`)}` : ""}`);
    out.push(`> ${mdText(a.message)}`);
    out.push("");
  }
  const chart = memoryChart(outcome?.memorySamples ?? [], outcome?.limitBytes ?? null);
  if (chart.length > 0) out.push("```mermaid", ...chart, "```", "");
  const memoryOf = new Map(explanation.findings.filter((f) => f.step && f.kill?.anonRssBytes).map((f) => [f.step.id, f.kill.anonRssBytes]));
  out.push("| Step | Duration | Result | Memory |");
  out.push("| --- | ---: | --- | ---: |");
  for (const s of log.steps.slice(0, MAX_STEP_ROWS)) {
    const killed = s.killedLines > 0 ? " \xB7 Killed" : "";
    const memory = memoryOf.has(s.id) ? `${formatSize(memoryOf.get(s.id))} when killed` : "";
    out.push(
      `| ${mdText(short2(s.name, 120))} | ${s.durationMs === null ? "" : `${(s.durationMs / 1e3).toFixed(1)} s`} | ${RESULT[s.result]}${killed} | ${memory} |`
    );
  }
  if (log.steps.length > MAX_STEP_ROWS) out.push(`| \u2026 ${log.steps.length - MAX_STEP_ROWS} more steps | | | |`);
  out.push("");
  if (explanation.otherKills.length > 0)
    for (const line of killList("Other processes the kernel killed during the build", explanation.otherKills)) out.push(line);
  return out.join("\n");
}
var RESULT = { done: "\u2705 done", cached: "\u267B\uFE0F cached", error: "\u274C failed", canceled: "\u23F9 canceled", running: "\u2026 unfinished" };
function memoryChart(samples, limitBytes) {
  if (samples.length < 2) return [];
  const points = downsample(samples, MAX_CHART_POINTS);
  const mib = (b) => Math.round(b / MiB);
  const top = points.reduce((max, p) => Math.max(max, p.bytes), limitBytes ?? 0);
  const lines = [
    "xychart-beta",
    '  title "Build memory (MiB)"',
    `  x-axis "seconds" [${points.map((p) => (p.tMs / 1e3).toFixed(0)).join(", ")}]`,
    `  y-axis "MiB" 0 --> ${mib(top * 1.05) + 1}`,
    `  line [${points.map((p) => mib(p.bytes)).join(", ")}]`
  ];
  if (limitBytes !== null) lines.push(`  line [${points.map(() => mib(limitBytes)).join(", ")}]`);
  return lines;
}
function downsample(samples, max) {
  if (samples.length <= max) return samples;
  const out = [];
  const size = samples.length / max;
  for (let i = 0; i < max; i++) {
    const bucket = samples.slice(Math.floor(i * size), Math.floor((i + 1) * size));
    out.push(bucket.reduce((a, b) => b.bytes > a.bytes ? b : a));
  }
  return out;
}
function killList(title, kills) {
  const out = [`### ${title}`, "", "| Seconds since boot | Process | PID | Memory | Cgroup |", "| ---: | --- | ---: | ---: | --- |"];
  for (const k of kills.slice(0, MAX_STEP_ROWS)) {
    out.push(
      `| ${k.timeSec.toFixed(1)} | ${mdText(k.process)} | ${k.pid} | ${k.anonRssBytes === null ? "" : formatSize(k.anonRssBytes)} | ${k.taskMemcg ? mdCode(k.taskMemcg, true) : k.scope === "host" ? "whole machine" : ""} |`
    );
  }
  if (kills.length > MAX_STEP_ROWS) out.push(`| \u2026 ${kills.length - MAX_STEP_ROWS} more | | | | |`);
  out.push("");
  return out;
}
function short2(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// src/explain/dockerfile.ts
import path from "node:path";
var MAX_DOCKERFILE = 1024 * 1024;
async function readDockerfile(workspace, file) {
  try {
    return await readGivenDockerfile(workspace, file);
  } catch {
    return null;
  }
}
async function readGivenDockerfile(workspace, file) {
  const absolute = path.resolve(workspace, file);
  let content;
  try {
    content = readRegularFile(absolute, MAX_DOCKERFILE, "the Dockerfile").toString("utf8");
  } catch (error) {
    throw new InputError(error.message.replace(absolute, file));
  }
  const { mapDockerfile } = await import("./lazy-core-explain-dockerfile-map.mjs");
  return { path: path.relative(workspace, absolute).split(path.sep).join("/"), instructions: mapDockerfile(content) };
}

// src/core/explain/build-log.ts
var MARKERS = {
  plain: ["DONE", "ACHED", "ERROR", "ANCELED", "Killed", ">>>", "Unavail"].map((m) => Buffer.from(m)),
  legacy: ["Step ", "Running", "Killed", "non-zer", "Success", "ERROR", "Unavail"].map((m) => Buffer.from(m)),
  rawjson: ["vertexe", '"logs"', "ERROR", ">>>", "Unavail"].map((m) => Buffer.from(m))
};
var EMPTY = Buffer.alloc(0);
var LOOKBACK = 8192;
var NEWLINE = 10;
var SLICE = 1024 * 1024;
var LINE_CAP = 64 * 1024;
var LINE_HEAD = 16 * 1024;
var LINE_TAIL = 16 * 1024;
var ELLIPSIS = Buffer.from(" \u2026 ");
var DETECT = 64 * 1024;
var MAX_STEPS = 2e4;
var PLAIN_HEADER = /^#(\d+) (\[.*|exporting to .*)$/;
var PLAIN_STATUS = /^#(\d+) (DONE(?: ([\d.]+)s)?|CACHED|CANCELED|ERROR:? ?(.*))$/;
var PLAIN_OUTPUT = /^#(\d+) [\d.]+ (.*)$/;
var STEP_NAME = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/;
var DEFINITION = /^\[(?:(\S+) )?internal\] load build definition from (.+)$/;
var INTERNAL = /^\[(?:\S+ )?internal\]/;
var LEGACY_STEP = /^Step (\d+)\/(\d+) : (.*)$/;
var EXCERPT_FILE = /^(\S+):(\d+)$/;
var EXCERPT_LINE = /^\s*(\d+) \| >>> /;
var EXIT_CODE = /(?:exit code|non-zero code): (\d+)/;
var ANSI = /\x1b\[[0-9;]*m/g;
function isKilledLine(text) {
  const t = text.replace(ANSI, "").trim();
  return t === "Killed" || /Killed signal terminated program|\bKilled\s*$/.test(t);
}
var BuildState = class {
  steps = /* @__PURE__ */ new Map();
  /** rawjson vertexes seen started, and bake targets with their Dockerfile. */
  started = /* @__PURE__ */ new Set();
  targets = /* @__PURE__ */ new Map();
  /** The targets whose build definition was loaded ('' for a build that is not bake's). */
  definitions = /* @__PURE__ */ new Set();
  legacyCurrent = null;
  failedStepId = null;
  finalError = null;
  exitCode = null;
  outOfMemoryError = false;
  daemonLost = false;
  excerptFile = null;
  excerpt = null;
  succeeded = false;
  dockerfileName = null;
  omittedSteps = 0;
  /** Parsed lines so far: the order plain and legacy steps' spans are given in. */
  seq = 0;
  add(step) {
    this.steps.set(step.id, step);
    if (this.steps.size > MAX_STEPS) this.evict();
  }
  evict() {
    const keep = (s) => s.id === this.failedStepId || s.killedLines > 0 || s.result === "error" || s.result === "running";
    for (const pass of [keep, (s) => s.id === this.failedStepId]) {
      for (const step of this.steps.values()) {
        if (this.steps.size <= MAX_STEPS * 3 / 4) return;
        if (pass(step)) continue;
        this.steps.delete(step.id);
        this.started.delete(step.id);
        this.omittedSteps++;
      }
    }
  }
};
var BuildLogAnalyzer = class {
  format = null;
  /** The log's start, until its format can be told. */
  held = EMPTY;
  /** The line that goes on in the next chunk: whole below LINE_CAP, else its head and tail. */
  pending = [];
  pendingLength = 0;
  pendingCut = false;
  nextStep = 0;
  build = new BuildState();
  finished = [];
  /**
   * The end of the text scanned before, where an excerpt's file name may be: kept at the end
   * of one buffer, reused, since a copy per chunk outlived the chunk and piled up until a full GC.
   */
  tailBuffer = Buffer.alloc(LOOKBACK);
  tailLength = 0;
  get tail() {
    return this.tailBuffer.subarray(LOOKBACK - this.tailLength);
  }
  push(chunk) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = 0; at < bytes.length; at += SLICE) this.pushSlice(bytes.subarray(at, at + SLICE));
  }
  /** The last build of the log (a log of one build, as the action captures it). */
  end() {
    const builds = this.endBuilds();
    return builds[builds.length - 1];
  }
  /**
   * Every build in the log, in order: a log may hold several `docker build`s one after the
   * other (step numbers start again at `#1`), or bake's targets side by side.
   */
  endBuilds() {
    if (this.format === null) {
      this.format = detectFormat(this.held.toString("utf8", 0, DETECT));
      const held = this.held;
      this.held = EMPTY;
      this.pushSlice(held);
    }
    if (this.pendingLength > 0) {
      this.hold(Buffer.from("\n"));
      this.scan(this.takeLine());
    }
    for (const build of this.finishBuild()) this.finished.push(build);
    return this.finished;
  }
  pushSlice(slice) {
    let bytes = slice;
    if (this.format === null) {
      bytes = Buffer.concat([this.held, slice]);
      if (bytes.length < DETECT && (bytes.length < 4096 || bytes.indexOf(NEWLINE) < 0)) {
        this.held = bytes;
        return;
      }
      this.held = EMPTY;
      this.format = detectFormat(bytes.toString("utf8", 0, DETECT));
    }
    const first = bytes.indexOf(NEWLINE);
    if (first < 0) return this.hold(bytes);
    let body = bytes;
    if (this.pendingLength > 0) {
      this.hold(bytes.subarray(0, first + 1));
      this.scan(this.takeLine());
      body = bytes.subarray(first + 1);
    }
    const last = body.lastIndexOf(NEWLINE);
    if (last >= 0) this.scan(body.subarray(0, last + 1));
    this.hold(body.subarray(last + 1));
  }
  /** Keeps a piece of the unfinished line (a copy: the caller may reuse its buffer). */
  hold(piece) {
    if (piece.length === 0) return;
    this.pendingLength += piece.length;
    if (this.pendingCut) {
      const tail = Buffer.concat([this.pending[1], piece.subarray(Math.max(0, piece.length - LINE_TAIL))]);
      this.pending[1] = Buffer.from(tail.subarray(tail.length - LINE_TAIL));
      return;
    }
    this.pending.push(Buffer.from(piece));
    if (this.pendingLength >= LINE_CAP) {
      const all = Buffer.concat(this.pending);
      this.pending = [Buffer.from(all.subarray(0, LINE_HEAD)), Buffer.from(all.subarray(all.length - LINE_TAIL))];
      this.pendingCut = true;
    }
  }
  /** The held line, cut as `cutLine` cuts a long line found whole. */
  takeLine() {
    const line = this.pendingCut ? Buffer.concat([this.pending[0], ELLIPSIS, this.pending[1]]) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    this.pendingCut = false;
    return line;
  }
  /** Parses the marked lines of buf, whole lines ending with a newline. */
  scan(buf) {
    for (let from = 0; from >= 0; ) from = this.scanFrom(buf, from);
    const keep = Math.min(this.tailLength, Math.max(0, LOOKBACK - buf.length));
    this.tailBuffer.copyWithin(LOOKBACK - keep - Math.min(buf.length, LOOKBACK), LOOKBACK - keep);
    buf.copy(this.tailBuffer, LOOKBACK - Math.min(buf.length, LOOKBACK), Math.max(0, buf.length - LOOKBACK));
    this.tailLength = keep + Math.min(buf.length, LOOKBACK);
  }
  /** Parses buf from an offset; returns where to go on from when a new build starts there, else -1. */
  scanFrom(whole, from) {
    const buf = whole.subarray(from);
    const format = this.format ?? "plain";
    const starts = [];
    if (format === "plain") this.findNewSteps(buf, buf.length - 1, starts);
    for (const marker of MARKERS[format]) {
      let at = buf.indexOf(marker);
      while (at >= 0) {
        starts.push((at === 0 ? 0 : buf.lastIndexOf(NEWLINE, at) + 1) * 2);
        at = buf.indexOf(marker, buf.indexOf(NEWLINE, at) + 1);
      }
    }
    starts.sort((a, b) => a - b);
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] >> 1;
      if (i + 1 < starts.length && starts[i + 1] >> 1 === start) continue;
      const end = buf.indexOf(NEWLINE, start);
      let bytes = buf.subarray(start, end);
      if (end + 1 - start >= LINE_CAP) {
        const cut = Buffer.concat([buf.subarray(start, start + LINE_HEAD), ELLIPSIS, buf.subarray(end + 1 - LINE_TAIL, end)]);
        if ((starts[i] & 1) === 0 && !MARKERS[format].some((m) => cut.includes(m))) continue;
        bytes = cut;
      }
      let line = bytes.toString("utf8");
      if (line.endsWith("\r")) line = line.slice(0, -1);
      if (line.includes(">>>")) this.build.excerptFile = this.excerptFileBefore(buf, start) ?? this.build.excerptFile;
      if (this.line(line) === "restart") {
        this.restartPlain(buf, start);
        return from + start;
      }
    }
    return -1;
  }
  /**
   * Step `#1` finished a second time: another build's log follows. Its first step's header
   * came a line or two before and names its Dockerfile.
   */
  restartPlain(buf, start) {
    this.startBuild();
    const before = start >= LOOKBACK ? buf.subarray(start - LOOKBACK, start) : Buffer.concat([this.tail, buf.subarray(0, start)]);
    const at = before.lastIndexOf("\n#1 [");
    if (at >= 0) {
      const end = before.indexOf(NEWLINE, at + 1);
      this.plain(before.toString("utf8", at + 1, end < 0 ? before.length : end).replace(/\r$/, ""));
    }
    this.nextStep = 2;
  }
  startBuild() {
    for (const build of this.finishBuild()) this.finished.push(build);
    this.build = new BuildState();
    this.nextStep = 0;
  }
  /**
   * BuildKit's excerpt starts with the file's name and a line of dashes (`Dockerfile:5`,
   * `-----`), which hold no marker: look back for them from a `>>>` line.
   */
  excerptFileBefore(buf, start) {
    const region = start >= LOOKBACK ? buf.subarray(start - LOOKBACK, start) : Buffer.concat([this.tail, buf.subarray(0, start)]);
    const text = region.toString("utf8");
    const dashes = text.lastIndexOf("\n-----");
    if (dashes < 0) return null;
    const line = text.slice(text.lastIndexOf("\n", dashes - 1) + 1, dashes).trim();
    return EXCERPT_FILE.exec(line)?.[1] ?? null;
  }
  /**
   * BuildKit numbers steps in the order it shows them, and a step's first line is its header:
   * look for the first line of the next numbers (`#12 `) rather than for every header.
   */
  findNewSteps(buf, end, starts) {
    let from = 0;
    if (this.nextStep === 0) this.nextStep = Math.max(0, Number(/^#(\d+) /m.exec(buf.toString("utf8", 0, Math.min(end, 64 * 1024)))?.[1] ?? 1) - 1);
    const lastStart = buf.lastIndexOf(NEWLINE, end - 1) + 1;
    const lastNumber = Number(/^#(\d+) /.exec(buf.toString("latin1", lastStart, Math.min(end, lastStart + 16)))?.[1] ?? -1);
    for (; ; ) {
      let found = -1;
      const tries = lastNumber >= 0 && lastNumber < this.nextStep ? 1 : 3;
      for (let k = this.nextStep; k < this.nextStep + tries && found < 0; k++) {
        const needle = `#${k} `;
        if (buf.subarray(0, needle.length).toString("latin1") === needle) found = 0;
        else {
          const hit = buf.indexOf(`
${needle}`, Math.max(0, from - 65536));
          if (hit >= 0 && hit < end) found = hit + 1;
        }
        if (found >= 0) this.nextStep = k + 1;
      }
      if (found < 0) return;
      starts.push(found * 2 + 1);
      from = found;
    }
  }
  line(line) {
    this.build.seq++;
    if (this.format === "rawjson" && line.startsWith("{")) return this.json(line);
    if (this.format === "legacy") return this.legacy(line);
    return this.plain(line);
  }
  plain(line) {
    const b = this.build;
    let m = PLAIN_STATUS.exec(line);
    if (m) {
      const step = b.steps.get(`#${m[1]}`);
      if (!step) return;
      if (step.id === "#1" && step.result !== "running") return "restart";
      step.span.end = b.seq;
      if (m[2].startsWith("DONE")) {
        step.result = "done";
        step.durationMs = m[3] ? Math.round(Number(m[3]) * 1e3) : null;
        if (step.name.startsWith("exporting") || step.instruction.startsWith("exporting")) b.succeeded = true;
      } else if (m[2] === "CACHED") step.result = "cached";
      else if (m[2] === "CANCELED") step.result = "canceled";
      else this.stepError(step, m[4] ?? m[2]);
      return;
    }
    m = PLAIN_HEADER.exec(line);
    if (m) {
      if (!b.steps.has(`#${m[1]}`)) this.addStep(`#${m[1]}`, m[2], b.seq);
      return;
    }
    m = PLAIN_OUTPUT.exec(line);
    if (m) {
      const step = b.steps.get(`#${m[1]}`);
      if (step && isKilledLine(m[2])) step.killedLines++;
      return;
    }
    this.buildLine(line);
  }
  addStep(id, name, start) {
    const b = this.build;
    const definition = DEFINITION.exec(name);
    if (definition) {
      b.definitions.add(definition[1] ?? "");
      if (definition[1]) b.targets.set(definition[1], definition[2].trim());
      else b.dockerfileName = definition[2].trim();
    }
    const step = newStep(id, name, b.targets);
    step.span.start = start;
    b.add(step);
    return step;
  }
  legacy(line) {
    const b = this.build;
    const m = LEGACY_STEP.exec(line);
    if (m) {
      if (m[1] === "1" && b.steps.size + b.omittedSteps > 0) this.startBuild();
      if (this.build.legacyCurrent) this.build.legacyCurrent.span.end = this.build.seq;
      const step = this.addStep(`Step ${m[1]}`, m[3], this.build.seq);
      step.index = Number(m[1]);
      step.total = Number(m[2]);
      step.result = "done";
      this.build.legacyCurrent = step;
      return;
    }
    const running = /^ ---> Running in ([0-9a-f]{12,64})$/.exec(line);
    if (running && b.legacyCurrent) {
      b.legacyCurrent.containerId = running[1];
      return;
    }
    if (line.startsWith("Successfully built")) {
      b.succeeded = true;
      return;
    }
    if (b.legacyCurrent && isKilledLine(line)) {
      b.legacyCurrent.killedLines++;
      return;
    }
    const failed = /returned a non-zero code: (\d+)/.exec(line);
    if (failed && b.legacyCurrent) {
      this.stepError(b.legacyCurrent, line.replace(ANSI, ""));
    }
    this.buildLine(line);
  }
  json(line) {
    let event;
    try {
      event = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof event !== "object" || event === null) return;
    const { vertexes, logs } = event;
    const valid = Array.isArray(vertexes) ? vertexes.filter(isVertex) : [];
    if (valid.some((v) => this.startsNextBuild(v))) this.startBuild();
    for (const v of valid) this.vertex(v);
    for (const l of Array.isArray(logs) ? logs : []) {
      if (!isLogEvent(l)) continue;
      const step = this.build.steps.get(l.vertex);
      if (!step) continue;
      const text = Buffer.from(l.data, "base64").toString("utf8");
      for (const out of text.split("\n")) if (isKilledLine(out)) step.killedLines++;
    }
  }
  /** A second build definition of the same target: the next build's events. */
  startsNextBuild(v) {
    const definition = v.name ? DEFINITION.exec(v.name) : null;
    return definition !== null && !this.build.steps.has(v.digest) && this.build.definitions.has(definition[1] ?? "");
  }
  vertex(v) {
    const b = this.build;
    let step = b.steps.get(v.digest);
    if (!step) step = this.addStep(v.digest, v.name ?? v.digest, Date.parse(v.started ?? "") || 0);
    if (v.cached) step.result = "cached";
    if (v.started && !b.started.has(v.digest)) {
      b.started.add(v.digest);
      b.steps.delete(v.digest);
      b.steps.set(v.digest, step);
      step.span.start = Date.parse(v.started) || step.span.start;
    }
    if (v.started && v.completed) {
      step.durationMs = Math.max(0, Date.parse(v.completed) - Date.parse(v.started)) || 0;
      step.span.end = Date.parse(v.completed) || null;
      if (step.result === "running") step.result = "done";
      if (step.instruction.startsWith("exporting")) b.succeeded = true;
    }
    if (v.error) this.stepError(step, v.error);
  }
  /** Lines outside any step: the final error and BuildKit's Dockerfile excerpt. */
  buildLine(line) {
    const b = this.build;
    const clean = line.replace(ANSI, "");
    const excerptLine = EXCERPT_LINE.exec(clean);
    if (excerptLine && b.excerptFile) {
      const n = Number(excerptLine[1]);
      if (b.excerpt === null || b.excerpt.file !== b.excerptFile) b.excerpt = { file: b.excerptFile, startLine: n, endLine: n };
      else b.excerpt.endLine = n;
      return;
    }
    const rpc = clean.indexOf("rpc error: ");
    if (rpc >= 0 && /EOF|Unavailable/.test(clean.slice(rpc))) {
      b.daemonLost = true;
      b.finalError = clean.trim();
      return;
    }
    const code = EXIT_CODE.exec(clean);
    if (code) {
      b.exitCode = Number(code[1]);
      b.finalError = clean.trim();
    }
    if (clean.includes("cannot allocate memory")) {
      b.outOfMemoryError = true;
      b.finalError = clean.trim();
    }
  }
  stepError(step, message) {
    const b = this.build;
    step.result = "error";
    step.error = message.trim();
    const code = EXIT_CODE.exec(message);
    if (code) step.exitCode = Number(code[1]);
    if (message.includes("cannot allocate memory")) b.outOfMemoryError = true;
    if (b.failedStepId === null && !/context canceled|^canceled/.test(step.error)) b.failedStepId = step.id;
    if (code && b.exitCode === null) b.exitCode = step.exitCode;
  }
  /** The build just read, or one per target when bake built several. */
  finishBuild() {
    const b = this.build;
    const steps = [...b.steps.values()].filter((s) => !INTERNAL.test(s.name));
    const whole = {
      format: this.format ?? "plain",
      steps,
      failedStepId: b.failedStepId,
      finalError: b.finalError,
      exitCode: b.exitCode,
      outOfMemoryError: b.outOfMemoryError,
      daemonLost: b.daemonLost,
      excerpt: b.excerpt,
      succeeded: b.succeeded && b.failedStepId === null,
      dockerfileName: b.dockerfileName,
      target: null,
      omittedSteps: b.omittedSteps
    };
    if (b.targets.size < 2) return [{ ...whole, dockerfileName: whole.dockerfileName ?? b.targets.values().next().value ?? null }];
    return [...b.targets].map(([target, file]) => {
      const own = steps.filter((s) => s.target === target);
      const failedHere = own.some((s) => s.id === b.failedStepId);
      return {
        ...whole,
        steps: own,
        failedStepId: failedHere ? b.failedStepId : null,
        finalError: failedHere || b.daemonLost ? b.finalError : null,
        exitCode: failedHere ? b.exitCode : null,
        outOfMemoryError: failedHere && b.outOfMemoryError,
        excerpt: failedHere ? b.excerpt : null,
        succeeded: whole.succeeded,
        dockerfileName: file,
        target
      };
    });
  }
};
function isVertex(v) {
  if (typeof v !== "object" || v === null) return false;
  const o = v;
  const optional = (key, type) => o[key] === void 0 || o[key] === null || typeof o[key] === type;
  return typeof o.digest === "string" && optional("name", "string") && optional("started", "string") && optional("completed", "string") && optional("cached", "boolean") && optional("error", "string");
}
function isLogEvent(l) {
  return typeof l === "object" && l !== null && typeof l.vertex === "string" && typeof l.data === "string";
}
function newStep(id, name, targets) {
  const m = STEP_NAME.exec(name);
  let words = m?.[1]?.split(" ") ?? [];
  const bare = /^\[(\S+)\] (.*)$/.exec(name);
  const target = targets.has(words[0]) ? words[0] : bare && targets.has(bare[1]) ? bare[1] : DEFINITION.exec(name)?.[1] ?? null;
  if (target !== null && words[0] === target) words = words.slice(1);
  const stage = words.filter((w) => !w.includes("/")).pop() ?? null;
  return {
    id,
    name,
    stage,
    index: m ? Number(m[2]) : null,
    total: m ? Number(m[3]) : null,
    instruction: m ? m[4] : bare && target !== null ? bare[2] : name,
    durationMs: null,
    result: "running",
    killedLines: 0,
    error: null,
    exitCode: null,
    containerId: null,
    span: { start: 0, end: null },
    target
  };
}
function detectFormat(text) {
  const head = text.slice(0, DETECT).split("\n");
  for (const raw of head) {
    const line = raw.replace(ANSI, "").trim();
    if (line === "") continue;
    if (line.startsWith('{"')) return "rawjson";
    if (/^#\d+ /.test(line)) return "plain";
    if (/^Step \d+\/\d+ : /.test(line) || line.startsWith("Sending build context")) return "legacy";
  }
  return "plain";
}

// src/explain/log-file.ts
var CHUNK = 128 * 1024;
function analyzeLogFile(path2) {
  const builds = analyzeLogFileBuilds(path2);
  return builds[builds.length - 1];
}
function analyzeLogFileBuilds(path2) {
  let fd;
  try {
    fd = openSync(path2, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = error.code;
    throw new InputError(
      `cannot read the build log ${path2}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : error.message}`
    );
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`cannot read the build log ${path2}: it is a directory`);
    if (!stat.isFile()) throw new InputError(`cannot read the build log ${path2}: not a regular file (save the log to a file first)`);
    const analyzer = new BuildLogAnalyzer();
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (; ; ) {
      const bytesRead = readSync(fd, buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      analyzer.push(buffer.subarray(0, bytesRead));
    }
    return analyzer.endBuilds();
  } finally {
    closeSync(fd);
  }
}

export {
  explainBuild,
  aggregate,
  buildSummary,
  readDockerfile,
  readGivenDockerfile,
  analyzeLogFile,
  analyzeLogFileBuilds
};

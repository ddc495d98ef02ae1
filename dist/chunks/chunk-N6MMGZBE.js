import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MiB,
  formatSize
} from "./chunk-J3GXGRKE.js";

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
    out.push(`**Peak ${peak} of ${limit}${pct}** \xB7 ${outcome.enforcement} \xB7 ${(outcome.durationMs / 1e3).toFixed(1)} s`);
    out.push("");
  }
  if (plan) {
    out.push(
      `Plan: ${plan.profile} profile, build ${formatSize(plan.build.bytes)}, ${plan.jobs} parallel job${plan.jobs === 1 ? "" : "s"}, ${formatSize(plan.usableBytes)} usable of ${formatSize(plan.machine.totalBytes)} on ${plan.machine.cpus} CPUs.`
    );
    out.push("");
  }
  for (const a of explanation.annotations) {
    out.push(a.level === "error" ? "> [!CAUTION]" : "> [!WARNING]");
    out.push(`> **${cell(a.title)}**${a.file ? ` \xB7 \`${a.file}${a.startLine ? `:${a.startLine}` : ""}\`` : ""}`);
    out.push(`> ${cell(a.message)}`);
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
      `| ${cell(short(s.name, 120))} | ${s.durationMs === null ? "" : `${(s.durationMs / 1e3).toFixed(1)} s`} | ${RESULT[s.result]}${killed} | ${memory} |`
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
      `| ${k.timeSec.toFixed(1)} | ${cell(k.process)} | ${k.pid} | ${k.anonRssBytes === null ? "" : formatSize(k.anonRssBytes)} | ${k.taskMemcg ? `\`${cell(k.taskMemcg)}\`` : k.scope === "host" ? "whole machine" : ""} |`
    );
  }
  if (kills.length > MAX_STEP_ROWS) out.push(`| \u2026 ${kills.length - MAX_STEP_ROWS} more | | | | |`);
  out.push("");
  return out;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function short(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

export {
  buildSummary,
  killList
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getExecOutput
} from "./chunk-Q25VWHAH.js";
import {
  MiB,
  formatSize
} from "./chunk-ZIOJHWFQ.js";

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
    out.push(`Plan: ${plan.profile} profile, build ${formatSize(plan.build.bytes)}, ${plan.jobs} parallel job${plan.jobs === 1 ? "" : "s"}, ${formatSize(plan.usableBytes)} usable of ${formatSize(plan.machine.totalBytes)} on ${plan.machine.cpus} CPUs.`);
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
    out.push(`| ${cell(short(s.name, 120))} | ${s.durationMs === null ? "" : `${(s.durationMs / 1e3).toFixed(1)} s`} | ${RESULT[s.result]}${killed} | ${memory} |`);
  }
  if (log.steps.length > MAX_STEP_ROWS) out.push(`| \u2026 ${log.steps.length - MAX_STEP_ROWS} more steps | | | |`);
  out.push("");
  if (explanation.otherKills.length > 0) out.push(...killList("Other processes the kernel killed during the build", explanation.otherKills));
  return out.join("\n");
}
var RESULT = { done: "\u2705 done", cached: "\u267B\uFE0F cached", error: "\u274C failed", canceled: "\u23F9 canceled", running: "\u2026 unfinished" };
function memoryChart(samples, limitBytes) {
  if (samples.length < 2) return [];
  const points = downsample(samples, MAX_CHART_POINTS);
  const mib = (b) => Math.round(b / MiB);
  const top = Math.max(...points.map((p) => p.bytes), limitBytes ?? 0);
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
    out.push(`| ${k.timeSec.toFixed(1)} | ${cell(k.process)} | ${k.pid} | ${k.anonRssBytes === null ? "" : formatSize(k.anonRssBytes)} | ${k.taskMemcg ? `\`${cell(k.taskMemcg)}\`` : k.scope === "host" ? "whole machine" : ""} |`);
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

// src/explain/kernel-log.ts
import { readFile } from "node:fs/promises";

// src/core/explain/dmesg.ts
var STAMP = /^\[\s*(\d+(?:\.\d+)?)\]\s?(.*)$/;
var OOM_KILL = /oom-kill:constraint=(\w+).*?(?:,oom_memcg=([^,]*))?(?:,task_memcg=([^,]*)),task=([^,]*),pid=(\d+)/;
var KILLED = /(Memory cgroup out of memory|Out of memory): Killed process (\d+) \(([^)]*)\) total-vm:(\d+)kB, anon-rss:(\d+)kB/;
function parseDmesg(text) {
  const byPid = /* @__PURE__ */ new Map();
  const kills = [];
  for (const raw of text.split("\n")) {
    const stamp = STAMP.exec(raw.trimEnd());
    if (!stamp) continue;
    const timeSec = Number(stamp[1]);
    const body = stamp[2];
    const o = OOM_KILL.exec(body);
    if (o) {
      const taskMemcg = o[3] || null;
      const kill = {
        timeSec,
        process: o[4],
        pid: Number(o[5]),
        anonRssBytes: null,
        totalVmBytes: null,
        scope: o[1] === "CONSTRAINT_MEMCG" ? "memcg" : "host",
        oomMemcg: o[1] === "CONSTRAINT_MEMCG" ? o[2] || null : null,
        taskMemcg,
        buildkitStepId: buildkitStepId(taskMemcg)
      };
      byPid.set(kill.pid, kill);
      kills.push(kill);
      continue;
    }
    const k = KILLED.exec(body);
    if (k) {
      const pid = Number(k[2]);
      let kill = byPid.get(pid);
      if (!kill) {
        kill = { timeSec, process: k[3], pid, anonRssBytes: null, totalVmBytes: null, scope: k[1] === "Out of memory" ? "host" : "memcg", oomMemcg: null, taskMemcg: null, buildkitStepId: null };
        kills.push(kill);
      }
      kill.totalVmBytes = Number(k[4]) * 1024;
      kill.anonRssBytes = Number(k[5]) * 1024;
      byPid.delete(pid);
    }
  }
  return kills;
}
function buildkitStepId(memcg) {
  const m = memcg ? /\/buildkit\/([^/]+)$/.exec(memcg) : null;
  return m ? m[1] : null;
}

// src/explain/kernel-log.ts
async function readKernelKills() {
  const asRoot = process.getuid?.() === 0;
  const [command, args] = asRoot ? ["dmesg", []] : ["sudo", ["-n", "dmesg"]];
  try {
    const result = await getExecOutput(command, args, { silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0) return { kills: [], problem: `${[command, ...args].join(" ")} failed: ${result.stderr.trim().split("\n")[0] || `exit code ${result.exitCode}`}` };
    return { kills: parseDmesg(result.stdout), problem: null };
  } catch (error) {
    return { kills: [], problem: `${command} could not run: ${error.message}` };
  }
}
async function uptimeSeconds() {
  const text = await readFile("/proc/uptime", "utf8");
  return Number(text.split(" ")[0]);
}
async function toBootSeconds(at) {
  const now = Date.now();
  const uptime = await uptimeSeconds();
  return uptime - (now - at.getTime()) / 1e3;
}

export {
  buildSummary,
  killList,
  readKernelKills,
  toBootSeconds
};

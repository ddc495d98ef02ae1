import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-322RRR7K.mjs";
import {
  recordBuildPeak
} from "./chunk-V3IPYUMB.mjs";
import {
  analyzeLogFile,
  buildSummary,
  explainBuild,
  isKill,
  readDockerfile
} from "./chunk-ASKJ77OO.mjs";
import {
  warning
} from "./chunk-VY553U4K.mjs";
import {
  imageResultLines,
  runBuild
} from "./chunk-Y47JUPR2.mjs";
import {
  historySteps,
  stepPeaksOf,
  stepPeaksSentence
} from "./chunk-WPPBFHEL.mjs";
import {
  fitOutputs
} from "./chunk-EXXJVCAA.mjs";
import {
  fitAfterBuild
} from "./chunk-UT3EMDMA.mjs";
import {
  capture
} from "./chunk-KAXZBJJY.mjs";
import {
  MiB,
  formatSize,
  toDockerSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/build/step-outputs.ts
function oomEvidence(outcome) {
  if (outcome.builderOomKilled) return { killed: "true", evidence: `the BuildKit container of builder ${outcome.builderName} was OOM-killed` };
  if (outcome.oomKills !== null && outcome.oomKills > 0)
    return {
      killed: "true",
      evidence: `${outcome.peakSource ? outcome.peakSource.replace(/\/[^/]+$/, "") : "the bound cgroup"} counted ${outcome.oomKills} OOM kill(s)`
    };
  if (outcome.logFormat === "legacy" && outcome.exitCode === 137)
    return { killed: "true", evidence: "the classic builder ended with exit code 137 (SIGKILL, the OOM killer)" };
  if (outcome.oomKills === 0) return { killed: "false", evidence: null };
  return { killed: "unknown", evidence: null };
}
function buildOutputs(outcome, memoryFindings = 0) {
  return {
    enforcement: outcome.enforcement,
    // Rounded up: a peak fed back as build-memory must not come out below the peak.
    "peak-memory": outcome.peakBytes === null ? "" : toDockerSize(Math.ceil(outcome.peakBytes / MiB) * MiB),
    "peak-memory-bytes": outcome.peakBytes === null ? "" : String(outcome.peakBytes),
    "oom-killed": memoryFindings > 0 ? "true" : oomEvidence(outcome).killed,
    "exit-code": outcome.exitCode === null ? "" : String(outcome.exitCode),
    // The name to pass to a later build-push-action's `builder:`; empty for a classic `docker build`.
    builder: outcome.builderName ?? ""
  };
}
function buildResultLines(outcome) {
  const lines = [];
  const status = outcome.cancelled ? `cancelled (${outcome.signal})` : outcome.exitCode === 0 ? "succeeded" : `failed (exit code ${outcome.exitCode ?? outcome.signal})`;
  const limit = outcome.limitBytes === null ? "no memory limit bound it" : `limit ${formatSize(outcome.limitBytes)} enforced by ${outcome.enforcement} (${outcome.limitScope === "step" ? "per RUN step" : "whole build"})`;
  lines.push(`build ${status} in ${(outcome.durationMs / 1e3).toFixed(1)} s; ${limit}`);
  if (outcome.peakBytes !== null) lines.push(`peak memory ${formatSize(outcome.peakBytes)} (${outcome.peakSource})`);
  const oom = oomEvidence(outcome);
  if (oom.evidence) lines.push(`OOM kill seen: ${oom.evidence}`);
  lines.push(`build log: ${outcome.logPath}`);
  return lines;
}

// src/explain/report.ts
import path from "node:path";

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
        kill = {
          timeSec,
          process: k[3],
          pid,
          anonRssBytes: null,
          totalVmBytes: null,
          scope: k[1] === "Out of memory" ? "host" : "memcg",
          oomMemcg: null,
          taskMemcg: null,
          buildkitStepId: null
        };
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
function killsSince(kills, sinceSec, slackSec = 2) {
  return kills.filter((k) => k.timeSec >= sinceSec - slackSec);
}

// src/explain/kernel-log.ts
import { readFile } from "node:fs/promises";
async function readKernelKills() {
  if (process.platform !== "linux") return { kills: [], problem: `the kernel log of Docker's VM cannot be read from ${process.platform}` };
  const asRoot = process.getuid?.() === 0;
  const [command, args] = asRoot ? ["dmesg", []] : ["sudo", ["-n", "dmesg"]];
  const result = await capture(command, args, { timeoutMs: 3e4 });
  if (result.spawnError !== null) return { kills: [], problem: `${command} could not run: ${result.spawnError}` };
  if (result.code !== 0)
    return {
      kills: [],
      problem: `${[command, ...args].join(" ")} failed: ${result.stderr.trim().split("\n")[0] || (result.timedOut ? "no answer in 30 s" : `exit code ${result.code}`)}`
    };
  return { kills: parseDmesg(result.stdout), problem: null };
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

// src/explain/report.ts
async function reportBuild(outcome, plan, options = {}) {
  const workspace = options.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
  const problems = [];
  const log = analyzeLogFile(outcome.logPath);
  const dockerfilePath = outcome.dockerfile ?? path.join(outcome.context, "Dockerfile");
  const dockerfile = await readDockerfile(workspace, dockerfilePath);
  if (!dockerfile) problems.push(`the Dockerfile ${dockerfilePath} could not be read: annotations carry no line`);
  const kernel = await readKernelKills();
  if (kernel.problem) problems.push(`the kernel log could not be read (${kernel.problem})`);
  let kills = [];
  if (!kernel.problem) {
    const from = await toBootSeconds(new Date(outcome.startedAt));
    kills = killsSince(kernel.kills, from).filter((k) => k.timeSec <= from + outcome.durationMs / 1e3 + 2);
  }
  const explanation = explainBuild({ log, dockerfile, outcome, kills, plan });
  const summary = buildSummary(log, explanation, outcome, plan);
  if (options.publish) {
    await publishExplanation(explanation.annotations, summary);
    for (const p of problems) warning(`docker-memory-action: ${p}.`, { title: "OOM explanation" });
  }
  return { log, explanation, summary, problems, stepPeaks: stepPeaksOf(outcome.stepCgroups, log) };
}

// src/build/build-and-explain.ts
async function buildAndExplain(prepared, plan, history, sink) {
  const run = await runBuild(prepared, { logDir: sink.logDir, reporter: sink, keepCreatedBuilder: sink.keepCreatedBuilder });
  const o = run.outcome;
  let findings = 0;
  let stepPeaks = null;
  if (!o.cancelled) {
    const report = await reportBuild(o, plan, { publish: sink.publish }).catch((error) => {
      sink.warning(`the OOM explanation failed: ${error.message}`);
      return null;
    });
    if (report) sink.explained(report);
    findings = report?.explanation.findings.filter(isKill).length ?? 0;
    if (history !== null && o.peakBytes !== null) await recordBuildPeak(history, o.peakBytes, (m) => sink.notice(m), historySteps(report?.stepPeaks));
    stepPeaks = report?.stepPeaks ?? null;
  }
  const built = buildOutputs(o, findings);
  const fit = fitOutputs(fitAfterBuild(plan, o.cancelled ? null : o.peakBytes, built["oom-killed"] === "true"));
  const outputs = { ...built, ...fit, ...run.image, "build-log": o.logPath };
  const stepLine = stepPeaks ? [stepPeaksSentence(stepPeaks, o.peakBytes, formatSize)] : [];
  sink.finished({
    outcome: o,
    outputs,
    stepPeaks,
    lines: [...buildResultLines(o), ...stepLine, ...imageResultLines(run.image)],
    createdBuilder: run.createdBuilder
  });
  if (run.problem) sink.fail(run.problem, o.cancelled ? 130 : exitStatus(o.exitCode));
  else if (o.exitCode !== 0) sink.fail(`docker build failed with exit code ${o.exitCode}; the log is at ${o.logPath}`, exitStatus(o.exitCode));
}
function exitStatus(code) {
  return code !== null && code > 0 && code < 256 ? code : 1;
}

export {
  buildAndExplain
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-FNMJEII5.js";
import {
  analyzeLogFile,
  buildSummary,
  explainBuild
} from "./chunk-QSBBP6CI.js";
import {
  InputError
} from "./chunk-DKWBHJTO.js";
import {
  getExecOutput,
  warning
} from "./chunk-CIXAKSAZ.js";

// src/explain/report.ts
import { readFile as readFile2 } from "node:fs/promises";
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
function killsSince(kills, sinceSec, slackSec = 2) {
  return kills.filter((k) => k.timeSec >= sinceSec - slackSec);
}

// src/explain/kernel-log.ts
import { readFile } from "node:fs/promises";
async function readKernelKills() {
  if (process.platform !== "linux") return { kills: [], problem: `the kernel log of Docker's VM cannot be read from ${process.platform}` };
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

// src/explain/report.ts
async function reportBuild(outcome, plan, options = {}) {
  const workspace = options.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
  const problems = [];
  const log = await analyzeLogFile(outcome.logPath);
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
  return { log, explanation, summary, problems };
}
async function explainSavedLog(logPath, file, workspace) {
  const dockerfile = file ? await readDockerfile(workspace, file) : null;
  if (file && !dockerfile) throw new InputError(`cannot read the Dockerfile ${file}`);
  const log = await analyzeLogFile(logPath);
  const explanation = explainBuild({ log, dockerfile, outcome: null, kills: [], plan: null });
  return { log, explanation, summary: buildSummary(log, explanation, null) };
}
async function readDockerfile(workspace, file) {
  const absolute = path.resolve(workspace, file);
  try {
    const content = await readFile2(absolute, "utf8");
    return { path: path.relative(workspace, absolute).split(path.sep).join("/"), content };
  } catch {
    return null;
  }
}

export {
  killsSince,
  readKernelKills,
  toBootSeconds,
  reportBuild,
  explainSavedLog
};

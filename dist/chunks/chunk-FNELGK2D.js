import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  capture
} from "./chunk-MEOPLWEQ.js";

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

// src/core/explain/job-kills.ts
function parseProcCgroup(text) {
  const paths = /* @__PURE__ */ new Set();
  for (const line of text.split("\n")) {
    const path = line.split(":").slice(2).join(":").trim();
    if (path !== "" && path !== "/") paths.add(path);
  }
  return [...paths];
}
function parseVmstatOomKills(text) {
  const m = /^oom_kill (\d+)$/m.exec(text);
  return m ? Number(m[1]) : null;
}
function watchReport(input) {
  if (input.kills !== null) {
    const fresh = input.kills.filter((k) => !input.explained.has(k.pid));
    const errors = fresh.filter((k) => isOwn(k, input.ownCgroups));
    const others = fresh.filter((k) => !isOwn(k, input.ownCgroups));
    const hostWide = others.filter((k) => k.scope === "host").length;
    const warning = others.length === 0 ? null : `${others.length} process${others.length === 1 ? " was" : "es were"} killed for memory on this machine outside this job's cgroups while it ran${hostWide > 0 ? ` (${hostWide} when the whole machine ran out of memory)` : ""}: ${others.slice(0, 5).map((k) => `${k.process} (pid ${k.pid}${k.taskMemcg ? ` in ${k.taskMemcg}` : ""})`).join(", ")}${others.length > 5 ? ", \u2026" : ""}.`;
    return { errors, warning, debug: null };
  }
  if (input.counterAtStart !== null && input.counterNow !== null) {
    const delta = input.counterNow - input.counterAtStart;
    if (delta <= 0)
      return {
        errors: [],
        warning: null,
        debug: `no OOM kill on this machine while the job ran (/proc/vmstat oom_kill; the kernel log is closed: ${input.problem})`
      };
    return {
      errors: [],
      warning: `${delta} process${delta === 1 ? " was" : "es were"} killed for memory on this machine while the job ran (/proc/vmstat oom_kill). Which, and whether this job's, cannot be told: the kernel log is closed (${input.problem}).`,
      debug: null
    };
  }
  return {
    errors: [],
    warning: null,
    debug: `no OOM watch here: ${input.problem ?? "the kernel log cannot be read"}, and /proc/vmstat's oom_kill is not readable`
  };
}
function isOwn(kill, own) {
  const where = [kill.taskMemcg, kill.oomMemcg].filter((c) => c !== null);
  return where.some((cg) => own.some((o) => o.startsWith("/") ? underPath(cg, o.replace(/\/+$/, "")) : cg.split("/").some((part) => part.includes(o))));
}
function underPath(cg, own) {
  return cg === own || cg.startsWith(`${own}/`) || cg.endsWith(own) || cg.includes(`${own}/`);
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
async function readOomKillCounter() {
  if (process.platform !== "linux") return null;
  return parseVmstatOomKills(await readFile("/proc/vmstat", "utf8").catch(() => ""));
}
async function readOwnCgroups() {
  if (process.platform !== "linux") return [];
  return parseProcCgroup(await readFile("/proc/self/cgroup", "utf8").catch(() => ""));
}

export {
  killsSince,
  watchReport,
  readKernelKills,
  toBootSeconds,
  readOomKillCounter,
  readOwnCgroups
};

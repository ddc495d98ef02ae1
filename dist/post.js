import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getState,
  removeJobBuilder
} from "./chunks/chunk-HGJDBEI2.js";
import {
  oomWatch
} from "./chunks/chunk-MCOV7Q3E.js";
import "./chunks/chunk-AAPK7QRY.js";
import {
  killsSince,
  readKernelKills,
  readOomKillCounter,
  readOwnCgroups,
  toBootSeconds,
  watchReport
} from "./chunks/chunk-5N5QSZHJ.js";
import {
  killList
} from "./chunks/chunk-LIZCAJBI.js";
import "./chunks/chunk-GK5YC4K2.js";
import "./chunks/chunk-QDICOEX5.js";
import {
  debug,
  error,
  summary,
  warning
} from "./chunks/chunk-H3JFNL6M.js";
import "./chunks/chunk-IMTXDPP5.js";
import "./chunks/chunk-USM7WWNW.js";
import "./chunks/chunk-PE6NIHMS.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-FNQ34GPI.js";
import "./chunks/chunk-LZIWP3DH.js";
import "./chunks/chunk-ILETIPPI.js";
import {
  formatSize
} from "./chunks/chunk-DKWBHJTO.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/post.ts
async function runPost() {
  await removeJobBuilder().catch((error2) => warning(`could not remove this job's builder: ${error2.message}`));
  try {
    if (!oomWatch()) return debug("docker-memory-action: oom-watch is off");
    const startedAt = getState("started-at");
    const started = startedAt ? new Date(startedAt) : null;
    if (!started || Number.isNaN(started.getTime())) {
      warning("docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.", { title: "OOM watch" });
      return;
    }
    const kernel = await readKernelKills();
    const since = kernel.problem ? 0 : await toBootSeconds(started);
    const counted = getState("oom-kill-count");
    const report = watchReport({
      kills: kernel.problem ? null : killsSince(kernel.kills, since),
      problem: kernel.problem,
      ownCgroups: [...await readOwnCgroups(), ...getState("oom-watch-cgroups").split(",").filter((x) => x !== "")],
      explained: new Set(getState("explained-kills").split(",").filter((x) => x !== "").map(Number)),
      counterAtStart: counted === "" ? null : Number(counted),
      counterNow: counted === "" ? null : await readOomKillCounter()
    });
    if (report.debug) debug(`docker-memory-action: ${report.debug}`);
    if (report.warning) warning(`docker-memory-action: ${report.warning}`, { title: "OOM watch" });
    const kills = report.errors;
    for (const kill of kills.slice(0, 9)) error(killMessage(kill), { title: `Out of memory: ${kill.process} killed` });
    if (kills.length > 9) error(`${kills.length - 9} more processes were killed for memory in this job: see the job summary.`, { title: "More OOM kills" });
    if (kills.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await summary.addRaw(killList(`Out-of-memory kills in this job (${kills.length})`, kills).join("\n")).write();
    }
  } catch (error2) {
    warning(`docker-memory-action's OOM watch failed: ${error2.message}`, { title: "OOM watch" });
  }
}
function killMessage(kill) {
  const memory = kill.anonRssBytes !== null ? ` holding ${formatSize(kill.anonRssBytes)}` : "";
  const where = kill.scope === "host" ? "the machine ran out of memory" : `cgroup ${kill.oomMemcg ?? "unknown"} hit its memory limit`;
  return `The kernel killed ${kill.process} (pid ${kill.pid})${memory}: ${where}${kill.taskMemcg ? `; the process lived in ${kill.taskMemcg}` : ""}.`;
}

// src/post.ts
await runPost();

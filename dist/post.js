import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removeJobBuilder
} from "./chunks/chunk-UDJ3MVW4.js";
import {
  getState
} from "./chunks/chunk-IVY4X6VT.js";
import {
  oomWatch
} from "./chunks/chunk-GQRJ2GYE.js";
import "./chunks/chunk-2O7CEPVO.js";
import {
  killsSince,
  readKernelKills,
  readOomKillCounter,
  readOwnCgroups,
  toBootSeconds,
  watchReport
} from "./chunks/chunk-FWJHVCR3.js";
import "./chunks/chunk-DU57UGWW.js";
import {
  killList
} from "./chunks/chunk-MB53LZGS.js";
import "./chunks/chunk-4AB2IO7X.js";
import {
  debug,
  error,
  getInput,
  notice,
  summary,
  warning
} from "./chunks/chunk-H3JFNL6M.js";
import {
  parseBoolean
} from "./chunks/chunk-BBK5DGQI.js";
import "./chunks/chunk-GTS2FVTB.js";
import "./chunks/chunk-KD2RUOUU.js";
import "./chunks/chunk-3NKCQ3B5.js";
import "./chunks/chunk-RIM6E7OU.js";
import "./chunks/chunk-PTSD4TEZ.js";
import "./chunks/chunk-A44HNRBR.js";
import "./chunks/chunk-U72LPSCJ.js";
import {
  formatSize
} from "./chunks/chunk-W5HBJGWY.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/post.ts
async function runPost() {
  const explainedContainers = getState("builder-binding") ? await postBinding().catch((error2) => {
    warning(`could not give the bound builder its limit back: ${error2.message}`);
    return [];
  }) : [];
  await removeJobBuilder().catch((error2) => warning(`could not remove this job's builder: ${error2.message}`));
  try {
    if (!oomWatch()) return debug("docker-memory-action: oom-watch is off");
    const startedAt = getState("started-at");
    const started = startedAt ? new Date(startedAt) : null;
    if (!started || Number.isNaN(started.getTime())) {
      warning("docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.", {
        title: "OOM watch"
      });
      return;
    }
    const kernel = await readKernelKills();
    const since = kernel.problem ? 0 : await toBootSeconds(started);
    const counted = getState("oom-kill-count");
    const kills = kernel.problem ? null : killsSince(kernel.kills, since);
    const inExplained = (kills ?? []).filter((k) => [k.taskMemcg, k.oomMemcg].some((cg) => cg !== null && explainedContainers.some((id) => cg.includes(id))));
    const report = watchReport({
      kills,
      problem: kernel.problem,
      ownCgroups: [
        ...await readOwnCgroups(),
        ...getState("oom-watch-cgroups").split(",").filter((x) => x !== "")
      ],
      explained: /* @__PURE__ */ new Set([
        ...getState("explained-kills").split(",").filter((x) => x !== "").map(Number),
        ...inExplained.map((k) => k.pid)
      ]),
      counterAtStart: counted === "" ? null : Number(counted),
      counterNow: counted === "" ? null : await readOomKillCounter()
    });
    if (report.debug) debug(`docker-memory-action: ${report.debug}`);
    if (report.warning) warning(`docker-memory-action: ${report.warning}`, { title: "OOM watch" });
    const errors = report.errors;
    for (const kill of errors.slice(0, 9)) error(killMessage(kill), { title: `Out of memory: ${kill.process} killed` });
    if (errors.length > 9)
      error(`${errors.length - 9} more processes were killed for memory in this job: see the job summary.`, { title: "More OOM kills" });
    if (errors.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await summary.addRaw(killList(`Out-of-memory kills in this job (${errors.length})`, errors).join("\n")).write();
    }
  } catch (error2) {
    warning(`docker-memory-action's OOM watch failed: ${error2.message}`, { title: "OOM watch" });
  }
}
async function postBinding() {
  const { explainAndRelease } = await import("./chunks/bind-4UNFTK5T.js");
  const keepLimit = parseBoolean(getInput("keep-limit") || "false", "keep-limit");
  const history = parseBoolean(getInput("history") || "false", "history");
  return explainAndRelease({ keepLimit, recordPeak: history ? recordHistoryPeak : null });
}
async function recordHistoryPeak(peakBytes) {
  const [{ recordBuildPeak, resolveBuildHistory }, { actionsCacheHistoryStore }] = await Promise.all([
    import("./chunks/history-H7M4XY3M.js"),
    import("./chunks/actions-cache-store-ICT7EZRK.js")
  ]);
  const notice2 = (message) => notice(`history: ${message}.`, { title: "Docker memory history" });
  const read = (name) => getInput(name);
  const history = await resolveBuildHistory({ givenKey: read("history-key"), keyName: "history-key", build: read, store: actionsCacheHistoryStore, notice: notice2 });
  if (history) await recordBuildPeak(history, peakBytes, notice2);
}
function killMessage(kill) {
  const memory = kill.anonRssBytes !== null ? ` holding ${formatSize(kill.anonRssBytes)}` : "";
  const where = kill.scope === "host" ? "the machine ran out of memory" : `cgroup ${kill.oomMemcg ?? "unknown"} hit its memory limit`;
  return `The kernel killed ${kill.process} (pid ${kill.pid})${memory}: ${where}${kill.taskMemcg ? `; the process lived in ${kill.taskMemcg}` : ""}.`;
}

// src/post.ts
await runPost();

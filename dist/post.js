import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getState
} from "./chunks/chunk-Q5TXVFS2.js";
import {
  oomWatch
} from "./chunks/chunk-C2FF3SHJ.js";
import "./chunks/chunk-3LVJYKUS.js";
import "./chunks/chunk-L3VFIKAC.js";
import {
  killsSince,
  readKernelKills,
  readOomKillCounter,
  readOwnCgroups,
  toBootSeconds,
  watchReport
} from "./chunks/chunk-FNELGK2D.js";
import {
  killList
} from "./chunks/chunk-N6MMGZBE.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  summary,
  warning
} from "./chunks/chunk-2LN3O3ZK.js";
import {
  removeBuilder
} from "./chunks/chunk-ZVJDDIRG.js";
import "./chunks/chunk-MEOPLWEQ.js";
import "./chunks/chunk-UZYQOPRT.js";
import "./chunks/chunk-662LQ7HR.js";
import {
  parseBoolean
} from "./chunks/chunk-SVKCMDEF.js";
import "./chunks/chunk-DUVUTQT3.js";
import "./chunks/chunk-RXYM5UYZ.js";
import "./chunks/chunk-SRSUN243.js";
import "./chunks/chunk-K4656TKS.js";
import {
  init_node_crypto
} from "./chunks/chunk-YH6U5J26.js";
import "./chunks/chunk-6RR46GWK.js";
import {
  formatSize
} from "./chunks/chunk-J3GXGRKE.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/build.ts
init_node_crypto();
async function removeJobBuilder() {
  const builder = getState("builder-to-remove");
  if (!builder) return;
  const failed = await removeBuilder(builder);
  if (failed === null) info(`removed builder ${builder}`);
  else warning(`could not remove builder ${builder}: ${failed}`);
}

// src/action/history.ts
function historyNotice(message) {
  notice(`history: ${message}.`, { title: "Docker memory history" });
}
async function loadHistory(givenKey, read) {
  const [{ resolveBuildHistory }, { actionsCacheHistoryStore }] = await Promise.all([
    import("./chunks/lazy-build-history.js"),
    import("./chunks/lazy-history-actions-cache-store.js")
  ]);
  return resolveBuildHistory({ givenKey, keyName: "history-key", build: read, store: actionsCacheHistoryStore, notice: historyNotice });
}

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
  const { explainAndRelease } = await import("./chunks/release-VZLKZNYK.js");
  const keepLimit = parseBoolean(getInput("keep-limit") || "false", "keep-limit");
  const history = parseBoolean(getInput("history") || "false", "history");
  return explainAndRelease({ keepLimit, recordPeak: history ? recordHistoryPeak : null });
}
async function recordHistoryPeak(peakBytes) {
  const history = await loadHistory(getInput("history-key"), (name) => getInput(name));
  if (history) await (await import("./chunks/lazy-build-history.js")).recordBuildPeak(history, peakBytes, historyNotice);
}
function killMessage(kill) {
  const memory = kill.anonRssBytes !== null ? ` holding ${formatSize(kill.anonRssBytes)}` : "";
  const where = kill.scope === "host" ? "the machine ran out of memory" : `cgroup ${kill.oomMemcg ?? "unknown"} hit its memory limit`;
  return `The kernel killed ${kill.process} (pid ${kill.pid})${memory}: ${where}${kill.taskMemcg ? `; the process lived in ${kill.taskMemcg}` : ""}.`;
}

// src/post.ts
await runPost();

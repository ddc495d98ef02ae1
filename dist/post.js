import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXPLAINED_KILLS_STATE,
  removeJobBuilder
} from "./chunks/chunk-KL2GAPMJ.js";
import "./chunks/chunk-KZUBM2G2.js";
import "./chunks/chunk-PWZL3QDP.js";
import "./chunks/chunk-G6HNBUQM.js";
import {
  parseBoolean
} from "./chunks/chunk-CZ24SHIP.js";
import "./chunks/chunk-VVPA6T2T.js";
import "./chunks/chunk-74YQRMWD.js";
import "./chunks/chunk-LGWAW3FI.js";
import "./chunks/chunk-FBHOVWAC.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-G46ACA3G.js";
import {
  OOM_KILL_COUNT_STATE,
  OOM_WATCH_CGROUPS_STATE,
  killsSince,
  readKernelKills,
  readOomKillCounter,
  readOwnCgroups,
  toBootSeconds,
  watchReport
} from "./chunks/chunk-3HUT734X.js";
import "./chunks/chunk-MKOAN3BV.js";
import "./chunks/chunk-FNMJEII5.js";
import {
  killList
} from "./chunks/chunk-G4AZ5TKN.js";
import "./chunks/chunk-Z6TKMF2N.js";
import {
  formatSize
} from "./chunks/chunk-DKWBHJTO.js";
import {
  debug,
  error,
  getInput,
  getState,
  summary,
  warning
} from "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/post.ts
async function runPost() {
  await removeJobBuilder().catch((error2) => warning(`could not remove this job's builder: ${error2.message}`));
  try {
    if (getInput("oom-watch") !== "" && !parseBoolean(getInput("oom-watch"), "oom-watch")) return debug("docker-memory-action: oom-watch is off");
    const startedAt = getState("started-at");
    const started = startedAt ? new Date(startedAt) : null;
    if (!started || Number.isNaN(started.getTime())) {
      warning("docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.", { title: "OOM watch" });
      return;
    }
    const kernel = await readKernelKills();
    const since = kernel.problem ? 0 : await toBootSeconds(started);
    const counted = getState(OOM_KILL_COUNT_STATE);
    const report = watchReport({
      kills: kernel.problem ? null : killsSince(kernel.kills, since),
      problem: kernel.problem,
      ownCgroups: [...await readOwnCgroups(), ...getState(OOM_WATCH_CGROUPS_STATE).split(",").filter((x) => x !== "")],
      explained: new Set(getState(EXPLAINED_KILLS_STATE).split(",").filter((x) => x !== "").map(Number)),
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

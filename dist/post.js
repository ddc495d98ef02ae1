import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXPLAINED_KILLS_STATE,
  removeJobBuilder
} from "./chunks/chunk-5MC4YYCZ.js";
import "./chunks/chunk-JJAT2RQX.js";
import "./chunks/chunk-PWZL3QDP.js";
import "./chunks/chunk-XCIWYK3M.js";
import "./chunks/chunk-6VM4SKHS.js";
import "./chunks/chunk-5LJLVHW2.js";
import "./chunks/chunk-AGAH3B4S.js";
import "./chunks/chunk-Q3VIFYQ3.js";
import "./chunks/chunk-TE6UVEAX.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-G46ACA3G.js";
import {
  killsSince,
  readKernelKills,
  toBootSeconds
} from "./chunks/chunk-C3TKTSPO.js";
import "./chunks/chunk-FNMJEII5.js";
import {
  killList
} from "./chunks/chunk-MRYP2DVM.js";
import "./chunks/chunk-WVUDI324.js";
import {
  formatSize
} from "./chunks/chunk-DKWBHJTO.js";
import {
  error,
  getState,
  summary,
  warning
} from "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/post.ts
async function runPost() {
  await removeJobBuilder().catch((error2) => warning(`could not remove this job's builder: ${error2.message}`));
  try {
    const startedAt = getState("started-at");
    const started = startedAt ? new Date(startedAt) : null;
    if (!started || Number.isNaN(started.getTime())) {
      warning("docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.", { title: "OOM watch" });
      return;
    }
    const kernel = await readKernelKills();
    if (kernel.problem) {
      warning(`docker-memory-action could not watch for OOM kills: ${kernel.problem}.`, { title: "OOM watch" });
      return;
    }
    const since = await toBootSeconds(started);
    const explained = new Set(getState(EXPLAINED_KILLS_STATE).split(",").filter((x) => x !== "").map(Number));
    const kills = killsSince(kernel.kills, since).filter((k) => !explained.has(k.pid));
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

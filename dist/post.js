import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removeJobBuilder
} from "./chunks/chunk-HCQWQUP5.js";
import "./chunks/chunk-EK36S3X6.js";
import {
  killList,
  readKernelKills,
  toBootSeconds
} from "./chunks/chunk-KQG7OAAG.js";
import "./chunks/chunk-W2OJ56PM.js";
import "./chunks/chunk-NY7PILTA.js";
import "./chunks/chunk-J2V7HDKJ.js";
import "./chunks/chunk-CWYG7LYI.js";
import "./chunks/chunk-YQEQRE5V.js";
import "./chunks/chunk-FNMJEII5.js";
import "./chunks/chunk-J5YFGBQQ.js";
import {
  formatSize
} from "./chunks/chunk-ZIOJHWFQ.js";
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
    const kills = kernel.kills.filter((k) => k.timeSec >= since - 1);
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

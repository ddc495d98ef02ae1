import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishExplanation
} from "./chunk-SG5N22HC.js";
import {
  analyzeLogFile,
  explainBuild,
  readDockerfile
} from "./chunk-MGUD6JDD.js";
import {
  killsSince,
  readKernelKills,
  toBootSeconds
} from "./chunk-FNELGK2D.js";
import {
  buildSummary
} from "./chunk-N6MMGZBE.js";
import {
  warning
} from "./chunk-2LN3O3ZK.js";

// src/explain/report.ts
import path from "node:path";
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
  return { log, explanation, summary, problems };
}

export {
  reportBuild
};

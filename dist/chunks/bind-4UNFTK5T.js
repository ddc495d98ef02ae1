import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  bindPlannedLimit,
  parseSavedBinding
} from "./chunk-PDJIIVEH.js";
import {
  releaseBuilder
} from "./chunk-QD6HI6W6.js";
import {
  explainBuilderHistory
} from "./chunk-COBXAPZL.js";
import "./chunk-N44I6AEN.js";
import "./chunk-D534QWWG.js";
import {
  getState,
  saveState
} from "./chunk-IVY4X6VT.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-KLBRRUF4.js";
import "./chunk-MB53LZGS.js";
import {
  info,
  notice,
  setOutput,
  warning
} from "./chunk-H3JFNL6M.js";
import "./chunk-YZ5ZNBAJ.js";
import "./chunk-RIM6E7OU.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-A44HNRBR.js";
import "./chunk-U72LPSCJ.js";
import {
  formatSize
} from "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";

// src/action/bind.ts
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
var TITLE = "Docker build memory";
function jobHolder(env) {
  const job = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.RUNNER_NAME].map((p) => p || "-").join("/");
  return { job, host: hostname(), pid: process.ppid };
}
async function bindForAction(plan, request) {
  const binding = await bindPlannedLimit(plan, request, jobHolder(process.env));
  if (binding.enforcement === "builder") {
    saveState("builder-binding", JSON.stringify(binding.saved));
    const watched = getState("oom-watch-cgroups");
    saveState("oom-watch-cgroups", [watched, binding.saved.containerId].filter((x) => x !== "").join(","));
  }
  return binding;
}
function publishBinding(binding) {
  setOutput("builder", binding.builder);
  setOutput("enforcement", binding.enforcement);
  if (binding.enforcement === "builder") {
    info(binding.message);
    if (binding.warning) warning(binding.warning, { title: TITLE });
  } else if (binding.level === "notice") {
    notice(`No builder was bound: ${binding.why}.`, { title: TITLE });
  } else {
    warning(`No builder was bound, so nothing limits the job's builds: ${binding.why}.`, { title: TITLE });
  }
}
async function explainAndRelease(options) {
  const saved = parseSavedBinding(getState("builder-binding"));
  if (!saved) {
    warning("docker-memory-action: the saved builder binding is unreadable; its limit stays as main set it.", { title: TITLE });
    return [];
  }
  let explained = [];
  try {
    if (await explainBuilds(saved.builder, options.recordPeak)) explained = [saved.containerId];
  } catch (error) {
    warning(`could not explain the builds on builder ${saved.builder}: ${error.message}`, { title: TITLE });
  }
  try {
    info(await releaseBuilder(saved, options.keepLimit));
  } catch (error) {
    warning(`could not give builder ${saved.builder} its limit back: ${error.message}`, { title: TITLE });
  }
  return explained;
}
async function explainBuilds(builder, recordPeak) {
  const { publishExplanation } = await import("./publish-PYJGWTA5.js");
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logDir = join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory");
  const { builds, problems } = await explainBuilderHistory(builder, { since: getState("started-at") || null, workspace, logDir, plan: null });
  for (const p of problems) warning(p, { title: TITLE });
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const b of builds) {
    const annotations = b.explanation.annotations.filter((a) => ++shown[a.level] <= 10);
    await publishExplanation(annotations, b.summary);
  }
  info(`builder ${builder}: ${builds.length} build${builds.length === 1 ? "" : "s"} since this job's plan showed memory trouble`);
  const peaks = builds.flatMap((b) => b.outcome.peakBytes === null ? [] : [b.outcome.peakBytes]);
  if (recordPeak && peaks.length > 0) {
    const peak = Math.max(...peaks);
    info(`builder ${builder} peaked at ${formatSize(peak)}`);
    await recordPeak(peak);
  }
  return builds.some((b) => b.explanation.findings.length > 0);
}
export {
  bindForAction,
  explainAndRelease,
  jobHolder,
  publishBinding
};

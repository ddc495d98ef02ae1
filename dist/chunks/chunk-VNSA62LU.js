import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseResizeInput,
  parseResizeTimeout,
  resizeWanted
} from "./chunk-HLFF5RMF.js";
import {
  publishPlan
} from "./chunk-YQEREMMR.js";
import {
  platformOf
} from "./chunk-I5RWDUGV.js";
import {
  buildStep,
  knownPeakForAction,
  readBuildRequest
} from "./chunk-KL2GAPMJ.js";
import {
  detectMachine
} from "./chunk-POOCJQPX.js";
import {
  PLAN_DEFAULTS,
  parseBoolean,
  parsePlanRequest
} from "./chunk-CZ24SHIP.js";
import {
  plan
} from "./chunk-74YQRMWD.js";
import {
  OOM_KILL_COUNT_STATE,
  readOomKillCounter
} from "./chunk-3HUT734X.js";
import {
  InputError,
  formatSize
} from "./chunk-DKWBHJTO.js";
import {
  endGroup,
  error,
  getInput,
  info,
  saveState,
  setFailed,
  setOutput,
  startGroup,
  warning
} from "./chunk-CIXAKSAZ.js";

// src/action/resize.ts
async function resizeForPlan(machine, request, first, input, timeoutMs) {
  const unchanged = { machine, plan: first, resized: false };
  const wanted = resizeWanted(machine, request, first, input);
  if (wanted.kind === "none") return unchanged;
  const platform = platformOf(process.env.RUNNER_OS, process.platform);
  const title = "Docker's VM was not resized";
  const { locateBackend, targetFor } = await import("./locate-7BHTZXVI.js");
  const { resizeDockerVm } = await import("./resize-DY5E7UEO.js");
  try {
    const { choice, paths } = locateBackend(platform, null, machine.docker, process.env);
    if (choice.backend === null) {
      warning(`Resizing does not apply: ${choice.why}.`, { title });
      return unchanged;
    }
    if (wanted.kind === "impossible") {
      warning(`Resizing would not help: ${wanted.why}.`, { title });
      return unchanged;
    }
    const targetBytes = targetFor(choice.backend, machine, wanted.bytes);
    startGroup(`Resizing Docker's VM to ${formatSize(targetBytes)} (${choice.backend}: ${choice.why})`);
    try {
      const result = await resizeDockerVm({ platform, backend: choice.backend, paths, targetBytes, timeoutMs, dryRun: false, log: (line) => info(line) });
      if (!result.resized) return unchanged;
    } finally {
      endGroup();
    }
  } catch (error2) {
    const message = error2 instanceof InputError ? error2.message : error2.message;
    error(message, { title });
    return unchanged;
  }
  const after = await detectMachine();
  return { machine: after, plan: plan(after, request), resized: true };
}

// src/action/main.ts
async function run(mode = "plan-and-build") {
  saveState("started-at", (/* @__PURE__ */ new Date()).toISOString());
  const oomKills = await readOomKillCounter();
  if (oomKills !== null) saveState(OOM_KILL_COUNT_STATE, String(oomKills));
  try {
    const request = parsePlanRequest((name) => getInput(name));
    const exportEnv = parseBoolean(getInput("export-env") || PLAN_DEFAULTS["export-env"], "export-env");
    const exportParallelism = parseBoolean(getInput("export-parallelism") || PLAN_DEFAULTS["export-parallelism"], "export-parallelism");
    const summary = parseBoolean(getInput("summary") || PLAN_DEFAULTS.summary, "summary");
    parseBoolean(getInput("oom-watch") || "true", "oom-watch");
    const resizeInput = parseResizeInput(getInput("resize"));
    const resizeTimeoutMs = parseResizeTimeout(getInput("resize-timeout") || "600", "resize-timeout");
    const build = mode === "plan-and-build" ? readBuildRequest() : null;
    const detected = await detectMachine();
    const history = await knownPeakForAction();
    const planRequest = { ...request, knownPeak: history?.peak ?? null };
    const { machine, plan: result, resized } = await resizeForPlan(detected, planRequest, plan(detected, planRequest), resizeInput, resizeTimeoutMs);
    await publishPlan(result, machine, { exportEnv, exportParallelism, summary });
    setOutput("resized", String(resized));
    if (build && !(result.status === "insufficient" && result.onInsufficient !== "warn")) await buildStep(build, result, history?.key ?? null);
  } catch (error2) {
    setFailed(error2 instanceof InputError ? error2.message : `docker-memory-action failed: ${error2.message}`);
  }
}

export {
  run
};

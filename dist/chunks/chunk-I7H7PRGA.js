import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain,
  prepareBuild
} from "./chunk-EEWOGFLM.js";
import {
  publishPlan
} from "./chunk-6FUB4EWN.js";
import {
  platformOf
} from "./chunk-Y6NZC5Q4.js";
import {
  stopsForInsufficient
} from "./chunk-XMJJFOWZ.js";
import {
  resolveBuildHistory
} from "./chunk-EAXWO4TY.js";
import {
  actionSink,
  saveState
} from "./chunk-CPBXB7FP.js";
import {
  actionsCacheHistoryStore
} from "./chunk-COI3Y2N6.js";
import {
  detectMachine
} from "./chunk-Z3IJVJU6.js";
import {
  readActionInputs
} from "./chunk-KTR4IIIZ.js";
import {
  resizeWanted
} from "./chunk-ITSQ4KTE.js";
import {
  readOomKillCounter
} from "./chunk-WQ665HPS.js";
import {
  plan
} from "./chunk-4JHAEORE.js";
import {
  InputError,
  formatSize
} from "./chunk-DKWBHJTO.js";
import {
  ExitCode,
  endGroup,
  error,
  info,
  notice,
  setFailed,
  setOutput,
  startGroup,
  warning
} from "./chunk-CHXX7HMV.js";

// src/action/resize.ts
async function resizeForPlan(machine, request, first, input, timeoutMs) {
  const unchanged = { machine, plan: first, resized: false };
  const wanted = resizeWanted(machine, request, first, input);
  if (wanted.kind === "none") return unchanged;
  const platform = platformOf(process.env.RUNNER_OS, process.platform);
  const title = "Docker's VM was not resized";
  const { locateBackend, targetFor } = await import("./locate-GNK24DSF.js");
  const { resizeDockerVm } = await import("./resize-AOGWEA3L.js");
  try {
    const { choice, paths } = locateBackend(platform, null, machine.docker, process.env);
    if (choice.backend === null) {
      if (input.kind === "size") throw new InputError(`resize: ${formatSize(input.bytes)} cannot be done: ${choice.why}`);
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
    error(error2.message, { title });
    process.exitCode = ExitCode.Failure;
    return unchanged;
  }
  const after = await detectMachine();
  return { machine: after, plan: plan(after, request), resized: true };
}

// src/action/main.ts
async function run(mode = "plan-and-build") {
  saveState("started-at", (/* @__PURE__ */ new Date()).toISOString());
  const oomKills = await readOomKillCounter();
  if (oomKills !== null) saveState("oom-kill-count", String(oomKills));
  try {
    const inputs = readActionInputs(mode);
    const detected = await detectMachine();
    const history = inputs.history ? await resolveBuildHistory({ givenKey: inputs.history.key, keyName: "history-key", build: inputs.read, store: actionsCacheHistoryStore, notice: historyNotice }) : null;
    const planRequest = { ...inputs.plan, knownPeak: history?.peak ?? null };
    const { machine, plan: result, resized } = await resizeForPlan(detected, planRequest, plan(detected, planRequest), inputs.resize, inputs.resizeTimeoutMs);
    const build = inputs.build && !stopsForInsufficient(result) ? inputs.build : null;
    const prepared = build && await prepareBuild(build, result);
    await publishPlan(result, machine, { exportEnv: inputs.exportEnv, exportParallelism: inputs.exportParallelism, summary: inputs.summary });
    setOutput("resized", String(resized));
    if (prepared) await buildAndExplain(prepared, result, history, actionSink(historyNotice, prepared.request.keepBuilder));
  } catch (error2) {
    setFailed(error2 instanceof InputError ? error2.message : `docker-memory-action failed: ${error2.message}`);
  }
}
function historyNotice(message) {
  notice(`history: ${message}.`, { title: "Docker memory history" });
}

export {
  run
};

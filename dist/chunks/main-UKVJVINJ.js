import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunk-QAVGQB63.js";
import {
  stopsForInsufficient
} from "./chunk-XMJJFOWZ.js";
import {
  platformOf
} from "./chunk-AKXHOXRQ.js";
import {
  actionSink
} from "./chunk-UDJ3MVW4.js";
import {
  saveState
} from "./chunk-IVY4X6VT.js";
import {
  detectMachine
} from "./chunk-IZYTV3ZK.js";
import "./chunk-EFLXPI42.js";
import "./chunk-WJF5LX4Z.js";
import "./chunk-FQWTZ246.js";
import "./chunk-SBRVTZDA.js";
import "./chunk-4ADG4MZF.js";
import {
  readActionInputs
} from "./chunk-GQRJ2GYE.js";
import {
  resizeWanted
} from "./chunk-2O7CEPVO.js";
import {
  readOomKillCounter
} from "./chunk-FWJHVCR3.js";
import "./chunk-DU57UGWW.js";
import "./chunk-4AB2IO7X.js";
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
} from "./chunk-H3JFNL6M.js";
import "./chunk-BBK5DGQI.js";
import "./chunk-GTS2FVTB.js";
import {
  plan
} from "./chunk-KD2RUOUU.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-RIM6E7OU.js";
import "./chunk-PTSD4TEZ.js";
import "./chunk-A44HNRBR.js";
import "./chunk-U72LPSCJ.js";
import {
  InputError,
  formatSize
} from "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";

// src/action/resize.ts
async function resizeForPlan(machine, request, first, input, timeoutMs) {
  const unchanged = { machine, plan: first, resized: false };
  const wanted = resizeWanted(machine, request, first, input);
  if (wanted.kind === "none") return unchanged;
  const platform = platformOf(process.env.RUNNER_OS, process.platform);
  const title = "Docker's VM was not resized";
  const { locateBackend, targetFor } = await import("./locate-ZI2WC7DV.js");
  const { resizeDockerVm } = await import("./resize-NZM5LJEV.js");
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
    const history = inputs.history ? await loadHistory(inputs.history.key, inputs.read) : null;
    const planRequest = { ...inputs.plan, knownPeak: history?.peak ?? null };
    const { machine, plan: result, resized } = await resizeForPlan(detected, planRequest, plan(detected, planRequest), inputs.resize, inputs.resizeTimeoutMs);
    const build = inputs.build && !stopsForInsufficient(result) ? inputs.build : null;
    const runner = build ? await loadBuildRunner() : null;
    const prepared = build && runner && await runner.prepareBuild(build, result);
    const binding = inputs.bind && !stopsForInsufficient(result) ? await (await import("./bind-4UNFTK5T.js")).bindForAction(result, inputs.bind) : null;
    await publishPlan(result, machine, { exportEnv: inputs.exportEnv, exportParallelism: inputs.exportParallelism, summary: inputs.summary });
    setOutput("resized", String(resized));
    if (binding) (await import("./bind-4UNFTK5T.js")).publishBinding(binding);
    if (prepared && runner) await runner.buildAndExplain(prepared, result, history, actionSink(historyNotice, prepared.request.keepBuilder));
  } catch (error2) {
    setFailed(error2 instanceof InputError ? error2.message : `docker-memory-action failed: ${error2.message}`);
  }
}
async function loadHistory(givenKey, read) {
  const [{ resolveBuildHistory }, { actionsCacheHistoryStore }] = await Promise.all([
    import("./history-H7M4XY3M.js"),
    import("./actions-cache-store-ICT7EZRK.js")
  ]);
  return resolveBuildHistory({ givenKey, keyName: "history-key", build: read, store: actionsCacheHistoryStore, notice: historyNotice });
}
async function loadBuildRunner() {
  const [{ prepareBuild }, { buildAndExplain }] = await Promise.all([import("./run-build-WAENG2Q6.js"), import("./build-and-explain-Z7OPSN2P.js")]);
  return { prepareBuild, buildAndExplain };
}
function historyNotice(message) {
  notice(`history: ${message}.`, { title: "Docker memory history" });
}
export {
  run
};

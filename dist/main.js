import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PLAN_DEFAULTS,
  defaultReserve,
  detectMachine,
  parseBoolean,
  parsePlanRequest,
  parseResizeInput,
  parseResizeTimeout,
  plan,
  resizeWanted
} from "./chunks/chunk-VD4UUOYP.js";
import {
  publishPlan
} from "./chunks/chunk-6GZ2YKFI.js";
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
} from "./chunks/chunk-Y7NUFLIS.js";
import "./chunks/chunk-3MJOOBRO.js";
import {
  resizeTarget
} from "./chunks/chunk-2RCMFN5V.js";
import {
  formatSize
} from "./chunks/chunk-MVXOFTDU.js";
import {
  backendUnit,
  platformOf
} from "./chunks/chunk-KL2DLNNF.js";
import {
  InputError
} from "./chunks/chunk-HZVVQHPO.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/action/resize.ts
async function resizeForPlan(machine, request, first, input, timeoutMs) {
  const unchanged = { machine, plan: first, resized: false };
  const wanted = resizeWanted(machine, request, first, input);
  if (wanted.kind === "none") return unchanged;
  const platform = platformOf(process.env.RUNNER_OS, process.platform);
  const title = "Docker's VM was not resized";
  const { locateBackend } = await import("./chunks/locate-WFAPYDBO.js");
  const { resizeDockerVm } = await import("./chunks/resize-ACAWBU4H.js");
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
    const physical = machine.memory.totalBytes;
    const { targetBytes } = resizeTarget({ requestedBytes: wanted.bytes, physicalBytes: physical, reserveBytes: defaultReserve(physical), unit: backendUnit(choice.backend) });
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
async function run() {
  try {
    const request = parsePlanRequest((name) => getInput(name));
    const exportEnv = parseBoolean(getInput("export-env") || PLAN_DEFAULTS["export-env"], "export-env");
    const summary = parseBoolean(getInput("summary") || PLAN_DEFAULTS.summary, "summary");
    const resizeInput = parseResizeInput(getInput("resize"));
    const resizeTimeoutMs = parseResizeTimeout(getInput("resize-timeout") || "600", "resize-timeout");
    const detected = await detectMachine();
    const { machine, plan: result, resized } = await resizeForPlan(detected, request, plan(detected, request), resizeInput, resizeTimeoutMs);
    setOutput("resized", String(resized));
    saveState("started-at", (/* @__PURE__ */ new Date()).toISOString());
    await publishPlan(result, machine, { exportEnv, summary });
  } catch (error2) {
    setFailed(error2 instanceof InputError ? error2.message : `docker-memory-action failed: ${error2.message}`);
  }
}

// src/main.ts
await run();

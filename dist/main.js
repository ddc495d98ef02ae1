import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildStep,
  readBuildRequest
} from "./chunks/chunk-AH54TXYJ.js";
import {
  detectMachine
} from "./chunks/chunk-FUIXUUTH.js";
import {
  PLAN_DEFAULTS,
  parseBoolean,
  parsePlanRequest,
  plan
} from "./chunks/chunk-JFCEKYBV.js";
import {
  publishPlan
} from "./chunks/chunk-Z4654PWH.js";
import {
  getInput,
  saveState,
  setFailed
} from "./chunks/chunk-KOVLFFEC.js";
import "./chunks/chunk-P574JD7W.js";
import {
  InputError
} from "./chunks/chunk-HDNLRF77.js";

// src/action/main.ts
async function run() {
  try {
    const request = parsePlanRequest((name) => getInput(name));
    const exportEnv = parseBoolean(getInput("export-env") || PLAN_DEFAULTS["export-env"], "export-env");
    const summary = parseBoolean(getInput("summary") || PLAN_DEFAULTS.summary, "summary");
    const build = readBuildRequest();
    const machine = await detectMachine();
    const result = plan(machine, request);
    saveState("started-at", (/* @__PURE__ */ new Date()).toISOString());
    await publishPlan(result, machine, { exportEnv, summary });
    if (build && !(result.status === "insufficient" && result.onInsufficient !== "warn")) await buildStep(build, result);
  } catch (error) {
    setFailed(error instanceof InputError ? error.message : `docker-memory-action failed: ${error.message}`);
  }
}

// src/main.ts
await run();

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PLAN_DEFAULTS,
  detectMachine,
  parseBoolean,
  parsePlanRequest,
  plan
} from "./chunks/chunk-VDNOJ2OV.js";
import {
  publishPlan
} from "./chunks/chunk-Q2JL5W4B.js";
import "./chunks/chunk-M6QIYSDX.js";
import {
  InputError
} from "./chunks/chunk-ZIOJHWFQ.js";
import {
  getInput,
  saveState,
  setFailed
} from "./chunks/chunk-37CBCYFL.js";

// src/action/main.ts
async function run() {
  try {
    const request = parsePlanRequest((name) => getInput(name));
    const exportEnv = parseBoolean(getInput("export-env") || PLAN_DEFAULTS["export-env"], "export-env");
    const summary = parseBoolean(getInput("summary") || PLAN_DEFAULTS.summary, "summary");
    const machine = await detectMachine();
    const result = plan(machine, request);
    saveState("started-at", (/* @__PURE__ */ new Date()).toISOString());
    await publishPlan(result, machine, { exportEnv, summary });
  } catch (error) {
    setFailed(error instanceof InputError ? error.message : `docker-memory-action failed: ${error.message}`);
  }
}

// src/main.ts
await run();

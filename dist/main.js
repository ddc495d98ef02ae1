import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  publishPlan
} from "./chunks/chunk-IEYTDCDA.js";
import {
  PLAN_DEFAULTS,
  parseBoolean,
  parsePlanRequest,
  plan
} from "./chunks/chunk-7MQY6HIP.js";
import "./chunks/chunk-5AJ72TRV.js";
import "./chunks/chunk-M6QIYSDX.js";
import {
  detectMachine
} from "./chunks/chunk-XTDO5B5C.js";
import {
  InputError
} from "./chunks/chunk-ZIOJHWFQ.js";
import {
  getInput,
  saveState,
  setFailed
} from "./chunks/chunk-XGMWLFE3.js";
import "./chunks/chunk-6DG7BXTN.js";

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

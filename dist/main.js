import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildStep,
  knownPeakForAction,
  readBuildRequest
} from "./chunks/chunk-HCQWQUP5.js";
import "./chunks/chunk-EK36S3X6.js";
import "./chunks/chunk-KQG7OAAG.js";
import {
  detectMachine
} from "./chunks/chunk-ITCILA5Z.js";
import "./chunks/chunk-W2OJ56PM.js";
import {
  PLAN_DEFAULTS,
  parseBoolean,
  parsePlanRequest,
  plan
} from "./chunks/chunk-NY7PILTA.js";
import "./chunks/chunk-J2V7HDKJ.js";
import "./chunks/chunk-CWYG7LYI.js";
import "./chunks/chunk-YQEQRE5V.js";
import "./chunks/chunk-FNMJEII5.js";
import {
  publishPlan
} from "./chunks/chunk-7CHRVGOF.js";
import "./chunks/chunk-YC2HH5IN.js";
import "./chunks/chunk-WND4YQVL.js";
import "./chunks/chunk-PUGFUTRA.js";
import "./chunks/chunk-J5YFGBQQ.js";
import {
  InputError
} from "./chunks/chunk-ZIOJHWFQ.js";
import {
  getInput,
  saveState,
  setFailed
} from "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/main.ts
async function run() {
  try {
    const request = parsePlanRequest((name) => getInput(name));
    const exportEnv = parseBoolean(getInput("export-env") || PLAN_DEFAULTS["export-env"], "export-env");
    const summary = parseBoolean(getInput("summary") || PLAN_DEFAULTS.summary, "summary");
    const build = readBuildRequest();
    const machine = await detectMachine();
    const history = await knownPeakForAction();
    if (history) saveState("history-key", history.key);
    const result = plan(machine, { ...request, knownPeak: history?.peak ?? null });
    saveState("started-at", (/* @__PURE__ */ new Date()).toISOString());
    await publishPlan(result, machine, { exportEnv, summary });
    if (build && !(result.status === "insufficient" && result.onInsufficient !== "warn")) await buildStep(build, result, history?.key ?? null);
  } catch (error) {
    setFailed(error instanceof InputError ? error.message : `docker-memory-action failed: ${error.message}`);
  }
}

// src/main.ts
await run();

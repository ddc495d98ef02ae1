import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-EOVMHZZK.js";
import {
  PLAN_DEFAULTS,
  parseBoolean,
  parsePlanRequest,
  plan
} from "./chunks/chunk-NY7PILTA.js";
import {
  loadKnownPeak
} from "./chunks/chunk-CWYG7LYI.js";
import "./chunks/chunk-YQEQRE5V.js";
import {
  publishPlan
} from "./chunks/chunk-FUGP7ZME.js";
import "./chunks/chunk-YC2HH5IN.js";
import "./chunks/chunk-WND4YQVL.js";
import {
  getInput,
  notice,
  saveState,
  setFailed
} from "./chunks/chunk-Q25VWHAH.js";
import {
  detectMachine
} from "./chunks/chunk-XTDO5B5C.js";
import "./chunks/chunk-PUGFUTRA.js";
import {
  buildKey,
  parseHistoryKey
} from "./chunks/chunk-J5YFGBQQ.js";
import {
  InputError
} from "./chunks/chunk-ZIOJHWFQ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/history.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var TITLE = "Docker memory history";
async function knownPeakForAction() {
  if (!parseBoolean(getInput("history") || "false", "history")) return null;
  const given = getInput("history-key");
  let key;
  if (given.trim() !== "") {
    key = parseHistoryKey(given, "history-key");
  } else {
    const file = getInput("file") || join(getInput("context") || ".", "Dockerfile");
    let dockerfile;
    try {
      dockerfile = await readFile(file, "utf8");
    } catch (error) {
      notice(`history: no Dockerfile at ${file} to name this build (${error.code}); set history-key. Planning without history.`, { title: TITLE });
      return null;
    }
    key = buildKey({ dockerfile, target: getInput("target"), platforms: getInput("platforms") });
  }
  const { peak, notice: notice2 } = await loadKnownPeak(actionsCacheHistoryStore(key), key);
  if (notice2 !== null) notice(`history: ${notice2}.`, { title: TITLE });
  return { key, peak };
}

// src/action/main.ts
async function run() {
  try {
    const request = parsePlanRequest((name) => getInput(name));
    const exportEnv = parseBoolean(getInput("export-env") || PLAN_DEFAULTS["export-env"], "export-env");
    const summary = parseBoolean(getInput("summary") || PLAN_DEFAULTS.summary, "summary");
    const machine = await detectMachine();
    const history = await knownPeakForAction();
    if (history) saveState("history-key", history.key);
    const result = plan(machine, { ...request, knownPeak: history?.peak ?? null });
    saveState("started-at", (/* @__PURE__ */ new Date()).toISOString());
    await publishPlan(result, machine, { exportEnv, summary });
  } catch (error) {
    setFailed(error instanceof InputError ? error.message : `docker-memory-action failed: ${error.message}`);
  }
}

// src/main.ts
await run();

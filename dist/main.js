import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PLAN_DEFAULTS,
  detectMachine,
  fileHistoryStore,
  loadKnownPeak,
  parseBoolean,
  parsePlanRequest,
  plan
} from "./chunks/chunk-CDRMDQ2O.js";
import {
  publishPlan
} from "./chunks/chunk-JETLN2OP.js";
import {
  InputError,
  buildKey,
  emptyHistory,
  parseHistoryKey
} from "./chunks/chunk-UJAQMLG6.js";
import {
  getInput,
  notice,
  saveState,
  setFailed
} from "./chunks/chunk-ZPWJS5YA.js";
import "./chunks/chunk-HANBNIMK.js";

// src/action/history.ts
import { readFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/history/actions-cache-store.ts
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
function actionsCacheHistoryStore(key, dir = join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory-history")) {
  const prefix = `docker-memory-history-v1-${createHash("sha256").update(key).digest("hex").slice(0, 16)}-`;
  const file = fileHistoryStore(join(dir, "history.json"));
  const where = `the Actions cache (${prefix}*)`;
  return {
    where,
    async load() {
      try {
        const cache = await import("./chunks/cache-EY5LKXY5.js");
        if (!cache.isFeatureAvailable()) {
          return { history: emptyHistory(), state: "unavailable", notice: "the Actions cache is not available to this job" };
        }
        const hit = await cache.restoreCache([dir], prefix, [prefix]);
        if (hit === void 0) return { history: emptyHistory(), state: "missing", notice: `no history found in ${where} (none saved yet, or the cache did not answer)` };
        return await file.load();
      } catch (error) {
        return { history: emptyHistory(), state: "unavailable", notice: `the Actions cache could not be read (${error.message})` };
      }
    },
    async save(history) {
      try {
        await file.save(history);
        const cache = await import("./chunks/cache-EY5LKXY5.js");
        if (!cache.isFeatureAvailable()) return "the Actions cache is not available to this job: the peak was not kept";
        const id = await cache.saveCache([dir], `${prefix}${Date.now()}`);
        return id === -1 ? "the Actions cache did not keep the peak" : null;
      } catch (error) {
        return `the Actions cache did not keep the peak (${error.message})`;
      }
    }
  };
}

// src/action/history.ts
var TITLE = "Docker memory history";
async function knownPeakForAction() {
  if (!parseBoolean(getInput("history") || "false", "history")) return null;
  const given = getInput("history-key");
  let key;
  if (given.trim() !== "") {
    key = parseHistoryKey(given, "history-key");
  } else {
    const file = getInput("file") || join2(getInput("context") || ".", "Dockerfile");
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

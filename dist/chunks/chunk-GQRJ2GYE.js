import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseResizeInput,
  parseResizeTimeout
} from "./chunk-2O7CEPVO.js";
import {
  parseBuildRequest,
  wantsBuild
} from "./chunk-4AB2IO7X.js";
import {
  getInput,
  setSecret
} from "./chunk-H3JFNL6M.js";
import {
  PLAN_DEFAULTS,
  parseBoolean,
  parsePlanRequest
} from "./chunk-BBK5DGQI.js";
import {
  InputError,
  parseSize
} from "./chunk-W5HBJGWY.js";

// src/action/inputs.ts
function readActionInputs(mode) {
  const read = (name) => getInput(name);
  const plan = parsePlanRequest(read);
  const build = mode === "plan-and-build" && wantsBuild(read) ? parseBuildRequest(read) : null;
  const swap = read("memory-swap").trim();
  const bind = build === null && mode !== "resize-only" ? { builder: read("builder").trim() || null, memorySwapBytes: swap === "" ? null : parseSize(swap, "memory-swap") } : null;
  for (const s of build?.secrets ?? []) setSecret(s.value);
  return {
    plan,
    exportEnv: parseBoolean(read("export-env") || PLAN_DEFAULTS["export-env"], "export-env"),
    exportParallelism: parseBoolean(read("export-parallelism") || PLAN_DEFAULTS["export-parallelism"], "export-parallelism"),
    summary: parseBoolean(read("summary") || PLAN_DEFAULTS.summary, "summary"),
    oomWatch: oomWatch(read),
    resize: parseResizeInput(read("resize")),
    resizeTimeoutMs: parseResizeTimeout(read("resize-timeout") || "600", "resize-timeout"),
    build,
    bind,
    keepLimit: parseBoolean(read("keep-limit") || "false", "keep-limit"),
    history: parseBoolean(read("history") || "false", "history") ? { key: read("history-key") } : null,
    read
  };
}
function oomWatch(read = (name) => getInput(name)) {
  return parseBoolean(read("oom-watch") || "true", "oom-watch");
}
function readExplainInputs() {
  const logPath = getInput("log");
  if (logPath === "") throw new InputError("log is required: the path of the saved build log");
  return { logPath, file: getInput("file") || null };
}

export {
  readActionInputs,
  oomWatch,
  readExplainInputs
};

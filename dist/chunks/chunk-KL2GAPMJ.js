import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildOutputs,
  buildResultLines,
  dockerfilePath,
  limitFromPlan,
  parseBuildRequest,
  removeBuilderCommand,
  runBuild,
  wantsBuild
} from "./chunk-KZUBM2G2.js";
import {
  actionsCacheHistoryStore
} from "./chunk-G6HNBUQM.js";
import {
  parseBoolean
} from "./chunk-CZ24SHIP.js";
import {
  loadKnownPeak,
  recordPeak
} from "./chunk-LGWAW3FI.js";
import {
  buildKey,
  parseHistoryKey
} from "./chunk-FBHOVWAC.js";
import {
  captureDocker
} from "./chunk-G46ACA3G.js";
import {
  reportBuild
} from "./chunk-3HUT734X.js";
import {
  endGroup,
  getInput,
  getState,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunk-CIXAKSAZ.js";

// src/action/history.ts
import { readFile } from "node:fs/promises";
var TITLE = "Docker memory history";
async function knownPeakForAction() {
  if (!parseBoolean(getInput("history") || "false", "history")) return null;
  const given = getInput("history-key");
  let key;
  if (given.trim() !== "") {
    key = parseHistoryKey(given, "history-key");
  } else {
    const file = dockerfilePath((name) => getInput(name));
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
async function recordActionPeak(key, peakBytes) {
  try {
    const { notices } = await recordPeak(key, peakBytes, actionsCacheHistoryStore(key));
    for (const n of notices) notice(`history: ${n}.`, { title: TITLE });
  } catch (error) {
    notice(`history: the peak was not recorded (${error.message}).`, { title: TITLE });
  }
}

// src/action/build.ts
import { join } from "node:path";
import { tmpdir } from "node:os";
var BUILDER_STATE = "builder-to-remove";
var EXPLAINED_KILLS_STATE = "explained-kills";
function readBuildRequest() {
  const read = (name) => getInput(name);
  if (!wantsBuild(read)) return null;
  const request = parseBuildRequest(read);
  for (const s of request.secrets) setSecret(s.value);
  return request;
}
async function buildStep(request, plan, historyKey) {
  const limit = limitFromPlan(plan, request);
  const run = await runBuild(request, limit, {
    logDir: join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory"),
    reporter: {
      info: (m) => info(m),
      warning: (m) => warning(m, { title: "Docker build memory" }),
      startLog: (title) => startGroup(title),
      logLine: (l) => info(l),
      endLog: () => endGroup()
    }
  });
  const o = run.outcome;
  if (run.createdBuilder && !request.keepBuilder) saveState(BUILDER_STATE, run.createdBuilder);
  for (const line of buildResultLines(o)) info(line);
  let findings = 0;
  if (!o.cancelled) {
    const report = await reportBuild(o, plan, { publish: true }).catch((error) => {
      warning(`the OOM explanation failed: ${error.message}`, { title: "Docker build memory" });
      return null;
    });
    const explained = report?.explanation.findings.flatMap((f) => f.kill ? [f.kill.pid] : []) ?? [];
    if (explained.length > 0) saveState(EXPLAINED_KILLS_STATE, explained.join(","));
    findings = report?.explanation.findings.length ?? 0;
    if (historyKey !== null && o.peakBytes !== null) await recordActionPeak(historyKey, o.peakBytes);
  }
  for (const [name, value] of Object.entries(buildOutputs(o, findings))) setOutput(name, value);
  setOutput("build-log", o.logPath);
  if (run.problem) setFailed(run.problem);
  else if (o.exitCode !== 0) setFailed(`docker build failed with exit code ${o.exitCode}; the log is in the group above and at ${o.logPath}`);
}
async function removeJobBuilder() {
  const builder = getState(BUILDER_STATE);
  if (!builder) return;
  const r = await captureDocker(removeBuilderCommand(builder).args, { timeoutMs: 6e4 });
  if (r.code === 0) info(`removed builder ${builder}`);
  else warning(`could not remove builder ${builder}: ${(r.stderr || r.stdout).trim() || `exit code ${r.code}`}`);
}

export {
  knownPeakForAction,
  EXPLAINED_KILLS_STATE,
  readBuildRequest,
  buildStep,
  removeJobBuilder
};

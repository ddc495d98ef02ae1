import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildOutputs,
  buildResultLines,
  captureDocker,
  limitFromPlan,
  parseBuildRequest,
  removeBuilderCommand,
  runBuild,
  wantsBuild
} from "./chunk-JFCEKYBV.js";
import {
  endGroup,
  getInput,
  getState,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunk-KOVLFFEC.js";

// src/action/build.ts
import { join } from "node:path";
import { tmpdir } from "node:os";
var BUILDER_STATE = "builder-to-remove";
function readBuildRequest() {
  const read = (name) => getInput(name);
  if (!wantsBuild(read)) return null;
  const request = parseBuildRequest(read);
  for (const s of request.secrets) setSecret(s.value);
  return request;
}
async function buildStep(request, plan) {
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
  for (const [name, value] of Object.entries(buildOutputs(o))) setOutput(name, value);
  setOutput("build-log", o.logPath);
  for (const line of buildResultLines(o)) info(line);
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
  readBuildRequest,
  buildStep,
  removeJobBuilder
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getState,
  saveState
} from "./chunk-IVY4X6VT.js";
import {
  endGroup,
  info,
  setFailed,
  setOutput,
  startGroup,
  warning
} from "./chunk-H3JFNL6M.js";
import {
  removeBuilder
} from "./chunk-A44HNRBR.js";

// src/action/build.ts
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
var TITLE = "Docker build memory";
function actionSink(notice, keepBuilder) {
  let resume = null;
  return {
    logDir: join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory"),
    // Later steps of the job reuse it; post removes it, unless keep-builder keeps it.
    keepCreatedBuilder: true,
    publish: true,
    info: (m) => info(m),
    warning: (m) => warning(m, { title: TITLE }),
    notice,
    startLog: (title) => {
      startGroup(title);
      resume = randomBytes(16).toString("hex");
      info(`::stop-commands::${resume}`);
    },
    logLine: (l) => info(l),
    endLog: () => {
      if (resume !== null) info(`::${resume}::`);
      resume = null;
      endGroup();
    },
    explained: (report) => {
      const pids = report.explanation.findings.flatMap((f) => f.kill ? [f.kill.pid] : []);
      if (pids.length > 0) saveState("explained-kills", pids.join(","));
    },
    finished: ({ outputs, lines, createdBuilder }) => {
      for (const line of lines) info(line);
      if (createdBuilder !== null && !keepBuilder) saveState("builder-to-remove", createdBuilder);
      for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
    },
    fail: (message) => setFailed(message)
  };
}
async function removeJobBuilder() {
  const builder = getState("builder-to-remove");
  if (!builder) return;
  const failed = await removeBuilder(builder);
  if (failed === null) info(`removed builder ${builder}`);
  else warning(`could not remove builder ${builder}: ${failed}`);
}

export {
  actionSink,
  removeJobBuilder
};

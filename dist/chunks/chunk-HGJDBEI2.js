import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  endGroup,
  getState,
  info,
  saveState,
  setFailed,
  setOutput,
  startGroup,
  warning
} from "./chunk-H3JFNL6M.js";
import {
  removeBuilder
} from "./chunk-LZIWP3DH.js";

// src/action/state.ts
function saveState2(key, value) {
  saveState(key, value);
}
function getState2(key) {
  return getState(key);
}

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
      if (pids.length > 0) saveState2("explained-kills", pids.join(","));
    },
    finished: ({ outputs, lines, createdBuilder }) => {
      for (const line of lines) info(line);
      if (createdBuilder !== null && !keepBuilder) saveState2("builder-to-remove", createdBuilder);
      for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
    },
    fail: (message) => setFailed(message)
  };
}
async function removeJobBuilder() {
  const builder = getState2("builder-to-remove");
  if (!builder) return;
  const failed = await removeBuilder(builder);
  if (failed === null) info(`removed builder ${builder}`);
  else warning(`could not remove builder ${builder}: ${failed}`);
}

export {
  saveState2 as saveState,
  getState2 as getState,
  actionSink,
  removeJobBuilder
};

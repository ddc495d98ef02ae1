import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BUILDER_STATE
} from "./chunks/chunk-4YEQLG4V.js";
import {
  captureDocker,
  removeBuilderCommand
} from "./chunks/chunk-BU5P7VOU.js";
import {
  debug,
  getState,
  info,
  warning
} from "./chunks/chunk-KOVLFFEC.js";
import "./chunks/chunk-HDNLRF77.js";

// src/action/post.ts
async function runPost() {
  debug(`docker-memory-action post: main started at ${getState("started-at") || "unknown"}`);
  const builder = getState(BUILDER_STATE);
  if (builder) {
    const r = await captureDocker(removeBuilderCommand(builder).args, { timeoutMs: 6e4 });
    if (r.code === 0) info(`removed builder ${builder}`);
    else warning(`could not remove builder ${builder}: ${(r.stderr || r.stdout).trim() || `exit code ${r.code}`}`);
  }
}

// src/post.ts
await runPost();

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  removeJobBuilder
} from "./chunks/chunk-AH54TXYJ.js";
import "./chunks/chunk-JFCEKYBV.js";
import {
  debug,
  getState
} from "./chunks/chunk-KOVLFFEC.js";
import "./chunks/chunk-HDNLRF77.js";

// src/action/post.ts
async function runPost() {
  debug(`docker-memory-action post: main started at ${getState("started-at") || "unknown"}`);
  await removeJobBuilder();
}

// src/post.ts
await runPost();

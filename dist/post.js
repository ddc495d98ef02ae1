import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  debug,
  getState
} from "./chunks/chunk-Y7NUFLIS.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/action/post.ts
async function runPost() {
  debug(`docker-memory-action post: main started at ${getState("started-at") || "unknown"}`);
}

// src/post.ts
await runPost();

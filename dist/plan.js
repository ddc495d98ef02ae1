import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  probeDockerEarly
} from "./chunks/chunk-RSJGSQYI.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/entries/plan.ts
probeDockerEarly();
var { run } = await import("./chunks/main-GZIGW4WM.js");
await run("plan-only");

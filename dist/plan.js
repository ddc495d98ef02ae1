import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  probeDockerEarly
} from "./chunks/chunk-SBRVTZDA.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/entries/plan.ts
void probeDockerEarly();
var { run } = await import("./chunks/main-UKVJVINJ.js");
await run("plan-only");

#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  probeDockerEarly
} from "./chunks/chunk-CO22XDKK.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/cli.ts
var args = process.argv.slice(2);
if ((args[0] === "plan" || args[0] === "detect") && !args.some((a) => a === "--no-docker" || a.startsWith("--total-memory"))) {
  probeDockerEarly();
}
var { main } = await import("./chunks/program-HNHNWO2A.js");
await main(process.argv);

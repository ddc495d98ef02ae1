import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunk-I7N63SSG.js";
import {
  detectText
} from "./chunk-6WEJIR6H.js";
import "./chunk-FQWTZ246.js";
import "./chunk-PZWJOLOC.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-PAPPFDNF.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-WPS2G4JG.js";
import "./chunk-PTSD4TEZ.js";
import {
  Command,
  Option
} from "./chunk-E26C5AE2.js";
import "./chunk-W5HBJGWY.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/detect.ts
function detectCommand() {
  return new Command("detect").description("show what this machine has: memory, cgroup limits, CPUs, Docker, runner").option("--no-docker", "do not ask the Docker engine").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (opts) => {
    const machine = await detectMachine({ docker: opts.docker });
    process.stdout.write(opts.format === "json" ? JSON.stringify(machine, null, 2) + "\n" : detectText(machine));
  });
}
export {
  detectCommand
};

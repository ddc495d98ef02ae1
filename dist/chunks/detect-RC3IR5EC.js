import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunk-IZYTV3ZK.js";
import {
  detectText
} from "./chunk-WJF5LX4Z.js";
import "./chunk-FQWTZ246.js";
import "./chunk-SBRVTZDA.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-KD2RUOUU.js";
import "./chunk-3NKCQ3B5.js";
import "./chunk-RIM6E7OU.js";
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

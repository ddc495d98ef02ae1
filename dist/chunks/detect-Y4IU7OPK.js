import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  print
} from "./chunk-363NJJX4.js";
import {
  Command,
  Option
} from "./chunk-E26C5AE2.js";
import {
  detectMachine
} from "./chunk-ZG6HJLGQ.js";
import "./chunk-7HNKVT3Y.js";
import {
  detectText
} from "./chunk-5R2VM45D.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-J3Y7N3ZZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-FWRNM3YZ.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/detect.ts
function detectCommand() {
  return new Command("detect").description("show what this machine has: memory, cgroup limits, CPUs, Docker, runner").option("--no-docker", "do not ask the Docker engine").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (opts) => {
    const machine = await detectMachine({ docker: opts.docker });
    print(opts.format === "json" ? JSON.stringify(machine, null, 2) + "\n" : detectText(machine));
  });
}
export {
  detectCommand
};

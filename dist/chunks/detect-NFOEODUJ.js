import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  print
} from "./chunk-J3PICFUC.js";
import {
  Command,
  Option
} from "./chunk-S4EYESHR.js";
import {
  detectMachine
} from "./chunk-IGPBYK6G.js";
import "./chunk-R64RCU3W.js";
import {
  detectText
} from "./chunk-346QALMU.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-UZYQOPRT.js";
import "./chunk-RXYM5UYZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-K4656TKS.js";
import "./chunk-YH6U5J26.js";
import "./chunk-6RR46GWK.js";
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

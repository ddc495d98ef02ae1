import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunk-BLNFNQWZ.mjs";
import {
  print
} from "./chunk-TSPMPEID.mjs";
import {
  Command,
  Option
} from "./chunk-55UESA72.mjs";
import {
  detectText
} from "./chunk-4DVAWDQY.mjs";
import "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  historyFromFlags
} from "./chunk-FBXN7JSX.mjs";
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
  stopsForInsufficient
} from "./chunk-ZOBYTK3G.mjs";
import {
  planText
} from "./chunk-4DVAWDQY.mjs";
import {
  parseBoolean,
  parsePlanRequest
} from "./chunk-PCYGHEDG.mjs";
import {
  formatEnvFile,
  planEnv,
  planJson
} from "./chunk-EXXJVCAA.mjs";
import {
  plan
} from "./chunk-UT3EMDMA.mjs";

// src/cli/options.ts
var FORMATS = ["text", "json", "env", "github"];
function addPlanOptions(command) {
  return command.option("--profile <name>", "conservative, balanced or maximum", "balanced").option("--build-memory <size>", "build memory: a size (20g, 1.5g) or a percentage of available memory (75%)").option("--reserve-memory <size>", "memory kept for the OS and runner (default: 10 % of memory, 1\u20138 GiB)").option("--containers <list>", "container limits, name=size, separated by commas or newlines", collect, "").option("--ollama-model <name>", "auto, or an Ollama model: phi3:mini, llama3.1:8b, qwen2.5:7b, mistral:7b").option("--on-insufficient <what>", "fail, warn, downgrade or resize", "fail").option("--memory-per-job <size>", "memory one parallel build job needs", "2g").option("--total-memory <size>", "plan for a machine with this much memory instead of this one").option("--cpus <n>", "plan for a machine with this many CPUs instead of this one").option("--runner-labels <list>", "runners a build may move to, label=size, separated by commas or newlines (sets larger-runner)", collect, "").option("--no-docker", "do not ask the Docker engine");
}
function addPublishOptions(command) {
  return command.option("--export-env <bool>", "with --format github: write GITHUB_ENV", "true").option(
    "--export-parallelism [bool]",
    "with --format github or env: also set MAKEFLAGS, GOFLAGS, GRADLE_OPTS, CARGO_BUILD_JOBS, MAX_JOBS and CMAKE_BUILD_PARALLEL_LEVEL to the job count",
    "false"
  ).option("--summary <bool>", "with --format github: write the job summary", "true").addOption(new Option("--format <format>", "output format").choices(FORMATS).default("text"));
}
function addHistoryOptions(command) {
  return command.option("--history-file <file>", "a history file (docker-memory history record): plan at least the known peak plus headroom").option("--key <key>", "the build's name in the history file");
}
function collect(value, previous) {
  return previous === "" ? value : `${previous}
${value}`;
}
function flagReader(opts) {
  return (name) => {
    const key = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const value = opts[key];
    return value === void 0 || value === null ? "" : Array.isArray(value) ? value.join(",") : String(value);
  };
}

// src/cli/commands/plan.ts
var EXIT_INSUFFICIENT = 2;
function planCommand() {
  return addPublishOptions(addHistoryOptions(addPlanOptions(new Command("plan")))).option("--platforms <list>", "platforms the build asks for, comma-separated: their steps share the build limit").description("plan memory limits for this machine, or for another with --total-memory").action(async (opts) => {
    const read = flagReader(opts);
    const request = { ...parsePlanRequest(read), knownPeak: (await historyFromFlags(opts, null))?.peak ?? null };
    const exportEnv = parseBoolean(read("export-env"), "export-env");
    const exportParallelism = parseBoolean(read("export-parallelism"), "export-parallelism");
    const summary = parseBoolean(read("summary"), "summary");
    const format = opts.format;
    const machine = await detectMachine({ docker: opts.docker !== false && request.totalMemoryBytes === null });
    const result = plan(machine, request);
    if (format === "github") {
      const { publishPlan } = await import("./lazy-action-publish.mjs");
      await publishPlan(result, machine, { exportEnv, exportParallelism, summary });
    } else if (format === "json") {
      print(JSON.stringify(planJson(result, machine), null, 2) + "\n");
    } else if (format === "env") {
      print(formatEnvFile(planEnv(result, { parallelism: exportParallelism, inherited: process.env })));
    } else {
      print(planText(result, machine));
    }
    if (stopsForInsufficient(result)) process.exitCode = EXIT_INSUFFICIENT;
  });
}

export {
  addPlanOptions,
  addHistoryOptions,
  flagReader,
  EXIT_INSUFFICIENT,
  planCommand
};

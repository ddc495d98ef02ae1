import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Option
} from "./chunk-E26C5AE2.js";

// src/cli/options.ts
var FORMATS = ["text", "json", "env", "github"];
function addPlanOptions(command) {
  return command.option("--profile <name>", "conservative, balanced or maximum", "balanced").option("--build-memory <size>", "build memory: a size (20g, 1.5g) or a percentage of available memory (75%)").option("--reserve-memory <size>", "memory kept for the OS and runner (default: 10 % of memory, 1\u20138 GiB)").option("--containers <list>", "container limits, name=size, separated by commas or newlines", collect, "").option("--ollama-model <name>", "auto, or an Ollama model: phi3:mini, llama3.1:8b, qwen2.5:7b, mistral:7b").option("--on-insufficient <what>", "fail, warn, downgrade or resize", "fail").option("--memory-per-job <size>", "memory one parallel build job needs", "2g").option("--total-memory <size>", "plan for a machine with this much memory instead of this one").option("--cpus <n>", "plan for a machine with this many CPUs instead of this one").option("--export-env <bool>", "with --format github: write GITHUB_ENV", "true").option("--summary <bool>", "with --format github: write the job summary", "true").option("--no-docker", "do not ask the Docker engine").addOption(formatOption());
}
function addHistoryOptions(command) {
  return command.option("--history-file <file>", "a history file (docker-memory history record): plan at least the known peak plus headroom").option("--key <key>", "the build's name in the history file");
}
function formatOption() {
  return new Option("--format <format>", "output format").choices(FORMATS).default("text");
}
function collect(value, previous) {
  return previous === "" ? value : `${previous}
${value}`;
}
function flagReader(opts) {
  return (name) => {
    const key = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const value = opts[key];
    return value === void 0 || value === null ? "" : String(value);
  };
}

export {
  addPlanOptions,
  addHistoryOptions,
  flagReader
};

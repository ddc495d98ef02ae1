#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Command,
  CommanderError
} from "./chunks/chunk-E26C5AE2.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/cli/program.ts
var COMMANDS = {
  detect: async () => (await import("./chunks/detect-523D6NER.js")).detectCommand(),
  plan: async () => (await import("./chunks/plan-AZYCSUI2.js")).planCommand(),
  explain: async () => (await import("./chunks/explain-A2J4WJNP.js")).explainCommand(),
  history: async () => (await import("./chunks/history-VHSHVB33.js")).historyCommand(),
  build: async () => (await import("./chunks/build-2ZUMNV2I.js")).buildCommand()
};
async function program(name) {
  const cli = new Command("docker-memory").description("Plan, enforce and explain memory limits for Docker builds in CI").showSuggestionAfterError(true);
  const names = name !== void 0 && name in COMMANDS ? [name] : Object.keys(COMMANDS);
  for (const command of await Promise.all(names.map((n) => COMMANDS[n]()))) cli.addCommand(command);
  return cli;
}
async function main(argv) {
  try {
    const cli = (await program(argv[2])).exitOverride();
    await cli.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`docker-memory: ${error.message}
`);
      process.exitCode = 1;
    }
  }
}

// src/cli.ts
await main(process.argv);

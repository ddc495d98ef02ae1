#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Command,
  CommanderError
} from "./chunks/chunk-E26C5AE2.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/cli/program.ts
var COMMANDS = {
  detect: async () => (await import("./chunks/detect-4PJM5YSQ.js")).detectCommand(),
  plan: async () => (await import("./chunks/plan-NRC6OYE6.js")).planCommand(),
  explain: async () => (await import("./chunks/explain-5W7PABHM.js")).explainCommand(),
  history: async () => (await import("./chunks/history-Y4SCJSHC.js")).historyCommand()
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

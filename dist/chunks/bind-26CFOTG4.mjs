import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  addPlanOptions,
  flagReader
} from "./chunk-AIQ6CNUQ.mjs";
import "./chunk-STSXJQMZ.mjs";
import "./chunk-TSPMPEID.mjs";
import {
  detectMachine
} from "./chunk-OPGJ5XZT.mjs";
import "./chunk-RTYSKQHV.mjs";
import "./chunk-BT5PEBKU.mjs";
import {
  stopsForInsufficient
} from "./chunk-ZOBYTK3G.mjs";
import "./chunk-CG23MJW2.mjs";
import {
  bindPlannedLimit,
  parseSavedBinding
} from "./chunk-VZ6UVXXL.mjs";
import "./chunk-4JAGWN4V.mjs";
import {
  readRegularFile
} from "./chunk-AXJ7STPX.mjs";
import {
  parsePlanRequest
} from "./chunk-JUXW7YFL.mjs";
import {
  createNewFile
} from "./chunk-QVAUBJ6G.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-BNAXSZ66.mjs";
import {
  plan
} from "./chunk-RCCJXZMT.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-ZPVBRK7Q.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-PFOJEMQB.mjs";
import {
  releaseBuilder
} from "./chunk-DJFNUKDV.mjs";
import "./chunk-C6S43MPB.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-UALP4TTC.mjs";
import "./chunk-PMJBS4UE.mjs";
import "./chunk-TW4NVU7A.mjs";
import {
  closeSync,
  openSync,
  rmSync,
  writeSync
} from "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  InputError,
  parseSize
} from "./chunk-SQPJSGMN.mjs";
import {
  Command,
  Option
} from "./chunk-55UESA72.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/cli/commands/bind.ts
import { hostname } from "node:os";
function bindCommand() {
  return addPlanOptions(new Command("bind")).description("plan, and bind the build limit on an existing docker-container builder (docker update); release gives it back").option("--builder <name>", "the builder to bind (default: the current buildx builder, when it is a docker-container one)").option("--memory-swap <size>", "memory plus swap for the builder (default: equal to the limit)").requiredOption("--state-file <file>", "a new file (0600) for what release needs; it must not exist").addOption(new Option("--format <format>", "output format").choices(["text", "json", "env"]).default("text")).action(async (opts) => {
    const read = flagReader(opts);
    const request = { ...parsePlanRequest(read), knownPeak: null };
    const swap = read("memory-swap").trim();
    const bind = { builder: read("builder").trim() || null, memorySwapBytes: swap === "" ? null : parseSize(swap, "--memory-swap") };
    const stateFile = opts.stateFile;
    const machine = await detectMachine({ docker: opts.docker !== false && request.totalMemoryBytes === null });
    const result = plan(machine, request);
    if (stopsForInsufficient(result)) {
      process.stderr.write(
        `docker-memory: the memory plan does not fit this machine (${result.problems.map((p) => p.message).join("; ")}); no builder was bound
`
      );
      process.exitCode = EXIT_INSUFFICIENT;
      return;
    }
    claimStateFile(stateFile);
    let binding;
    try {
      binding = await bindPlannedLimit(result, bind, { job: `cli/${hostname()}/${process.ppid}`, host: hostname(), pid: process.ppid });
    } catch (error) {
      rmSync(stateFile, { force: true });
      throw error;
    }
    writeStateFile(stateFile, JSON.stringify({ binding: binding.enforcement === "builder" ? binding.saved : null }));
    printBinding(binding, opts.format);
  });
}
function releaseCommand() {
  return new Command("release").description("give the builder bound by docker-memory bind its previous limit, and remove the state file").requiredOption("--state-file <file>", "the file docker-memory bind wrote").option("--keep-limit", "leave the limit on the builder; only its record is removed").action(async (opts) => {
    let binding;
    try {
      binding = JSON.parse(readRegularFile(opts.stateFile, 64 * 1024, "the state file").toString("utf8")).binding;
    } catch (error) {
      throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (${error.message})`);
    }
    const saved = binding === null ? null : parseSavedBinding(JSON.stringify(binding));
    if (binding !== null && saved === null)
      throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (no builder binding in it)`);
    process.stdout.write(saved === null ? "nothing to release: no builder was bound\n" : `${await releaseBuilder(saved, opts.keepLimit === true)}
`);
    rmSync(opts.stateFile, { force: true });
  });
}
function claimStateFile(path) {
  try {
    createNewFile(path);
  } catch (error) {
    throw new InputError(
      `--state-file ${path} cannot be created as a new file (${error.code ?? error.message}): it must not exist`
    );
  }
}
function writeStateFile(path, text) {
  const fd = openSync(path, "r+");
  try {
    writeSync(fd, text + "\n");
  } finally {
    closeSync(fd);
  }
}
function printBinding(binding, format) {
  const why = binding.enforcement === "none" ? binding.why : null;
  if (binding.enforcement === "builder" && binding.warning) process.stderr.write(`docker-memory: ${binding.warning}
`);
  if (format === "json") {
    process.stdout.write(JSON.stringify({ builder: binding.builder, enforcement: binding.enforcement, ...why ? { reason: why } : {} }, null, 2) + "\n");
  } else if (format === "env") {
    if (why) process.stderr.write(`docker-memory: no builder was bound: ${why}
`);
    process.stdout.write(`DOCKER_MEMORY_BUILDER=${binding.builder}
DOCKER_MEMORY_ENFORCEMENT=${binding.enforcement}
`);
  } else {
    process.stdout.write(
      binding.enforcement === "builder" ? `${binding.message}
builder: ${binding.builder}
enforcement: builder
` : `no builder was bound: ${why}
enforcement: none
`
    );
  }
}
export {
  bindCommand,
  releaseCommand
};

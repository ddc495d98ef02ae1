import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  addPlanOptions,
  flagReader
} from "./chunk-4WJCCU5R.mjs";
import "./chunk-FBXN7JSX.mjs";
import {
  detectMachine
} from "./chunk-BLNFNQWZ.mjs";
import "./chunk-TSPMPEID.mjs";
import {
  Command,
  Option
} from "./chunk-55UESA72.mjs";
import "./chunk-RVFRI636.mjs";
import "./chunk-D772QEDI.mjs";
import {
  stopsForInsufficient
} from "./chunk-ZOBYTK3G.mjs";
import "./chunk-4DVAWDQY.mjs";
import {
  bindPlannedLimit,
  parseSavedBinding
} from "./chunk-K4ITKMAR.mjs";
import "./chunk-V3IPYUMB.mjs";
import {
  readRegularFile
} from "./chunk-CY67VTD3.mjs";
import "./chunk-YFFWD4CL.mjs";
import {
  parsePlanRequest
} from "./chunk-PCYGHEDG.mjs";
import {
  createNewFile,
  replaceFile
} from "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-EXXJVCAA.mjs";
import {
  plan
} from "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import {
  cliHolder,
  releaseBuilder
} from "./chunk-N2JQBVX2.mjs";
import "./chunk-YQGGITQ5.mjs";
import "./chunk-NNJ4BVTD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-5LQ7LA22.mjs";
import "./chunk-XAGP5UWU.mjs";
import {
  trapCancellation
} from "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import {
  rmSync
} from "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  InputError,
  parseSize
} from "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/cli/commands/bind.ts
function bindCommand() {
  return addPlanOptions(new Command("bind")).description("plan, and bind the build limit on an existing docker-container builder (docker update); release gives it back").option("--builder <name>", "the builder to bind (default: the current buildx builder, when it is a docker-container one)").option("--memory-swap <size>", "memory plus swap for the builder (default: equal to the limit)").addOption(
    new Option("--builder-limit <mode>", "a limit the builder already has: lower keeps it when lower than the plan; replace sets the plan").choices(["lower", "replace"]).default("lower")
  ).requiredOption("--state-file <file>", "a new file (0600) for what release needs; it must not exist").addOption(new Option("--format <format>", "output format").choices(["text", "json", "env"]).default("text")).action(async (opts) => {
    const { cancel, release } = trapCancellation();
    try {
      await bind(opts, cancel);
    } finally {
      release();
    }
  });
}
async function bind(opts, cancel) {
  const read = flagReader(opts);
  const request = { ...parsePlanRequest(read), knownPeak: null };
  const swap = read("memory-swap").trim();
  const bindRequest = {
    builder: read("builder").trim() || null,
    memorySwapBytes: swap === "" ? null : parseSize(swap, "--memory-swap"),
    mode: opts.builderLimit ?? "lower"
  };
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
  if (cancel.aborted) return cancelled(cancel, "before anything was changed");
  claimStateFile(stateFile);
  let binding;
  try {
    binding = await bindPlannedLimit(result, bindRequest, cliHolder(process.env), {
      cancel,
      onIntent: (saved) => writeState(stateFile, { phase: "intent", binding: saved })
    });
  } catch (error) {
    rmSync(stateFile, { force: true });
    if (cancel.aborted) return cancelled(cancel, error.message.replace(/^cancelled \([A-Z]+\) /, ""));
    throw error;
  }
  if (binding.enforcement === "none" && binding.unsure) {
    process.stderr.write(`docker-memory: ${binding.why}; run docker-memory release --state-file ${stateFile}
`);
    process.exitCode = cancel.aborted ? exitCodeOf(cancel) : 1;
    return;
  }
  if (binding.enforcement === "none" && cancel.aborted) {
    rmSync(stateFile, { force: true });
    return cancelled(cancel, binding.why.replace(/^cancelled \([A-Z]+\) /, ""));
  }
  writeState(stateFile, { phase: "bound", binding: binding.enforcement === "builder" ? binding.saved : null });
  if (cancel.aborted && binding.enforcement === "builder") {
    const back = await releaseBuilder(binding.saved, false);
    rmSync(stateFile, { force: true });
    return cancelled(cancel, `after builder ${binding.builder} was bound; undone: ${back}`);
  }
  printBinding(binding, opts.format);
}
function releaseCommand() {
  return new Command("release").description("give the builder bound by docker-memory bind its previous limit (finishing a bind that was stopped half-way), and remove the state file").requiredOption("--state-file <file>", "the file docker-memory bind wrote").option("--keep-limit", "leave the limit on the builder; only its record is removed").action(async (opts) => {
    const text = readRegularFile(opts.stateFile, 64 * 1024, "the state file").toString("utf8");
    if (text.trim() === "") {
      process.stdout.write("nothing to release: bind stopped before it changed anything\n");
      rmSync(opts.stateFile, { force: true });
      return;
    }
    let binding;
    try {
      binding = JSON.parse(text).binding;
    } catch (error) {
      throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (${error.message})`);
    }
    const saved = binding === null ? null : parseSavedBinding(JSON.stringify(binding));
    if (binding !== null && saved === null)
      throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (no builder binding in it)`);
    if (saved === null) {
      process.stdout.write("nothing to release: no builder was bound\n");
      rmSync(opts.stateFile, { force: true });
      return;
    }
    const { cancel, release } = trapCancellation();
    try {
      process.stdout.write(`${await releaseBuilder(saved, opts.keepLimit === true, { cancel })}
`);
    } catch (error) {
      if (!cancel.aborted) throw error;
      process.stderr.write(
        `docker-memory: release ${error.message.replace(/^.*?cancelled/, "cancelled")}; the state file stays for the next release
`
      );
      process.exitCode = exitCodeOf(cancel);
      return;
    } finally {
      release();
    }
    rmSync(opts.stateFile, { force: true });
  });
}
var SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
function exitCodeOf(cancel) {
  return SIGNAL_EXIT[String(cancel.reason)] ?? 130;
}
function cancelled(cancel, what) {
  process.stderr.write(`docker-memory: cancelled (${String(cancel.reason)}) ${what}
`);
  process.exitCode = exitCodeOf(cancel);
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
function writeState(path, state) {
  replaceFile(path, Buffer.from(JSON.stringify(state) + "\n"));
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

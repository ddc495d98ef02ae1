import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-DNP3E3HK.js";
import {
  EXIT_INSUFFICIENT,
  addHistoryOptions,
  addPlanOptions,
  flagReader
} from "./chunk-CK32B5VZ.js";
import {
  historyFromFlags
} from "./chunk-C4G32JP3.js";
import {
  Command,
  Option
} from "./chunk-E26C5AE2.js";
import {
  explanationText
} from "./chunk-IJVP5BWC.js";
import {
  stopsForInsufficient
} from "./chunk-XMJJFOWZ.js";
import "./chunk-TSNWKPMG.js";
import {
  prepareBuild
} from "./chunk-OL2WGTTH.js";
import "./chunk-AG67O7PA.js";
import {
  detectMachine
} from "./chunk-XO6772W2.js";
import "./chunk-QOESSH6Y.js";
import "./chunk-SP3VZGJC.js";
import "./chunk-EL2L2QXD.js";
import "./chunk-FQWTZ246.js";
import "./chunk-BQQOV7RB.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-4KLMU7DJ.js";
import "./chunk-QDLUOZNQ.js";
import "./chunk-UIYMFTGD.js";
import "./chunk-FP52SNI5.js";
import "./chunk-5N5QSZHJ.js";
import "./chunk-LIZCAJBI.js";
import {
  parseBuildRequest
} from "./chunk-ZJMMUWCK.js";
import "./chunk-H3JFNL6M.js";
import {
  ensureWritableDirectory
} from "./chunk-UD67SEHH.js";
import {
  parsePlanRequest
} from "./chunk-MCR4IFGV.js";
import "./chunk-F72ARTC2.js";
import {
  plan
} from "./chunk-KS4XPTJJ.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-FNQ34GPI.js";
import "./chunk-EHXUEMFW.js";
import "./chunk-ILETIPPI.js";
import {
  InputError
} from "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/build.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
function collect(value, previous = []) {
  return [...previous, value];
}
function buildCommand() {
  return addHistoryOptions(addPlanOptions(new Command("build"))).addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).description("build an image with the planned memory limit enforced by a mechanism that really binds").argument("[context]", "build context", ".").option("-f, --file <path>", "Dockerfile").option("-t, --tag <name>", "image name (repeatable)", collect).option("--build-arg <name=value>", "build argument (repeatable)", collect).option("--target <stage>", "stage to build").option("--platform <list>", "platforms, comma-separated").option("--push", "push the image").option("--load", "load the image into docker").option("--output <spec>", "output (repeatable)", collect).option("--cache-from <spec>", "cache source (repeatable)", collect).option("--cache-to <spec>", "cache destination (repeatable)", collect).option("--secret-env <id=VAR>", "build secret read from an environment variable, so its value never appears in argv (repeatable)", collect).option("--label <name=value>", "image label (repeatable)", collect).option("--no-cache", "do not use the build cache").option("--extra-args <args>", "more docker build arguments, separated by spaces").option("--builder <name>", "an existing buildx builder to use as it is").option("--driver <driver>", "auto, docker-container, docker, kubernetes, remote or legacy", "auto").option("--memory-swap <size>", "memory plus swap (default: the memory limit)").option("--keep-builder", "keep the builder created for this limit").option("--log-dir <dir>", "where the build log is written", join(tmpdir(), "docker-memory")).action(async (context, opts) => {
    const read = buildReader(context, opts);
    const request = parseBuildRequest(read);
    const planRequest = parsePlanRequest(flagReader(opts));
    ensureWritableDirectory(String(opts.logDir), "--log-dir");
    const history = await historyFromFlags(opts, read);
    const machine = await detectMachine({ docker: opts.docker !== false && planRequest.totalMemoryBytes === null });
    const result = plan(machine, { ...planRequest, knownPeak: history?.peak ?? null });
    for (const p of result.problems) say(`${result.onInsufficient === "warn" ? "warning" : "error"}: ${p.message}; fix: ${p.fix}`);
    if (stopsForInsufficient(result)) {
      process.exitCode = EXIT_INSUFFICIENT;
      return;
    }
    const prepared = await prepareBuild(request, result);
    await buildAndExplain(prepared, result, history, cliSink(String(opts.logDir), opts.format === "json", request.keepBuilder));
  });
}
function say(line) {
  process.stderr.write(`docker-memory: ${line}
`);
}
function cliSink(logDir, json, keepBuilder) {
  return {
    logDir,
    keepCreatedBuilder: keepBuilder,
    publish: false,
    info: say,
    warning: (m) => say(`warning: ${m}`),
    notice: (m) => say(`notice: ${m}`),
    startLog: () => void 0,
    logLine: (l) => void process.stderr.write(`${l}
`),
    endLog: () => void 0,
    explained: (report) => {
      if (report.explanation.annotations.length > 0) process.stderr.write(explanationText(report.log, report.explanation));
      for (const p of report.problems) say(`note: ${p}`);
    },
    finished: ({ outcome, outputs, lines }) => {
      process.stdout.write(json ? JSON.stringify({ ...outcome, outputs }, null, 2) + "\n" : lines.join("\n") + "\n");
    },
    fail: (message, exitCode) => {
      say(message);
      process.exitCode = exitCode;
    }
  };
}
function buildReader(context, opts) {
  const lines = (v) => Array.isArray(v) ? v.join("\n") : "";
  const secrets = (Array.isArray(opts.secretEnv) ? opts.secretEnv : []).map((entry) => {
    const m = /^([^=]+)=(\w+)$/.exec(entry);
    if (!m) throw new InputError(`--secret-env "${entry}" is not ID=VARIABLE`);
    const value = process.env[m[2]];
    if (value === void 0) throw new InputError(`--secret-env ${m[1]}: the variable ${m[2]} is not set`);
    return `${m[1]}=${value}`;
  });
  const values = {
    context,
    file: opts.file ?? "",
    tags: lines(opts.tag),
    "build-args": lines(opts.buildArg),
    target: opts.target ?? "",
    platforms: opts.platform ?? "",
    push: opts.push ? "true" : "",
    load: opts.load ? "true" : "",
    outputs: lines(opts.output),
    "cache-from": lines(opts.cacheFrom),
    "cache-to": lines(opts.cacheTo),
    secrets: secrets.join("\n"),
    labels: lines(opts.label),
    "no-cache": opts.cache === false ? "true" : "",
    "extra-args": opts.extraArgs ?? "",
    builder: opts.builder ?? "",
    driver: opts.driver ?? "",
    "memory-swap": opts.memorySwap ?? "",
    "keep-builder": opts.keepBuilder ? "true" : ""
  };
  return (name) => values[name] ?? "";
}
export {
  buildCommand
};

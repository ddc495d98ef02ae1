import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  addHistoryOptions,
  addPlanOptions,
  flagReader
} from "./chunk-HUDRRADM.js";
import "./chunk-MS6UIDFK.js";
import {
  Command,
  Option
} from "./chunk-E26C5AE2.js";
import {
  explanationText
} from "./chunk-ZDPJL4FU.js";
import {
  buildOutputs,
  buildResultLines,
  dockerfilePath,
  limitFromPlan,
  parseBuildRequest,
  removeBuilderCommand,
  runBuild
} from "./chunk-KZUBM2G2.js";
import "./chunk-PWZL3QDP.js";
import {
  detectMachine
} from "./chunk-POOCJQPX.js";
import "./chunk-QLIFN2YR.js";
import {
  parsePlanRequest
} from "./chunk-CZ24SHIP.js";
import "./chunk-VVPA6T2T.js";
import {
  plan
} from "./chunk-74YQRMWD.js";
import {
  fileHistoryStore,
  loadKnownPeak,
  recordPeak
} from "./chunk-LGWAW3FI.js";
import {
  buildKey,
  parseHistoryKey
} from "./chunk-FBHOVWAC.js";
import "./chunk-FQWTZ246.js";
import "./chunk-WZD7CHN6.js";
import {
  captureDocker
} from "./chunk-G46ACA3G.js";
import {
  reportBuild
} from "./chunk-3HUT734X.js";
import "./chunk-MKOAN3BV.js";
import "./chunk-FNMJEII5.js";
import "./chunk-G4AZ5TKN.js";
import "./chunk-Z6TKMF2N.js";
import {
  InputError,
  formatSize
} from "./chunk-DKWBHJTO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/build.ts
import { readFile } from "node:fs/promises";
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
    const format = opts.format;
    const say = (line) => void process.stderr.write(`docker-memory: ${line}
`);
    const history = await historyFor(opts, read, say);
    const machine = await detectMachine({ docker: opts.docker !== false && planRequest.totalMemoryBytes === null });
    const result = plan(machine, { ...planRequest, knownPeak: history?.peak ?? null });
    for (const p of result.problems) say(`${result.onInsufficient === "warn" ? "warning" : "error"}: ${p.message}; fix: ${p.fix}`);
    if (result.status === "insufficient" && result.onInsufficient !== "warn") {
      process.exitCode = EXIT_INSUFFICIENT;
      return;
    }
    const limit = limitFromPlan(result, request);
    const reporter = {
      info: say,
      warning: (m) => say(`warning: ${m}`),
      startLog: () => void 0,
      logLine: (l) => void process.stderr.write(`${l}
`),
      endLog: () => void 0
    };
    const run = await runBuild(request, limit, { logDir: String(opts.logDir), reporter });
    if (run.createdBuilder && !request.keepBuilder) {
      await captureDocker(removeBuilderCommand(run.createdBuilder).args, { timeoutMs: 6e4 });
      say(`removed builder ${run.createdBuilder} (--keep-builder keeps it for the next build)`);
    }
    if (run.problem) say(run.problem);
    const o = run.outcome;
    let findings = 0;
    if (!o.cancelled) {
      const report = await reportBuild(o, result);
      if (report.explanation.annotations.length > 0) process.stderr.write(explanationText(report.log, report.explanation));
      for (const p of report.problems) say(`note: ${p}`);
      findings = report.explanation.findings.length;
    }
    if (format === "json") process.stdout.write(JSON.stringify({ ...o, outputs: buildOutputs(o, findings) }, null, 2) + "\n");
    else process.stdout.write(buildResultLines(o).join("\n") + "\n");
    if (history && o.peakBytes !== null && !o.cancelled) {
      const { notices } = await recordPeak(history.key, o.peakBytes, fileHistoryStore(history.file));
      for (const n of notices) say(`notice: ${n}`);
      say(`recorded the peak ${formatSize(o.peakBytes)} for ${history.key} in ${history.file}`);
    }
    if (o.cancelled) process.exitCode = 130;
    else if (o.exitCode !== 0) process.exitCode = o.exitCode && o.exitCode > 0 && o.exitCode < 256 ? o.exitCode : 1;
  });
}
async function historyFor(opts, read, say) {
  const file = opts.historyFile;
  if (file === void 0) {
    if (opts.key !== void 0) throw new InputError("--key needs --history-file FILE");
    return null;
  }
  let key;
  if (opts.key !== void 0) {
    key = parseHistoryKey(String(opts.key), "--key");
  } else {
    const path = dockerfilePath(read);
    const dockerfile = await readFile(path, "utf8").catch(() => {
      throw new InputError(`cannot read ${path} to name this build for --history-file; give --key`);
    });
    key = buildKey({ dockerfile, target: read("target"), platforms: read("platforms") });
  }
  const { peak, notice } = await loadKnownPeak(fileHistoryStore(file), key);
  if (notice !== null) say(`notice: ${notice}`);
  return { file, key, peak };
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

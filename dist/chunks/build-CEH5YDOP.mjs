import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT_INSUFFICIENT,
  addHistoryOptions,
  addPlanOptions,
  flagReader
} from "./chunk-4WJCCU5R.mjs";
import {
  historyFromFlags
} from "./chunk-FBXN7JSX.mjs";
import {
  detectMachine
} from "./chunk-BLNFNQWZ.mjs";
import {
  explanationText
} from "./chunk-XW7MF7BV.mjs";
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
  buildAndExplain
} from "./chunk-AATPUQFI.mjs";
import "./chunk-VPMFC4SC.mjs";
import "./chunk-BSWMN3YR.mjs";
import "./chunk-322RRR7K.mjs";
import "./chunk-V3IPYUMB.mjs";
import "./chunk-ASKJ77OO.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-2KBK5UGC.mjs";
import "./chunk-VY553U4K.mjs";
import {
  prepareBuild
} from "./chunk-Y47JUPR2.mjs";
import "./chunk-PR35LE5L.mjs";
import {
  parseBuildRequest
} from "./chunk-YFFWD4CL.mjs";
import {
  parsePlanRequest
} from "./chunk-PCYGHEDG.mjs";
import "./chunk-WPPBFHEL.mjs";
import {
  ensureWritableDirectory
} from "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-4AYTXUTK.mjs";
import "./chunk-BGOEDO4T.mjs";
import "./chunk-EXXJVCAA.mjs";
import {
  plan
} from "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-N2JQBVX2.mjs";
import "./chunk-YQGGITQ5.mjs";
import "./chunk-NNJ4BVTD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-5LQ7LA22.mjs";
import "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/cli/commands/build.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
function collect(value, previous = []) {
  return [...previous, value];
}
function buildCommand() {
  return addHistoryOptions(addPlanOptions(new Command("build"))).addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).description("build an image with the planned memory limit enforced by a mechanism that really binds").argument("[context]", "build context", ".").option("-f, --file <path>", "Dockerfile").option("-t, --tag <name>", "image name (repeatable)", collect).option("--build-arg <name=value>", "build argument (repeatable)", collect).option("--target <stage>", "stage to build").option("--platform <list>", "platforms, comma-separated").option("--push", "push the image").option("--load", "load the image into docker").option("--output <spec>", "output (repeatable)", collect).option("--cache-from <spec>", "cache source (repeatable)", collect).option("--cache-to <spec>", "cache destination (repeatable)", collect).option("--secret-env <id=VAR>", "build secret docker reads from an environment variable, so its value never appears in argv (repeatable)", collect).option("--secret-file <id=path>", "build secret docker reads from a file (repeatable)", collect).option("--ssh <spec>", "SSH agent socket or keys to expose to the build, default or id=path (repeatable)", collect).option("--build-context <name=value>", "additional build context (repeatable)", collect).option("--provenance <value>", "provenance attestation: true, false or attributes (mode=max)").option("--sbom <value>", "SBOM attestation: true, false or attributes (generator=image)").option("--annotation <name=value>", "image annotation (repeatable)", collect).option("--network <mode>", "networking mode of the RUN steps").option("--pull", "always pull the referenced images").option("--add-host <host:ip>", "custom host-to-IP mapping (repeatable)", collect).option("--shm-size <size>", "size of /dev/shm of the RUN steps").option("--label <name=value>", "image label (repeatable)", collect).option("--no-cache", "do not use the build cache").option("--no-cache-filter <stage>", "stage to build without the cache (repeatable)", collect, []).option("--allow <entitlement>", "extra privileged entitlement: network.host, security.insecure (repeatable)", collect).option("--attest <spec>", "attestation, type=sbom or type=provenance,mode=max (repeatable)", collect).option("--call <method>", "evaluate the build with check, outline or targets instead of building").option("--cgroup-parent <cgroup>", "parent cgroup of the RUN steps").option("--ulimit <spec>", "ulimit of the RUN steps, nofile=1024:1024 (repeatable)", collect).option("--extra-args <args>", "more docker build arguments, split as a shell splits words (quotes keep spaces)").option("--builder <name>", "an existing buildx builder to use as it is").option("--driver <driver>", "auto, docker-container, docker, kubernetes, remote or legacy", "auto").option("--memory-swap <size>", "memory plus swap (default: the memory limit)").option("--keep-builder", "keep the builder created for this limit").option("--log-dir <dir>", "where the build log is written", join(tmpdir(), "docker-memory")).action(async (context, opts) => {
    const read = buildReader(context, opts);
    const request = parseBuildRequest(read);
    const planRequest = parsePlanRequest(flagReader(opts));
    ensureWritableDirectory(String(opts.logDir), "--log-dir");
    const history = await historyFromFlags(opts, read);
    const machine = await detectMachine({ docker: opts.docker !== false && planRequest.totalMemoryBytes === null });
    const result = plan(machine, { ...planRequest, platforms: request.platforms, knownPeak: history?.peak ?? null });
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
    finished: ({ outcome, outputs, lines, stepPeaks }) => {
      process.stdout.write(json ? JSON.stringify({ ...outcome, stepPeaks, outputs }, null, 2) + "\n" : lines.join("\n") + "\n");
    },
    fail: (message, exitCode) => {
      say(message);
      process.exitCode = exitCode;
    }
  };
}
function buildReader(context, opts) {
  const lines = (v) => Array.isArray(v) ? v.join("\n") : "";
  const text = (v) => typeof v === "string" ? v : "";
  const values = {
    context,
    file: text(opts.file),
    tags: lines(opts.tag),
    "build-args": lines(opts.buildArg),
    target: text(opts.target),
    platforms: text(opts.platform),
    push: opts.push ? "true" : "",
    load: opts.load ? "true" : "",
    outputs: lines(opts.output),
    "cache-from": lines(opts.cacheFrom),
    "cache-to": lines(opts.cacheTo),
    "secret-envs": lines(opts.secretEnv),
    "secret-files": lines(opts.secretFile),
    ssh: lines(opts.ssh),
    "build-contexts": lines(opts.buildContext),
    provenance: text(opts.provenance),
    sbom: text(opts.sbom),
    annotations: lines(opts.annotation),
    network: text(opts.network),
    pull: opts.pull ? "true" : "",
    "add-hosts": lines(opts.addHost),
    "shm-size": text(opts.shmSize),
    labels: lines(opts.label),
    "no-cache": opts.cache === false ? "true" : "",
    "no-cache-filters": lines(opts.cacheFilter),
    allow: lines(opts.allow),
    attests: lines(opts.attest),
    call: text(opts.call),
    "cgroup-parent": text(opts.cgroupParent),
    ulimit: lines(opts.ulimit),
    "extra-args": text(opts.extraArgs),
    builder: text(opts.builder),
    driver: text(opts.driver),
    "memory-swap": text(opts.memorySwap),
    "keep-builder": opts.keepBuilder ? "true" : ""
  };
  return (name) => values[name] ?? "";
}
export {
  buildCommand
};

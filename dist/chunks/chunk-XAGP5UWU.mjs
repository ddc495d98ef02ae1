import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  capture,
  stream
} from "./chunk-KAXZBJJY.mjs";
import {
  atLeast
} from "./chunk-NBHFA7NI.mjs";
import {
  toDockerSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/build/argv.ts
function createBuilderCommand(name, driver, limit, config = null) {
  const opts = driver === "kubernetes" ? [`requests.memory=${toDockerSize(limit.memoryBytes)}`, `limits.memory=${toDockerSize(limit.memoryBytes)}`] : [`memory=${toDockerSize(limit.memoryBytes)}`, `memory-swap=${toDockerSize(limit.swapBytes)}`];
  if (limit.cpus !== null) {
    opts.push(
      ...driver === "kubernetes" ? [`requests.cpu=${limit.cpus}`, `limits.cpu=${limit.cpus}`] : ["cpu-period=100000", `cpu-quota=${limit.cpus * 1e5}`]
    );
  }
  const configArgs = config && driver !== "kubernetes" ? [config.flag, config.path] : [];
  return { args: ["buildx", "create", "--name", name, "--driver", driver, ...opts.flatMap((o) => ["--driver-opt", o]), ...configArgs, "--bootstrap"], env: {} };
}
function buildxConfigFlag(buildxVersion) {
  return atLeast(buildxVersion, "0.13.0") ? "--buildkitd-config" : "--config";
}
function removeBuilderCommand(name) {
  return { args: ["buildx", "rm", name], env: {} };
}
function builderContainerName(builder) {
  return `buildx_buildkit_${builder}0`;
}
function buildCommand(request, choice, secretFiles, cgroupParent = null, results = null) {
  const flags = [];
  const add = (flag, values) => {
    for (const v of values) flags.push(flag, v);
  };
  if (request.file !== null) flags.push("--file", request.file);
  add("--tag", request.tags);
  add("--build-arg", request.buildArgs);
  if (request.target !== null) flags.push("--target", request.target);
  add("--label", request.labels);
  if (request.noCache) flags.push("--no-cache");
  add("--add-host", request.addHosts);
  if (request.network !== null) flags.push("--network", request.network);
  if (request.shmSize !== null) flags.push("--shm-size", request.shmSize);
  if (request.pull) flags.push("--pull");
  add("--ulimit", request.ulimits);
  if (results !== null && !request.outputs.some(writesFiles)) flags.push("--iidfile", results.iid);
  if (choice.invocation === "legacy") {
    add("--cache-from", request.cacheFrom);
    if (choice.enforcement === "legacy") flags.push("--memory", toDockerSize(choice.memoryBytes), "--memory-swap", toDockerSize(choice.swapBytes));
    const parent = request.cgroupParent ?? cgroupParent;
    if (parent !== null) flags.push("--cgroup-parent", parent);
    flags.push("--force-rm");
    return { args: ["build", ...flags, ...request.extraArgs, request.context], env: { DOCKER_BUILDKIT: "0" } };
  }
  if (request.platforms.length > 0) flags.push("--platform", request.platforms.join(","));
  add("--output", request.outputs);
  add("--cache-from", request.cacheFrom);
  for (const s of secretFiles) flags.push("--secret", `id=${s.id},src=${s.path}`);
  for (const s of request.secretFiles) flags.push("--secret", `id=${s.id},src=${s.source}`);
  for (const s of request.secretEnvs) flags.push("--secret", `id=${s.id},env=${s.source}`);
  add("--ssh", request.ssh);
  if (request.cgroupParent !== null) flags.push("--cgroup-parent", request.cgroupParent);
  flags.push("--progress", "plain");
  if (choice.invocation === "classic-buildkit") {
    return { args: ["build", ...flags, ...request.extraArgs, request.context], env: { DOCKER_BUILDKIT: "1" } };
  }
  add("--cache-to", request.cacheTo);
  add("--build-context", request.buildContexts);
  add("--annotation", request.annotations);
  for (const a of [request.provenance, request.sbom]) if (a !== null) flags.push("--attest", a);
  add("--attest", request.attests);
  add("--allow", request.allow);
  if (request.call !== null) flags.push("--call", request.call);
  add("--no-cache-filter", request.noCacheFilters);
  if (results?.metadata) flags.push("--metadata-file", results.metadata);
  if (request.push) flags.push("--push");
  if (request.load) flags.push("--load");
  if (choice.enforcement === "resource")
    flags.push("--resource", `memory=${toDockerSize(choice.memoryBytes)}`, "--resource", `memory-swap=${toDockerSize(choice.swapBytes)}`);
  const builder = choice.builder ? ["--builder", choice.builder.name] : [];
  return { args: ["buildx", "build", ...builder, ...flags, ...request.extraArgs, request.context], env: {} };
}
function writesFiles(output) {
  const fields = output.split(",").map((f) => f.trim());
  if (fields.length === 1 && !fields[0].startsWith("type=")) return true;
  return fields.some((f) => f === "type=local" || f === "type=tar");
}

// src/runners/docker.ts
function captureDocker(args, options = {}) {
  return capture("docker", args, options);
}
function streamDocker(args, options) {
  return stream("docker", args, options);
}
async function removeBuilder(name) {
  const r = await captureDocker(removeBuilderCommand(name).args, { timeoutMs: 6e4 });
  return r.code === 0 ? null : (r.stderr || r.stdout).trim().split("\n").pop() || r.spawnError || `exit code ${r.code}`;
}
function firstLine(text) {
  return text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
}
function lastLine(text) {
  return text.split("\n").filter((l) => l.trim() !== "").pop()?.trim() ?? "";
}

export {
  createBuilderCommand,
  buildxConfigFlag,
  builderContainerName,
  buildCommand,
  captureDocker,
  streamDocker,
  removeBuilder,
  firstLine,
  lastLine
};

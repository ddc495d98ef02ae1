import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseBoolean
} from "./chunk-SVKCMDEF.js";
import {
  buildLimitBytes
} from "./chunk-RXYM5UYZ.js";
import {
  InputError,
  MiB,
  formatSize,
  parseSize
} from "./chunk-J3GXGRKE.js";

// src/core/build/request.ts
import { join } from "node:path";
var DRIVERS = ["auto", "docker-container", "docker", "kubernetes", "remote", "legacy"];
function dockerfilePath(read) {
  return read("file").trim() || join(read("context").trim() || ".", "Dockerfile");
}
function parseBuildRequest(read) {
  const get = (name) => read(name).trim();
  const flag = (name) => get(name) === "" ? false : parseBoolean(get(name), name);
  const driverText = get("driver").toLowerCase() || "auto";
  if (!DRIVERS.includes(driverText)) {
    throw new InputError(`driver "${get("driver")}" is not one of ${DRIVERS.join(", ")}`);
  }
  const swapText = get("memory-swap");
  return {
    context: get("context") || ".",
    file: get("file") || null,
    tags: list(read("tags")),
    buildArgs: lines(read("build-args")),
    target: get("target") || null,
    platforms: list(read("platforms")),
    push: flag("push"),
    load: flag("load"),
    outputs: lines(read("outputs")),
    cacheFrom: lines(read("cache-from")),
    cacheTo: lines(read("cache-to")),
    secrets: parseSecrets(read("secrets")),
    secretFiles: secretSources(lines(read("secret-files")), "secret-files", "ID=path"),
    secretEnvs: secretSources(list(read("secret-envs")), "secret-envs", "ID=VARIABLE"),
    ssh: list(read("ssh")),
    buildContexts: lines(read("build-contexts")),
    provenance: attestation("provenance", get("provenance")),
    sbom: attestation("sbom", get("sbom")),
    annotations: lines(read("annotations")),
    network: get("network") || null,
    pull: flag("pull"),
    addHosts: list(read("add-hosts")),
    shmSize: checkedSize(get("shm-size"), "shm-size"),
    labels: lines(read("labels")),
    noCache: flag("no-cache"),
    extraArgs: get("extra-args") === "" ? [] : get("extra-args").split(/\s+/),
    builder: get("builder") || null,
    driver: driverText,
    memorySwapBytes: swapText === "" ? null : parseSize(swapText, "memory-swap"),
    keepBuilder: flag("keep-builder")
  };
}
function parseSecrets(text) {
  const secrets = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const eq = line.indexOf("=");
    const id = eq < 0 ? "" : line.slice(0, eq).trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw new InputError(`secrets: a line is not ID=value (the id must be letters, digits, _ . -)`);
    if (secrets.some((s) => s.id === id)) throw new InputError(`secrets names "${id}" twice`);
    secrets.push({ id, value: line.slice(eq + 1) });
  }
  return secrets;
}
function secretSources(entries, input, shape) {
  const sources = [];
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const id = eq < 0 ? "" : entry.slice(0, eq).trim();
    const source = eq < 0 ? "" : entry.slice(eq + 1).trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(id) || source === "") throw new InputError(`${input}: "${entry}" is not ${shape} (the id must be letters, digits, _ . -)`);
    if (sources.some((s) => s.id === id)) throw new InputError(`${input} names "${id}" twice`);
    sources.push({ id, source });
  }
  return sources;
}
function checkedSize(text, input) {
  if (text === "") return null;
  parseSize(text, input);
  return text;
}
var GO_TRUE = ["1", "t", "T", "TRUE", "true", "True"];
var GO_FALSE = ["0", "f", "F", "FALSE", "false", "False"];
function attestation(kind, value) {
  if (value === "") return null;
  const attrs = value.split(",").map((a) => a.trim()).filter((a) => a !== "");
  const resolved = attrs.map((a) => GO_TRUE.includes(a) ? "disabled=false" : GO_FALSE.includes(a) ? "disabled=true" : a);
  if (resolved.some((a) => !a.includes("="))) throw new InputError(`${kind} "${value}" is not true, false or key=value attributes (mode=max)`);
  return [`type=${kind}`, ...resolved].join(",");
}
function list(text) {
  return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
function lines(text) {
  return text.split("\n").map((s) => s.trim()).filter((s) => s !== "");
}
function wholeMiBLimits(limitBytes, memorySwapBytes) {
  const memoryBytes = Math.floor(limitBytes / MiB) * MiB;
  const swapBytes = memorySwapBytes === null ? memoryBytes : Math.floor(memorySwapBytes / MiB) * MiB;
  if (swapBytes < memoryBytes) {
    throw new InputError(
      `memory-swap ${formatSize(swapBytes)} is below the build memory ${formatSize(memoryBytes)}; it counts memory plus swap, so it must be at least as large`
    );
  }
  return { memoryBytes, swapBytes };
}
function limitFromPlan(plan, request) {
  const planned = buildLimitBytes(plan);
  if (planned === null) {
    const why = plan.problems[0]?.message ?? `${formatSize(plan.build.bytes)} is left for it`;
    throw new InputError(`the plan leaves no memory limit a build can run under (${why}); nothing was built`);
  }
  const { memoryBytes, swapBytes } = wholeMiBLimits(planned, request.memorySwapBytes);
  return { memoryBytes, swapBytes, cpus: plan.machine.cpusSource === "cgroup-quota" || plan.machine.cpusSource === "cpuset" ? plan.machine.cpus : null };
}

export {
  dockerfilePath,
  parseBuildRequest,
  wholeMiBLimits,
  limitFromPlan
};

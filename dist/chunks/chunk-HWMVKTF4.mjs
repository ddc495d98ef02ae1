import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  envName
} from "./chunk-UZANJ52N.mjs";
import {
  DOCKER_MIN_MEMORY,
  ON_INSUFFICIENT,
  STEP_FLOOR_BYTES,
  buildLimitBytes,
  parseOllamaModel,
  parseRunnerLabels
} from "./chunk-DMKL2HC2.mjs";
import {
  parseProfile
} from "./chunk-CDXCQPHM.mjs";
import {
  InputError,
  MiB,
  bareNumberHint,
  formatSize,
  parseSize,
  parseSizeOrPercent
} from "./chunk-SQPJSGMN.mjs";

// src/core/inputs.ts
var PLAN_DEFAULTS = {
  profile: "balanced",
  "on-insufficient": "fail",
  "memory-per-job": "2g",
  "export-env": "true",
  "export-parallelism": "false",
  summary: "true"
};
var CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parsePlanRequest(read) {
  const get = (name, fallback = "") => read(name).trim() || fallback;
  const buildMemoryText = get("build-memory");
  const buildMemory = buildMemoryText === "" || buildMemoryText === "auto" ? null : parseSizeOrPercent(buildMemoryText, "build-memory");
  if (buildMemory?.kind === "bytes")
    atLeast(buildMemory.bytes, STEP_FLOOR_BYTES, `the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`, "build-memory", buildMemoryText, {
      example: "4g, or leave build-memory empty to plan from the profile",
      zeroNote: "; Docker would read a limit of 0 as no limit at all"
    });
  const reserveText = get("reserve-memory");
  const reserveMemoryBytes = reserveText === "" || reserveText === "auto" ? null : parseSize(reserveText, "reserve-memory");
  const memoryPerJobText = get("memory-per-job", PLAN_DEFAULTS["memory-per-job"]);
  const memoryPerJobBytes = parseSize(memoryPerJobText, "memory-per-job");
  if (memoryPerJobBytes < 64 * 1024 * 1024) {
    throw new InputError(`memory-per-job "${memoryPerJobText}" is below 64 MiB; no compiler job fits in that`);
  }
  const totalText = get("total-memory");
  const totalMemoryBytes = totalText === "" ? null : parseSize(totalText, "total-memory");
  if (totalMemoryBytes !== null && totalMemoryBytes < 256 * 1024 * 1024) {
    throw new InputError(`total-memory "${totalText}" is below 256 MiB; no runner is that small${bareNumberHint(totalText, "16g")}`);
  }
  const cpusText = get("cpus");
  let cpus = null;
  if (cpusText !== "") {
    if (!/^\d+$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > 4096) {
      throw new InputError(`cpus "${cpusText}" must be a whole number from 1 to 4096`);
    }
    cpus = Number(cpusText);
  }
  return {
    profile: parseProfile(get("profile", PLAN_DEFAULTS.profile)),
    buildMemory,
    reserveMemoryBytes,
    containers: parseContainers(read("containers")),
    ollama: parseOllamaModel(get("ollama-model")),
    onInsufficient: parseOnInsufficient(get("on-insufficient", PLAN_DEFAULTS["on-insufficient"])),
    memoryPerJobBytes,
    totalMemoryBytes,
    cpus,
    platforms: parsePlatforms(read("platforms")),
    runnerLabels: parseRunnerLabels(read("runner-labels"))
  };
}
function parsePlatforms(text) {
  const platforms = text.split(/[\n,]/).map((p) => p.trim()).filter((p) => p !== "");
  return [...new Set(platforms)];
}
function parseContainers(text) {
  const containers = [];
  const byEnvName = /* @__PURE__ */ new Map();
  const entries = text.split(/[\n,]/).map((line) => line.replace(/#.*/, "").trim()).filter((line) => line !== "");
  for (const entry of entries) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) {
      throw new InputError(`containers line "${entry}" is not name=size (for example redis=512m)`);
    }
    const [, name, sizeText] = m;
    if (!CONTAINER_NAME.test(name)) {
      throw new InputError(`containers line "${entry}": "${name}" is not a container name (letters, digits, _ . -)`);
    }
    if (name.toLowerCase() === "ollama") {
      throw new InputError(`containers line "${entry}": the ollama container is planned from ollama-model; use that input instead`);
    }
    const clash = byEnvName.get(envName(name));
    if (clash === name) throw new InputError(`containers names "${name}" twice`);
    if (clash !== void 0) {
      throw new InputError(`containers "${clash}" and "${name}" would share the variable DOCKER_MEMORY_CONTAINER_${envName(name)}: rename one`);
    }
    byEnvName.set(envName(name), name);
    const bytes = parseSize(sizeText, `containers size for ${name}`);
    atLeast(bytes, DOCKER_MIN_MEMORY, `Docker's minimum of ${formatSize(DOCKER_MIN_MEMORY)}`, `containers size for ${name}`, sizeText);
    containers.push({ name, bytes });
  }
  return containers;
}
function parseOnInsufficient(input) {
  const value = input.trim().toLowerCase();
  if (ON_INSUFFICIENT.includes(value)) return value;
  throw new InputError(`on-insufficient "${input}" is not one of ${ON_INSUFFICIENT.join(", ")}`);
}
function parseBoolean(input, name) {
  const value = input.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off"].includes(value)) return false;
  throw new InputError(`${name} "${input}" must be true or false`);
}
function atLeast(bytes, floor, floorText, what, text, hint = { example: "512m", zeroNote: "" }) {
  if (bytes < floor) {
    throw new InputError(`${what} "${text}" is below ${floorText}${bareNumberHint(text, hint.example, hint.zeroNote)}`);
  }
}

// src/core/build/request.ts
import { join } from "node:path";
var DRIVERS = ["auto", "docker-container", "docker", "kubernetes", "remote", "legacy"];
function dockerfilePath(read) {
  return read("file").trim() || join(read("context").trim() || ".", "Dockerfile");
}
function parseDriver(input) {
  const text = input.trim().toLowerCase() || "auto";
  if (DRIVERS.includes(text)) return text;
  throw new InputError(`driver "${input.trim()}" is not one of ${DRIVERS.join(", ")}`);
}
function parseBuildRequest(read) {
  const get = (name) => read(name).trim();
  const flag = (name) => get(name) === "" ? false : parseBoolean(get(name), name);
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
    driver: parseDriver(read("driver")),
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
  return {
    memoryBytes,
    swapBytes,
    cpus: plan.machine.cpusSource === "cgroup-quota" || plan.machine.cpusSource === "cpuset" ? plan.machine.cpus : null,
    maxParallelism: plan.parallelism.maxParallelism
  };
}

export {
  parsePlanRequest,
  parseBoolean,
  dockerfilePath,
  parseBuildRequest,
  wholeMiBLimits,
  limitFromPlan
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  envName
} from "./chunk-EXXJVCAA.mjs";
import {
  DOCKER_MIN_MEMORY,
  ON_INSUFFICIENT,
  STEP_FLOOR_BYTES,
  parseOllamaModel,
  parseRunnerLabels
} from "./chunk-UT3EMDMA.mjs";
import {
  parseProfile
} from "./chunk-5QK6N67V.mjs";
import {
  InputError,
  bareNumberHint,
  formatSize,
  parseSize,
  parseSizeOrPercent
} from "./chunk-LGCTJYX5.mjs";

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
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseBoolean(input, name) {
  const value = input.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  const near = /^(yes|no|on|off|y|n|1|0)$/i.test(value) ? " (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)" : "";
  throw new InputError(`${name} "${value}" must be true or false${near}`);
}
function atLeast(bytes, floor, floorText, what, text, hint = { example: "512m", zeroNote: "" }) {
  if (bytes < floor) {
    throw new InputError(`${what} "${text}" is below ${floorText}${bareNumberHint(text, hint.example, hint.zeroNote)}`);
  }
}

export {
  parsePlanRequest,
  parseBoolean
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MEMTOTAL_TOLERANCE
} from "./chunk-DU57UGWW.js";
import {
  plan
} from "./chunk-KD2RUOUU.js";
import {
  GiB,
  InputError,
  formatSize,
  parseSize
} from "./chunk-W5HBJGWY.js";

// src/core/resize/request.ts
function parseResizeInput(text) {
  const value = text.trim().toLowerCase();
  if (value === "" || value === "auto") return { kind: "auto" };
  if (value === "false" || value === "no") {
    throw new InputError(`resize "${text}": to never resize, leave on-insufficient at fail, warn or downgrade; resize takes auto or a size (12g)`);
  }
  const bytes = parseSize(text, "resize");
  if (bytes < GiB) throw new InputError(`resize "${text}" is below 1 GiB, the least Docker's VM boots with; give the size the VM should have (12g) or auto`);
  return { kind: "size", bytes };
}
var REPORTED_SHARE = 0.95;
function resizeWanted(machine, request, first, input) {
  if (first.onInsufficient !== "resize") return { kind: "none" };
  if (input.kind === "size") {
    if (first.engine.source === "docker" && first.engine.bytes >= input.bytes * (1 - MEMTOTAL_TOLERANCE)) return { kind: "none" };
    return { kind: "resize", bytes: input.bytes };
  }
  if (first.status === "ok") return { kind: "none" };
  if (!machine.docker) return { kind: "resize", bytes: first.requiredEngineBytes };
  const physical = machine.memory.totalBytes;
  for (let size = Math.ceil(first.requiredEngineBytes / GiB) * GiB; size <= physical; size += GiB) {
    const trial = plan({ ...machine, docker: { ...machine.docker, memTotalBytes: Math.floor(size * REPORTED_SHARE) } }, request);
    if (trial.status === "ok") return { kind: "resize", bytes: size };
  }
  const problem = first.problems[0];
  return {
    kind: "impossible",
    why: `no VM size up to this machine's ${formatSize(physical)} makes the plan fit (${problem ? problem.message : "see the plan"})`
  };
}
function parseResizeTimeout(text, what) {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86400) {
    throw new InputError(`${what} "${text}" must be a whole number of seconds from 1 to 86400`);
  }
  return Number(value) * 1e3;
}

export {
  parseResizeInput,
  resizeWanted,
  parseResizeTimeout
};

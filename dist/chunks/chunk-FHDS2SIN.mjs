import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  highestPerStep
} from "./chunk-EDRH2X7U.mjs";
import {
  createHash,
  init_node_crypto
} from "./chunk-T2CBXCPV.mjs";
import {
  HistoryFormatError,
  InputError,
  MiB,
  bareNumberHint,
  formatSize,
  parseSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/history/peaks.ts
init_node_crypto();
var HISTORY_VERSION = 1;
var PEAKS_PER_KEY = 10;
var MAX_KEYS = 200;
function emptyHistory() {
  return { version: HISTORY_VERSION, builds: {} };
}
function salvageHistory(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HistoryFormatError("is not JSON", "corrupt");
  }
  if (!isObject(data) || typeof data.version !== "number") throw new HistoryFormatError("has no version", "corrupt");
  if (data.version > HISTORY_VERSION) throw new HistoryFormatError(`is version ${data.version}, written by a newer docker-memory`, "newer");
  if (data.version !== HISTORY_VERSION || !isObject(data.builds)) throw new HistoryFormatError("has no builds", "corrupt");
  const builds = {};
  const dropped = [];
  for (const [key, entry] of Object.entries(data.builds)) {
    if (!isObject(entry) || !Array.isArray(entry.peaks)) {
      dropped.push(`no peaks for ${key}`);
      continue;
    }
    const peaks = [];
    for (const p of entry.peaks) {
      if (isObject(p) && Number.isSafeInteger(p.bytes) && p.bytes > 0 && typeof p.at === "string") {
        const steps = Array.isArray(p.steps) ? p.steps.filter(isStepPeak) : [];
        if (Array.isArray(p.steps) && steps.length < p.steps.length) dropped.push(`a malformed step peak for ${key}`);
        peaks.push({ bytes: p.bytes, at: p.at, ...steps.length > 0 ? { steps } : {} });
      } else dropped.push(`a malformed peak for ${key}`);
    }
    if (peaks.length > 0) builds[key] = { peaks };
  }
  return { history: { version: HISTORY_VERSION, builds }, dropped };
}
function serializeHistory(history) {
  return JSON.stringify(history, null, 2) + "\n";
}
function withPeak(history, key, bytes, at, steps = []) {
  const builds = { ...history.builds };
  const peaks = [...builds[key]?.peaks ?? [], { bytes, at, ...steps.length > 0 ? { steps } : {} }].slice(-PEAKS_PER_KEY);
  delete builds[key];
  builds[key] = { peaks };
  const keys = Object.keys(builds);
  if (keys.length > MAX_KEYS) {
    const newest = (k) => builds[k].peaks.at(-1)?.at ?? "";
    for (const k of keys.sort((a, b) => newest(a).localeCompare(newest(b))).slice(0, keys.length - MAX_KEYS)) delete builds[k];
  }
  return { version: HISTORY_VERSION, builds };
}
function knownPeak(history, key) {
  const peaks = history.builds[key]?.peaks ?? [];
  if (peaks.length === 0) return null;
  const steps = highestPerStep(peaks.map((p) => p.steps ?? []));
  return { key, bytes: peaks.reduce((max, p) => Math.max(max, p.bytes), 0), runs: peaks.length, ...steps.length > 0 ? { steps } : {} };
}
function headroomFor(peakBytes) {
  return Math.max(512 * MiB, Math.ceil(peakBytes / 4));
}
function neededBuildBytes(peakBytes) {
  return peakBytes + headroomFor(peakBytes);
}
function buildKey(parts) {
  const platforms = (Array.isArray(parts.platforms) ? parts.platforms : (parts.platforms ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "").sort();
  const hash = createHash("sha256").update(parts.dockerfile.replace(/\r\n/g, "\n")).update("\0").update(parts.target?.trim() ?? "").update("\0").update(platforms.join(",")).digest("hex");
  return `dockerfile-${hash.slice(0, 16)}`;
}
var KEY = /^[A-Za-z0-9][A-Za-z0-9._:/@+=-]{0,199}$/;
function parseHistoryKey(input, what = "history key") {
  const key = input.trim();
  if (!KEY.test(key)) {
    throw new InputError(`${what} "${input}" must be 1 to 200 letters, digits or . _ : / @ + = -, starting with a letter or digit`);
  }
  return key;
}
function parsePeak(input, what = "peak") {
  const bytes = parseSize(input, what);
  if (bytes < MiB) {
    throw new InputError(`${what} "${input}" is below 1 MiB${bareNumberHint(input, "3g")}`);
  }
  return bytes;
}
var GITHUB_RUNNERS = [
  { label: "ubuntu-slim", os: "linux", arch: "x64", cpus: 1, memoryGB: 5, docker: false, larger: false },
  { label: "macos-latest", os: "macos", arch: "arm64", cpus: 3, memoryGB: 7, docker: false, larger: false },
  { label: "macos-15-intel", os: "macos", arch: "x64", cpus: 4, memoryGB: 14, docker: false, larger: false },
  { label: "windows-latest", os: "windows", arch: "x64", cpus: 4, memoryGB: 16, docker: false, larger: false },
  { label: "ubuntu-latest", os: "linux", arch: "x64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "ubuntu-24.04-arm", os: "linux", arch: "arm64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "a larger runner with 8 CPUs", os: "linux", arch: "x64", cpus: 8, memoryGB: 32, docker: true, larger: true },
  { label: "a larger runner with 16 CPUs", os: "linux", arch: "x64", cpus: 16, memoryGB: 64, docker: true, larger: true },
  { label: "a larger runner with 32 CPUs", os: "linux", arch: "x64", cpus: 32, memoryGB: 128, docker: true, larger: true },
  { label: "a larger runner with 64 CPUs", os: "linux", arch: "x64", cpus: 64, memoryGB: 256, docker: true, larger: true },
  { label: "a larger runner with 96 CPUs", os: "linux", arch: "x64", cpus: 96, memoryGB: 384, docker: true, larger: true }
];
function runnerBytes(runner) {
  return runner.memoryGB * 1e9;
}
function smallestRunnerFor(totalBytes, arch) {
  return GITHUB_RUNNERS.filter((r) => r.docker && (arch === void 0 || r.arch === arch)).sort((a, b) => a.memoryGB - b.memoryGB).find((r) => runnerBytes(r) >= totalBytes) ?? null;
}
function runnerName(runner) {
  return runner.larger ? `${runner.label} (${runner.memoryGB} GB)` : `${runner.label} (${runner.cpus} CPUs, ${runner.memoryGB} GB)`;
}
function peakSentence(peak) {
  const needed = neededBuildBytes(peak.bytes);
  const runs = peak.runs === 1 ? "its one recorded run" : `the highest of its last ${peak.runs} recorded runs`;
  return `This build (${peak.key}) peaked at ${formatSize(peak.bytes)} (${runs}); with ${formatSize(needed - peak.bytes)} headroom it needs a build limit of ${formatSize(needed)}.`;
}
function isStepPeak(v) {
  return isObject(v) && typeof v.instruction === "string" && v.instruction.length <= 1e3 && (v.platform === null || typeof v.platform === "string") && Number.isSafeInteger(v.bytes) && v.bytes > 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export {
  emptyHistory,
  salvageHistory,
  serializeHistory,
  withPeak,
  knownPeak,
  neededBuildBytes,
  buildKey,
  parseHistoryKey,
  parsePeak,
  smallestRunnerFor,
  runnerName,
  peakSentence
};

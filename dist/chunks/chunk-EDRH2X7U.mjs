import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/plan/parallelism.ts
function planParallelism(request) {
  const { buildBytes, memoryPerJobBytes, cpus } = request;
  const platforms = Math.max(1, request.platforms);
  const reasons = [];
  const measured = request.steps.map((s) => s.bytes).sort((a, b) => b - a);
  let together;
  let source;
  if (measured.length > 0) {
    source = "history";
    together = [];
    let sum = 0;
    for (const bytes of measured) {
      if (sum + bytes > buildBytes) break;
      together.push(bytes);
      sum += bytes;
    }
    if (together.length === measured.length) {
      const more = Math.floor((buildBytes - sum) / measured[0]);
      for (let i = 0; i < more; i++) together.push(measured[0]);
    }
    if (together.length === 0) together = [measured[0]];
    const heaviest = formatSize(measured[0]);
    reasons.push(
      together.length === 1 ? `max-parallelism 1: the heaviest measured step (${heaviest}) ${measured[0] > buildBytes ? "alone exceeds" : "leaves no room for another in"} the ${formatSize(buildBytes)} build limit.` : together.length >= measured.length ? `max-parallelism ${together.length}: ${measured.length === 1 ? "the one measured step" : `the ${measured.length} measured steps`} (${measured.map(formatSize).join(" + ")})${together.length > measured.length ? ` and ${together.length - measured.length} more of ${heaviest}` : ""} fit the ${formatSize(buildBytes)} build limit together.` : `max-parallelism ${together.length}: the ${together.length} heaviest of the ${measured.length} measured steps (${together.map(formatSize).join(" + ")}) fit the ${formatSize(buildBytes)} build limit together; one more (${formatSize(measured[together.length])}) would not.`
    );
  } else {
    source = "memory-per-job";
    const k = Math.max(1, Math.floor(buildBytes / memoryPerJobBytes));
    together = Array.from({ length: k }, () => memoryPerJobBytes);
    reasons.push(
      `max-parallelism ${k}: no step of this build was measured, so each is expected to take memory-per-job (${formatSize(memoryPerJobBytes)}), and ${formatSize(buildBytes)} holds ${k}.`
    );
  }
  const maxParallelism = together.length;
  const copies = Math.min(platforms, maxParallelism);
  const held = Math.floor(buildBytes / (memoryPerJobBytes * copies));
  const byMemory = Math.max(1, held);
  const jobs = Math.max(1, Math.min(cpus, byMemory));
  const share = copies > 1 ? ` shared by the ${copies} platforms' copies of a step running at once` : "";
  reasons.push(
    byMemory < cpus ? `${jobs} parallel job${jobs === 1 ? "" : "s"}: ${formatSize(buildBytes)}${share} holds ${held < 1 ? "less than one job" : byMemory} at ${formatSize(memoryPerJobBytes)} each, fewer than the ${cpus} CPUs.` : `${jobs} parallel job${jobs === 1 ? "" : "s"}: one per CPU (${cpus}), and ${formatSize(buildBytes)}${share} holds ${byMemory} at ${formatSize(memoryPerJobBytes)} each.`
  );
  return { maxParallelism, jobs, source, together, measured, reasons };
}
function buildkitdConfig(maxParallelism) {
  return `[worker.oci]
  max-parallelism = ${maxParallelism}
`;
}
function configuredParallelism(toml) {
  let table = "";
  for (const raw of toml.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(line);
    if (header) {
      table = header[1].replace(/\s|"/g, "");
      continue;
    }
    const m = /^(?:worker\.oci\.)?max-parallelism\s*=\s*(\d+)$/.exec(line);
    if (m && (table === "worker.oci" || table === "" && line.startsWith("worker.oci."))) return Number(m[1]);
  }
  return null;
}
function highestPerStep(runs) {
  const byKey = /* @__PURE__ */ new Map();
  for (const steps of runs) {
    for (const s of steps) {
      const key = `${s.platform ?? ""}\0${s.instruction}`;
      const seen = byKey.get(key);
      if (!seen || s.bytes > seen.bytes) byKey.set(key, s);
    }
  }
  return [...byKey.values()];
}

export {
  planParallelism,
  buildkitdConfig,
  configuredParallelism,
  highestPerStep
};

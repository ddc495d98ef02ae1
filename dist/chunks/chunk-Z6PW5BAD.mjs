import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/build/memory-series.ts
function seriesFileName(containerId) {
  return `memory-${containerId.replace(/[^A-Za-z0-9_.-]/g, "_")}.tsv`;
}
function parseSeries(text) {
  const points = [];
  for (const line of text.split("\n")) {
    const m = /^(\d+) (\d+)$/.exec(line.trim());
    if (m) points.push({ atMs: Number(m[1]), bytes: Number(m[2]) });
  }
  return points;
}
function samplesDuring(points, startMs, endMs) {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs < startMs) return [];
  return points.filter((p) => p.atMs >= startMs && p.atMs <= endMs).map((p) => ({ tMs: p.atMs - startMs, bytes: p.bytes }));
}

export {
  seriesFileName,
  parseSeries,
  samplesDuring
};

"use strict";

// src/entries/sampler.ts
var import_node_fs = require("node:fs");

// src/core/build/memory-series.ts
function seriesLine(atMs, bytes) {
  return `${Math.round(atMs)} ${Math.round(bytes)}
`;
}

// src/entries/sampler.ts
var [usageFile, seriesFile] = process.argv.slice(2);
var everyMs = Number(process.env.DOCKER_MEMORY_SAMPLE_MS) || 1e3;
var until = Date.now() + 8 * 3600 * 1e3;
var misses = 0;
function tick() {
  if ((0, import_node_fs.existsSync)(`${seriesFile}.stop`) || Date.now() > until) return;
  try {
    const bytes = Number((0, import_node_fs.readFileSync)(usageFile, "utf8").trim());
    if (Number.isFinite(bytes)) (0, import_node_fs.appendFileSync)(seriesFile, seriesLine(Date.now(), bytes));
    misses = 0;
  } catch {
    if (++misses >= 5) return;
  }
  setTimeout(tick, everyMs);
}
if (usageFile && seriesFile) tick();

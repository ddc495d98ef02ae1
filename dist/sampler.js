"use strict";

// src/entries/sampler.ts
var import_node_fs2 = require("node:fs");

// src/core/build/memory-series.ts
function seriesLine(atMs, bytes) {
  return `${Math.round(atMs)} ${Math.round(bytes)}
`;
}

// src/core/build/step-cgroups.ts
function stepMemoryFiles(version) {
  return version === 1 ? { peak: "memory.max_usage_in_bytes", usage: "memory.usage_in_bytes" } : { peak: "memory.peak", usage: "memory.current" };
}
function commandLine(cmdline) {
  const args = cmdline.split("\0").filter((a) => a !== "");
  return args.length === 0 ? null : args.join(" ");
}
function stepsFileName(seriesFile2) {
  return `${seriesFile2}.steps`;
}
function stepsFileText(cgroups) {
  return cgroups.map((c) => JSON.stringify(c)).join("\n") + (cgroups.length > 0 ? "\n" : "");
}

// src/enforce/step-cgroups.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/core/cgroup.ts
var UNLIMITED = 2 ** 62;
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}

// src/enforce/step-cgroups.ts
function read(path) {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch {
    return null;
  }
}
var RUNC = /^(?:runc|\/proc\/self\/exe) init\b/;
function watchStepCgroups(parent, version, procRoot = "/proc") {
  const files = stepMemoryFiles(version);
  const byId = /* @__PURE__ */ new Map();
  let listed = false;
  const commandOf = (dir) => {
    const pids = (read((0, import_node_path.join)(dir, "cgroup.procs")) ?? "").split("\n").map(Number).filter((p) => Number.isSafeInteger(p) && p > 0).sort((a, b) => a - b);
    for (const pid of pids.slice(0, 4)) {
      const cmd = commandLine(read((0, import_node_path.join)(procRoot, String(pid), "cmdline")) ?? "");
      if (cmd !== null && !RUNC.test(cmd)) return cmd;
    }
    return null;
  };
  return {
    tick(nowMs = Date.now()) {
      let names;
      try {
        names = (0, import_node_fs.readdirSync)(parent, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
        listed = true;
      } catch {
        return;
      }
      for (const id of names) {
        const dir = (0, import_node_path.join)(parent, id);
        const bytes = parseCounter(read((0, import_node_path.join)(dir, files.peak)) ?? "") ?? parseCounter(read((0, import_node_path.join)(dir, files.usage)) ?? "");
        if (bytes === null) continue;
        const known = byId.get(id);
        if (known) {
          known.lastMs = nowMs;
          known.peakBytes = Math.max(known.peakBytes, bytes);
          known.command ??= commandOf(dir);
        } else byId.set(id, { id, firstMs: nowMs, lastMs: nowMs, peakBytes: bytes, command: commandOf(dir) });
      }
    },
    seen: () => [...byId.values()].map((c) => ({ ...c })),
    visible: () => listed
  };
}

// src/entries/sampler.ts
var [usageFile, seriesFile, stepParent, stepVersion] = process.argv.slice(2);
var everyMs = Number(process.env.DOCKER_MEMORY_SAMPLE_MS) || 1e3;
var until = Date.now() + 8 * 3600 * 1e3;
var steps = stepParent && seriesFile ? watchStepCgroups(stepParent, stepVersion === "2" ? 2 : 1) : null;
var misses = 0;
var written = "";
function keepSteps() {
  if (!steps) return;
  const text = stepsFileText(steps.seen());
  if (text === written) return;
  const file = stepsFileName(seriesFile);
  (0, import_node_fs2.writeFileSync)(`${file}.tmp`, text);
  (0, import_node_fs2.renameSync)(`${file}.tmp`, file);
  written = text;
}
function tick() {
  if ((0, import_node_fs2.existsSync)(`${seriesFile}.stop`) || Date.now() > until) return;
  try {
    const bytes = Number((0, import_node_fs2.readFileSync)(usageFile, "utf8").trim());
    if (Number.isFinite(bytes)) (0, import_node_fs2.appendFileSync)(seriesFile, seriesLine(Date.now(), bytes));
    steps?.tick();
    keepSteps();
    misses = 0;
  } catch {
    if (++misses >= 5) return;
  }
  setTimeout(tick, everyMs);
}
if (usageFile && seriesFile) tick();

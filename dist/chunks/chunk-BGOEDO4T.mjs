import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/build/step-cgroups.ts
function stepCgroupParent(builderCgroup) {
  return `${builderCgroup.replace(/\/+$/, "")}/buildkit`;
}
function stepMemoryFiles(version) {
  return version === 1 ? { peak: "memory.max_usage_in_bytes", usage: "memory.usage_in_bytes" } : { peak: "memory.peak", usage: "memory.current" };
}
function commandLine(cmdline) {
  const args = cmdline.split("\0").filter((a) => a !== "");
  return args.length === 0 ? null : args.join(" ");
}
function stepsFileName(seriesFile) {
  return `${seriesFile}.steps`;
}
function parseStepsFile(text) {
  const out = [];
  for (const line of text.split("\n")) {
    try {
      const c = JSON.parse(line);
      if (typeof c.id === "string" && Number.isFinite(c.firstMs) && Number.isFinite(c.lastMs) && Number.isSafeInteger(c.peakBytes) && (c.command === null || typeof c.command === "string"))
        out.push(c);
    } catch {
    }
  }
  return out;
}
function cgroupsDuring(cgroups, startMs, endMs, slackMs = 2e3) {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return [];
  return cgroups.filter((c) => c.firstMs >= startMs - slackMs && c.lastMs <= endMs + slackMs);
}

export {
  stepCgroupParent,
  stepMemoryFiles,
  commandLine,
  stepsFileName,
  parseStepsFile,
  cgroupsDuring
};

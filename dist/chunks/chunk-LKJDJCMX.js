import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  reportBuild
} from "./chunk-D6WODPGA.js";
import {
  recordBuildPeak
} from "./chunk-PTNOJX4U.js";
import {
  imageResultLines,
  runBuild
} from "./chunk-4HGVECU2.js";
import {
  MiB,
  formatSize,
  toDockerSize
} from "./chunk-J3GXGRKE.js";

// src/core/build/outputs.ts
function oomEvidence(o) {
  if (o.builderOomKilled) return { killed: "true", evidence: `the BuildKit container of builder ${o.builderName} was OOM-killed` };
  if (o.oomKills !== null && o.oomKills > 0)
    return { killed: "true", evidence: `${o.peakSource ? o.peakSource.replace(/\/[^/]+$/, "") : "the bound cgroup"} counted ${o.oomKills} OOM kill(s)` };
  if (o.logFormat === "legacy" && o.exitCode === 137)
    return { killed: "true", evidence: "the classic builder ended with exit code 137 (SIGKILL, the OOM killer)" };
  if (o.oomKills === 0) return { killed: "false", evidence: null };
  return { killed: "unknown", evidence: null };
}
function buildOutputs(o, memoryFindings = 0) {
  return {
    enforcement: o.enforcement,
    // Rounded up: a peak fed back as build-memory must not come out below the peak.
    "peak-memory": o.peakBytes === null ? "" : toDockerSize(Math.ceil(o.peakBytes / MiB) * MiB),
    "peak-memory-bytes": o.peakBytes === null ? "" : String(o.peakBytes),
    "oom-killed": memoryFindings > 0 ? "true" : oomEvidence(o).killed,
    "exit-code": o.exitCode === null ? "" : String(o.exitCode),
    // The name to pass to a later build-push-action's `builder:`; empty for a classic `docker build`.
    builder: o.builderName ?? ""
  };
}
function buildResultLines(o) {
  const lines = [];
  const status = o.cancelled ? `cancelled (${o.signal})` : o.exitCode === 0 ? "succeeded" : `failed (exit code ${o.exitCode ?? o.signal})`;
  const limit = o.limitBytes === null ? "no memory limit bound it" : `limit ${formatSize(o.limitBytes)} enforced by ${o.enforcement} (${o.limitScope === "step" ? "per RUN step" : "whole build"})`;
  lines.push(`build ${status} in ${(o.durationMs / 1e3).toFixed(1)} s; ${limit}`);
  if (o.peakBytes !== null) lines.push(`peak memory ${formatSize(o.peakBytes)} (${o.peakSource})`);
  const oom = oomEvidence(o);
  if (oom.evidence) lines.push(`OOM kill seen: ${oom.evidence}`);
  lines.push(`build log: ${o.logPath}`);
  return lines;
}

// src/build/build-and-explain.ts
async function buildAndExplain(prepared, plan, history, sink) {
  const run = await runBuild(prepared, { logDir: sink.logDir, reporter: sink, keepCreatedBuilder: sink.keepCreatedBuilder });
  const o = run.outcome;
  let findings = 0;
  if (!o.cancelled) {
    const report = await reportBuild(o, plan, { publish: sink.publish }).catch((error) => {
      sink.warning(`the OOM explanation failed: ${error.message}`);
      return null;
    });
    if (report) sink.explained(report);
    findings = report?.explanation.findings.length ?? 0;
    if (history !== null && o.peakBytes !== null) await recordBuildPeak(history, o.peakBytes, (m) => sink.notice(m));
  }
  const outputs = { ...buildOutputs(o, findings), ...run.image, "build-log": o.logPath };
  sink.finished({ outcome: o, outputs, lines: [...buildResultLines(o), ...imageResultLines(run.image)], createdBuilder: run.createdBuilder });
  if (run.problem) sink.fail(run.problem, o.cancelled ? 130 : exitStatus(o.exitCode));
  else if (o.exitCode !== 0) sink.fail(`docker build failed with exit code ${o.exitCode}; the log is at ${o.logPath}`, exitStatus(o.exitCode));
}
function exitStatus(code) {
  return code !== null && code > 0 && code < 256 ? code : 1;
}

export {
  buildAndExplain
};

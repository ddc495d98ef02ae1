import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildLabel
} from "./chunk-BSWMN3YR.mjs";
import {
  clip
} from "./chunk-WPPBFHEL.mjs";

// src/core/explain/text.ts
function explanationText(log, explanation) {
  const out = [];
  out.push(statusLine(log));
  if (explanation.annotations.length === 0 && log.docker)
    out.push(log.diskFull ? "No sign of memory trouble: the disk is full (no space left on device)." : "No sign of memory trouble.");
  for (const a of explanation.annotations) {
    const at = a.file ? ` ${a.file}${a.startLine ? `:${a.startLine}${a.endLine && a.endLine !== a.startLine ? `-${a.endLine}` : ""}` : ""}` : "";
    out.push(`${a.level}${at}: ${a.title}`);
    out.push(`  ${a.message}`);
  }
  return out.join("\n") + "\n";
}
function statusLine(log) {
  if (!log.docker) return "No Docker build found in this log: no builder output, build step or builder error.";
  const failed = log.steps.find((s) => s.id === log.failedStepId);
  const error = log.finalError && clip(log.finalError, 160);
  const end = failed ? `failed at ${failed.name}` : log.succeeded ? "succeeded" : log.daemonLost ? "lost its builder" : error ? `failed: ${error}` : "no result";
  const steps = log.omittedSteps > 0 ? `${log.steps.length + log.omittedSteps} steps (${log.steps.length} kept)` : `${log.steps.length} steps`;
  return `Build log (${log.format}): ${steps}, ${end}`;
}
function explanationJson(log, explanation) {
  return {
    format: log.format,
    docker: log.docker,
    logStatus: statusLine(log),
    succeeded: log.succeeded,
    failedStep: log.steps.find((s) => s.id === log.failedStepId) ?? null,
    exitCode: log.exitCode,
    daemonLost: log.daemonLost,
    excerpt: log.excerpt,
    steps: log.steps,
    omittedSteps: log.omittedSteps,
    findings: explanation.findings,
    annotations: explanation.annotations,
    fixes: explanation.fixes
  };
}
function logExplanationText(all) {
  if (all.builds.length === 1) return explanationText(all.builds[0].log, all.builds[0].explanation);
  return all.builds.map((b, i) => `== Build ${i + 1} of ${all.builds.length}: ${buildLabel(b)}
${explanationText(b.log, b.explanation)}`).join("");
}
function logExplanationJson(all) {
  const main = all.builds.find((b) => b.log.failedStepId !== null) ?? all.builds[all.builds.length - 1];
  return {
    ...explanationJson(main.log, main.explanation),
    annotations: all.annotations,
    builds: all.builds.map((b) => ({
      dockerfile: b.dockerfile?.path ?? null,
      dockerfileName: b.log.dockerfileName,
      target: b.log.target,
      ...explanationJson(b.log, b.explanation)
    }))
  };
}

export {
  explanationText,
  explanationJson,
  logExplanationText,
  logExplanationJson
};

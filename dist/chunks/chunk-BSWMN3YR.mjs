import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  aggregate,
  buildSummary,
  explainBuild,
  isKill
} from "./chunk-ASKJ77OO.mjs";
import {
  mdText
} from "./chunk-2KBK5UGC.mjs";

// src/core/explain/builds.ts
function explainBuilds(builds, plan) {
  const explained = builds.map((b) => ({ ...b, explanation: explainBuild({ log: b.log, dockerfile: b.dockerfile, outcome: null, kills: [], plan }) }));
  const all = [];
  for (const b of explained) for (const a of b.explanation.annotations) all.push(a);
  const summaries = explained.map((b, i) => {
    const summary = buildSummary(b.log, b.explanation, null, plan);
    return explained.length === 1 ? summary : `### Build ${i + 1} of ${explained.length}: ${mdText(buildLabel(b))}

${summary}`;
  });
  return { builds: explained, annotations: aggregate(all), summary: summaries.join("\n"), killed: explained.some((b) => b.explanation.findings.some(isKill)) };
}
function buildLabel(b) {
  const file = b.dockerfile?.path ?? b.log.dockerfileName ?? "Dockerfile unknown";
  return b.log.target ? `target ${b.log.target} (${file})` : file;
}
function chooseDockerfile(name, given, onlyBuild, inWorkspace) {
  const none = { path: null, problem: null, search: false };
  const named = name === null ? [] : given.filter((g) => baseName(g) === baseName(name));
  if (named.length === 1) return { ...none, path: named[0] };
  if (named.length > 1) return { ...none, problem: `the build of ${name} matches several --file values (${named.join(", ")})` };
  if (given.length === 1 && (name === null || onlyBuild)) return { ...none, path: given[0] };
  if (name === null) return { ...none, problem: given.length > 1 ? "a build names no Dockerfile in the log, and several --file values were given" : null };
  if (inWorkspace === null) return { ...none, search: true };
  if (inWorkspace.length === 1) return { ...none, path: inWorkspace[0] };
  if (inWorkspace.length === 0) return { ...none, problem: `no ${name} in the workspace: its build's annotations carry no line (give --file)` };
  const listed = inWorkspace.slice(0, 5).join(", ");
  return {
    ...none,
    problem: `${inWorkspace.length} files named ${name} in the workspace (${listed}${inWorkspace.length > 5 ? ", \u2026" : ""}): give --file to say which one the build used`
  };
}
function baseName(path) {
  return path.split(/[\\/]/).pop() ?? path;
}

export {
  explainBuilds,
  buildLabel,
  chooseDockerfile
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseDockerInfo
} from "./chunk-4ADG4MZF.js";
import {
  captureDocker
} from "./chunk-CPAOBMU4.js";

// src/probes/docker.ts
var early = null;
function probeDockerEarly() {
  early ??= askDocker(15e3);
}
function probeDocker(timeoutMs = 15e3) {
  const answer = early ?? askDocker(timeoutMs);
  early = null;
  return answer;
}
async function askDocker(timeoutMs) {
  const r = await captureDocker(["info", "--format", "{{json .}}"], { timeoutMs });
  if (r.spawnError !== null) return { docker: null, reason: r.spawnError };
  if (r.code === null) return { docker: null, reason: `docker info did not answer in ${timeoutMs / 1e3} s` };
  if (r.code !== 0) {
    const firstLine = (r.stderr || r.stdout).split("\n").find((l) => l.trim() !== "") ?? "";
    return { docker: null, reason: firstLine.trim() || "docker info failed" };
  }
  try {
    return { docker: parseDockerInfo(r.stdout) };
  } catch (e) {
    return { docker: null, reason: e.message };
  }
}

export {
  probeDockerEarly,
  probeDocker
};

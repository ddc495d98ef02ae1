import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseDockerInfo
} from "./chunk-4ADG4MZF.js";

// src/probes/docker.ts
import { execFile } from "node:child_process";
var early = null;
function probeDockerEarly() {
  early ??= askDocker(15e3);
}
function probeDocker(timeoutMs = 15e3) {
  const answer = early ?? askDocker(timeoutMs);
  early = null;
  return answer;
}
function askDocker(timeoutMs) {
  return new Promise((resolve) => {
    execFile("docker", ["info", "--format", "{{json .}}"], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = error.code;
        if (code === "ENOENT") return resolve({ docker: null, reason: "no docker command on PATH" });
        if (error.killed) return resolve({ docker: null, reason: `docker info did not answer in ${timeoutMs / 1e3} s` });
        const firstLine = (stderr || stdout || error.message).split("\n").find((l) => l.trim() !== "") ?? "";
        return resolve({ docker: null, reason: firstLine.trim() || "docker info failed" });
      }
      try {
        resolve({ docker: parseDockerInfo(stdout) });
      } catch (e) {
        resolve({ docker: null, reason: e.message });
      }
    });
  });
}

export {
  probeDockerEarly,
  probeDocker
};

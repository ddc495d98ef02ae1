import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  MiB,
  formatSize
} from "./chunk-MVXOFTDU.js";
import {
  InputError
} from "./chunk-HZVVQHPO.js";

// src/core/resize/target.ts
var DEFAULT_CEILING_PERCENT = 70;
var MEMTOTAL_TOLERANCE = 0.1;
function vmCeiling(physicalBytes, reserveBytes, percent = DEFAULT_CEILING_PERCENT) {
  return Math.min(Math.floor(physicalBytes * percent / 100), physicalBytes - reserveBytes);
}
function resizeTarget(request) {
  const percent = request.ceilingPercent ?? DEFAULT_CEILING_PERCENT;
  const byPercent = Math.floor(request.physicalBytes * percent / 100);
  const byReserve = request.physicalBytes - request.reserveBytes;
  const ceilingBytes = vmCeiling(request.physicalBytes, request.reserveBytes, percent);
  const step = request.unit === "GiB" ? GiB : MiB;
  const targetBytes = Math.ceil(request.requestedBytes / step) * step;
  if (targetBytes < GiB) {
    throw new InputError(`Docker's VM cannot be given ${formatSize(targetBytes)}: 1 GiB is the least it boots with`);
  }
  if (targetBytes > ceilingBytes) {
    const why = byPercent <= byReserve ? `${percent} % of this machine's ${formatSize(request.physicalBytes)}` : `this machine's ${formatSize(request.physicalBytes)} less ${formatSize(request.reserveBytes)} kept for the host`;
    throw new InputError(
      `Docker's VM would need ${formatSize(targetBytes)}, above the ceiling of ${formatSize(ceilingBytes)} (${why}); use a smaller model or container limits, or a machine with at least ${formatSize(Math.ceil(targetBytes * 100 / percent / GiB) * GiB)}`
    );
  }
  return { targetBytes, ceilingBytes };
}
function memoryMatches(memTotalBytes, targetBytes) {
  return memTotalBytes >= targetBytes * (1 - MEMTOTAL_TOLERANCE) && memTotalBytes <= targetBytes * 1.01;
}
function alreadyLargeEnough(memTotalBytes, targetBytes) {
  return memTotalBytes >= targetBytes * (1 - MEMTOTAL_TOLERANCE);
}

// src/probes/docker.ts
import { execFile } from "node:child_process";

// src/core/docker-info.ts
var BACKENDS = [
  { backend: "docker-desktop", inVm: true, matches: (i) => /Docker Desktop/i.test(i.OperatingSystem ?? "") },
  { backend: "colima", inVm: true, matches: (i) => /^colima/i.test(i.Name ?? "") },
  { backend: "rancher-desktop", inVm: true, matches: (i) => /Rancher Desktop/i.test(i.OperatingSystem ?? "") || /^lima-rancher-desktop/.test(i.Name ?? "") },
  { backend: "orbstack", inVm: true, matches: (i) => /OrbStack/i.test(i.OperatingSystem ?? "") },
  { backend: "podman", inVm: false, matches: (i) => /podman/i.test(i.ServerVersion ?? "") || /podman/i.test(i.OperatingSystem ?? "") }
];
var DockerInfoError = class extends Error {
};
function parseDockerInfo(json) {
  let info;
  try {
    info = JSON.parse(json);
  } catch {
    throw new DockerInfoError("docker info did not print JSON");
  }
  if (typeof info !== "object" || info === null || typeof info.MemTotal !== "number") {
    throw new DockerInfoError("docker info has no MemTotal");
  }
  const row = BACKENDS.find((b) => b.matches(info));
  const buildx = info.ClientInfo?.Plugins?.find((p) => p.Name === "buildx");
  return {
    serverVersion: info.ServerVersion ?? "unknown",
    memTotalBytes: info.MemTotal,
    ncpu: info.NCPU ?? 0,
    osType: info.OSType ?? "linux",
    operatingSystem: info.OperatingSystem ?? "",
    architecture: info.Architecture ?? "",
    cgroupVersion: info.CgroupVersion ?? null,
    cgroupDriver: info.CgroupDriver ?? null,
    backend: row?.backend ?? "engine",
    inVm: row?.inVm ?? false,
    clientVersion: info.ClientInfo?.Version ?? null,
    buildxVersion: buildx?.Version ?? null
  };
}

// src/probes/docker.ts
function probeDocker(timeoutMs = 15e3) {
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
  MEMTOTAL_TOLERANCE,
  resizeTarget,
  memoryMatches,
  alreadyLargeEnough,
  probeDocker
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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
    name: info.Name ?? "",
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

export {
  parseDockerInfo
};

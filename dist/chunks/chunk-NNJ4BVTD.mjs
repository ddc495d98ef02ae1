import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cgroupDirs,
  findMount,
  parseMountinfo,
  parseProcCgroup
} from "./chunk-RBEQHDNP.mjs";

// src/core/bind/builder-container.ts
var ContainerParseError = class extends Error {
};
function parseContainerState(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ContainerParseError("docker inspect did not print JSON");
  }
  if (typeof raw?.Id !== "string") throw new ContainerParseError("docker inspect printed no container Id");
  return {
    id: raw.Id,
    name: (raw.Name ?? "").replace(/^\//, ""),
    image: raw.Image ?? "",
    running: raw.State?.Running === true,
    pid: raw.State?.Pid ?? 0,
    oomKilled: raw.State?.OOMKilled === true,
    memoryBytes: raw.HostConfig?.Memory ?? 0,
    memorySwapBytes: raw.HostConfig?.MemorySwap ?? 0,
    cgroupParent: raw.HostConfig?.CgroupParent ?? ""
  };
}
function inspectContainerCommand(container) {
  return { args: ["inspect", "--type", "container", "--format", "{{json .}}", container], env: {} };
}
function updateLimitCommand(container, limits) {
  return { args: ["update", "--memory", String(limits.memoryBytes), "--memory-swap", String(limits.memorySwapBytes), container], env: {} };
}
function restoreCommands(container, previous, engineMemTotal) {
  const memory = previous.memoryBytes > 0 ? previous.memoryBytes : engineMemTotal;
  const swapUnlimited = previous.memoryBytes === 0 || previous.memorySwapBytes === -1;
  const swap = !swapUnlimited && previous.memorySwapBytes > 0 ? previous.memorySwapBytes : 2 * memory;
  const first = updateLimitCommand(container, { memoryBytes: memory, memorySwapBytes: swap });
  if (!swapUnlimited) return { commands: [first], expected: { memoryBytes: memory, memorySwapBytes: swap } };
  return { commands: [first, { args: ["update", "--memory-swap", "-1", container], env: {} }], expected: { memoryBytes: memory, memorySwapBytes: -1 } };
}
function limitsOf(state) {
  return { memoryBytes: state.memoryBytes, memorySwapBytes: state.memorySwapBytes };
}
function containerMemoryCgroup(state, host) {
  if (host.procCgroup !== null && host.mountinfo !== null) {
    const found = findMount(parseMountinfo(host.mountinfo), parseProcCgroup(host.procCgroup), "memory", host.v2Controllers);
    if (found) return { path: cgroupDirs(found.mount, containerLevel(found.path, state.id))[0], version: found.version };
  }
  const version = host.cgroupVersion === "1" ? 1 : host.cgroupVersion === "2" ? 2 : null;
  if (version === null) return null;
  const base = version === 1 ? "/sys/fs/cgroup/memory" : "/sys/fs/cgroup";
  if (host.cgroupDriver === "cgroupfs") return { path: `${base}/${(state.cgroupParent || "/docker").replace(/^\/|\/$/g, "")}/${state.id}`, version };
  if (host.cgroupDriver === "systemd") return { path: `${base}/${systemdSliceDir(state.cgroupParent || "system.slice")}/docker-${state.id}.scope`, version };
  return null;
}
function containerLevel(path, id) {
  const parts = path.split("/");
  for (let i = parts.length - 1; i >= 0; i--) if (id !== "" && parts[i].includes(id)) return parts.slice(0, i + 1).join("/");
  return path;
}
function systemdSliceDir(slice) {
  const name = slice.replace(/\.slice$/, "");
  const parts = name.split("-");
  return parts.map((_, i) => `${parts.slice(0, i + 1).join("-")}.slice`).join("/");
}

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
  ContainerParseError,
  parseContainerState,
  inspectContainerCommand,
  updateLimitCommand,
  restoreCommands,
  limitsOf,
  containerMemoryCgroup,
  parseDockerInfo
};

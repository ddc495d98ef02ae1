import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  InputError,
  MiB,
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/resize/backend.ts
import { join } from "node:path";
var RESIZE_BACKENDS = ["desktop", "colima", "wsl"];
var RESIZE_PLATFORMS = ["darwin", "win32", "linux"];
function resizePaths(d) {
  const root = d.systemRoot ?? "/";
  const settingsDir = d.platform === "win32" ? join(d.appData ?? join(d.home, "AppData", "Roaming"), "Docker") : join(d.home, "Library", "Group Containers", "group.com.docker");
  const colimaProfile = d.colimaProfile && d.colimaProfile !== "" ? d.colimaProfile : "default";
  return {
    desktopStore: join(settingsDir, "settings-store.json"),
    desktopLegacy: join(settingsDir, "settings.json"),
    desktopAdmin: d.platform === "win32" ? join(d.programData ?? join(root, "ProgramData"), "DockerDesktop", "admin-settings.json") : join(root, "Library", "Application Support", "com.docker.docker", "admin-settings.json"),
    desktopExe: join(d.programFiles ?? join(root, "Program Files"), "Docker", "Docker", "Docker Desktop.exe"),
    wslconfig: join(d.userProfile ?? d.home, ".wslconfig"),
    colimaConfig: join(d.colimaHome ?? join(d.home, ".colima"), colimaProfile, "colima.yaml"),
    colimaProfile
  };
}
function chooseBackend(e) {
  const allowed = { desktop: ["darwin", "win32"], colima: ["darwin", "linux"], wsl: ["win32"] };
  if (e.requested) {
    if (!allowed[e.requested].includes(e.platform)) {
      throw new InputError(`--backend ${e.requested} does not run on ${e.platform}; it runs on ${allowed[e.requested].join(" and ")}`);
    }
    return { backend: e.requested, why: `asked for ${e.requested}` };
  }
  const desktop = e.docker?.backend === "docker-desktop" || e.docker === null && e.desktopSettingsExist;
  if (e.docker?.backend === "colima" || e.docker === null && e.colimaConfigExists && !e.desktopSettingsExist) {
    if (e.platform === "win32") return { backend: null, why: "Colima does not run on Windows" };
    return { backend: "colima", why: e.docker ? "docker info names a Colima VM" : "a Colima config exists and no engine answered" };
  }
  if (desktop && e.platform === "win32") {
    return e.wslEngineEnabled === false ? { backend: "desktop", why: "Docker Desktop uses its Hyper-V VM (wslEngineEnabled is false)" } : { backend: "wsl", why: "Docker Desktop on Windows runs its engine in WSL 2, sized by .wslconfig" };
  }
  if (desktop && e.platform === "darwin") return { backend: "desktop", why: "docker info names Docker Desktop" };
  if (e.docker && !e.docker.inVm) {
    return {
      backend: null,
      why: `Docker runs natively on this ${e.platform === "linux" ? "Linux " : ""}machine (${e.docker.operatingSystem || e.docker.backend}): its containers use the host's memory directly and there is no VM to resize; use a runner with more memory or smaller limits`
    };
  }
  if (e.docker) return { backend: null, why: `Docker runs in ${e.docker.backend}, which docker-memory cannot resize; change its memory in its own settings` };
  return { backend: null, why: `no Docker engine answered and no Docker Desktop or Colima settings were found on ${e.platform}` };
}
function backendUnit(backend) {
  return backend === "colima" ? "GiB" : "MiB";
}
var COMMANDS = {
  desktopStop: ["docker", "desktop", "stop"],
  desktopStart: ["docker", "desktop", "start"],
  osascriptQuit: ["osascript", "-e", 'quit app "Docker"'],
  openDocker: ["open", "-a", "Docker"],
  appPid: ["lsappinfo", "info", "-only", "pid", "-app", "com.docker.docker"],
  wslShutdown: ["wsl", "--shutdown"],
  dockerInfo: ["docker", "info", "--format", "{{json .}}"]
};
function colimaStop(profile) {
  return ["colima", "stop", ...profile === "default" ? [] : ["--profile", profile]];
}
function colimaStart(profile, memoryGiB, cpu, diskGiB) {
  return [
    "colima",
    "start",
    ...profile === "default" ? [] : ["--profile", profile],
    "--memory",
    String(memoryGiB),
    ...cpu !== null ? ["--cpu", String(cpu)] : [],
    ...diskGiB !== null ? ["--disk", String(diskGiB)] : []
  ];
}
function parseAppPid(stdout) {
  const m = /"pid"\s*=\s*(\d+)/.exec(stdout);
  return m ? Number(m[1]) : null;
}
function colimaAlreadyRunning(output) {
  return /already running, ignoring/i.test(output);
}
function platformOf(runnerOs, processPlatform) {
  const byRunner = { macos: "darwin", windows: "win32", linux: "linux" };
  const fromRunner = runnerOs ? byRunner[runnerOs.toLowerCase()] : void 0;
  if (fromRunner) return fromRunner;
  return RESIZE_PLATFORMS.includes(processPlatform) ? processPlatform : "linux";
}
function colimaProfileOf(dockerName, envProfile) {
  if (envProfile) return envProfile;
  const m = /^colima-(.+)$/.exec(dockerName ?? "");
  return m ? m[1] : "default";
}

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

export {
  RESIZE_BACKENDS,
  RESIZE_PLATFORMS,
  resizePaths,
  chooseBackend,
  backendUnit,
  COMMANDS,
  colimaStop,
  colimaStart,
  parseAppPid,
  colimaAlreadyRunning,
  platformOf,
  colimaProfileOf,
  resizeTarget,
  memoryMatches,
  alreadyLargeEnough
};

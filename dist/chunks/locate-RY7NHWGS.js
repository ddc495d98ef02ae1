import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseDesktopSettings,
  readSettings
} from "./chunk-NLFAC5LI.js";
import {
  backendUnit,
  chooseBackend,
  colimaProfileOf,
  resizePaths
} from "./chunk-FXVDSFNG.js";
import {
  resizeTarget
} from "./chunk-GK5YC4K2.js";
import {
  defaultReserve
} from "./chunk-YZLJPTLL.js";
import "./chunk-Z6TKMF2N.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-6DG7BXTN.js";

// src/resize/locate.ts
import os from "node:os";
function locateBackend(platform, requested, docker, env) {
  const paths = resizePaths({
    platform,
    home: env.HOME || env.USERPROFILE || os.homedir(),
    appData: env.APPDATA,
    programData: env.ProgramData ?? env.PROGRAMDATA,
    programFiles: env.ProgramFiles ?? env.PROGRAMFILES,
    userProfile: env.USERPROFILE,
    colimaHome: env.COLIMA_HOME,
    colimaProfile: colimaProfileOf(docker?.backend === "colima" ? docker.name : null, env.COLIMA_PROFILE)
  });
  const store = readSettings(paths.desktopStore);
  const legacy = readSettings(paths.desktopLegacy);
  let wslEngineEnabled = null;
  try {
    if (store !== null) wslEngineEnabled = parseDesktopSettings(store, "store", paths.desktopStore).wslEngineEnabled;
    else if (legacy !== null) wslEngineEnabled = parseDesktopSettings(legacy, "legacy", paths.desktopLegacy).wslEngineEnabled;
  } catch {
    wslEngineEnabled = null;
  }
  const choice = chooseBackend({
    platform,
    requested,
    docker,
    desktopSettingsExist: store !== null || legacy !== null,
    colimaConfigExists: readSettings(paths.colimaConfig) !== null,
    wslEngineEnabled
  });
  return { choice, paths };
}
function targetFor(backend, machine, requestedBytes) {
  const physical = machine.memory.totalBytes;
  return resizeTarget({ requestedBytes, physicalBytes: physical, reserveBytes: defaultReserve(physical), unit: backendUnit(backend) }).targetBytes;
}
export {
  locateBackend,
  targetFor
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseDesktopSettings,
  readSettings,
  settingsExist
} from "./chunk-UN5CIZXC.mjs";
import {
  backendUnit,
  chooseBackend,
  colimaProfileOf,
  resizePaths,
  resizeTarget
} from "./chunk-XFAZ4MJW.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import {
  defaultReserve
} from "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

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
  const store = settingsExist(paths.desktopStore);
  const legacy = settingsExist(paths.desktopLegacy);
  let wslEngineEnabled = null;
  try {
    const file = store ? readSettings(paths.desktopStore) : legacy ? readSettings(paths.desktopLegacy) : null;
    if (file !== null)
      wslEngineEnabled = parseDesktopSettings(file.text, store ? "store" : "legacy", store ? paths.desktopStore : paths.desktopLegacy).wslEngineEnabled;
  } catch {
    wslEngineEnabled = null;
  }
  const choice = chooseBackend({
    platform,
    requested,
    docker,
    desktopSettingsExist: store || legacy,
    colimaConfigExists: settingsExist(paths.colimaConfig),
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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseDesktopSettings,
  readSettings
} from "./chunk-ZOTOETPB.js";
import {
  chooseBackend,
  colimaProfileOf,
  resizePaths
} from "./chunk-2VXQ2JEJ.js";
import "./chunk-HZVVQHPO.js";
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
export {
  locateBackend
};

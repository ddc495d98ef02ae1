import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_TEXT_FILE_BYTES,
  readRegularFile
} from "./chunk-CY67VTD3.mjs";
import {
  buildKey,
  knownPeak,
  parseHistoryKey,
  withPeak
} from "./chunk-FHDS2SIN.mjs";
import {
  FileError,
  InputError,
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/build/dockerfile-path.ts
import { join } from "node:path";
function dockerfilePath(read) {
  return read("file").trim() || join(read("context").trim() || ".", "Dockerfile");
}

// src/history/store.ts
async function loadKnownPeak(store, key) {
  const loaded = await store.load();
  if (loaded.notice !== null && loaded.state !== "salvaged") return { peak: null, notice: `${loaded.notice}: planning without history` };
  const peak = knownPeak(loaded.history, key);
  if (peak === null) return { peak, notice: `no peak recorded for ${key} in ${store.where} yet: planning without history` };
  return { peak, notice: loaded.notice };
}
async function recordPeak(key, peakBytes, store, now = /* @__PURE__ */ new Date(), steps = []) {
  return store.lock(async () => {
    const loaded = await store.load();
    if (loaded.state === "newer") throw new FileError(`${loaded.notice}; not overwriting it`);
    const notices = loaded.state === "corrupt" ? [`${loaded.notice}: starting it afresh`] : loaded.state === "salvaged" ? [loaded.notice] : [];
    const history = withPeak(loaded.history, key, peakBytes, now.toISOString(), steps);
    const saveNotice = await store.save(history);
    if (saveNotice !== null) notices.push(saveNotice);
    return { history, notices };
  });
}

// src/history/build-peak.ts
async function resolveBuildHistory(lookup) {
  const key = await historyKey(lookup);
  if (key === null) return null;
  const store = lookup.store(key);
  const { peak, notice } = await loadKnownPeak(store, key);
  if (notice !== null) lookup.notice(notice);
  return { key, store, peak };
}
async function historyKey(lookup) {
  if (lookup.givenKey.trim() !== "") return parseHistoryKey(lookup.givenKey, lookup.keyName);
  if (lookup.build === null) throw new InputError(`${lookup.keyName} is needed: without a build there is no Dockerfile to name it by`);
  const read = lookup.build;
  const file = dockerfilePath(read);
  let dockerfile;
  try {
    dockerfile = readRegularFile(file, MAX_TEXT_FILE_BYTES, "the Dockerfile").toString("utf8");
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (error.code !== "ENOENT") throw new FileError(`${error.message}; give ${lookup.keyName} to name the build`, error.code);
    lookup.notice(`no Dockerfile at ${file} to name this build (ENOENT); set ${lookup.keyName}. Planning without history`);
    return null;
  }
  return buildKey({ dockerfile, target: read("target"), platforms: read("platforms") });
}
async function recordBuildPeak(history, peakBytes, notice, steps = []) {
  try {
    const { notices } = await recordPeak(history.key, peakBytes, history.store, /* @__PURE__ */ new Date(), steps);
    for (const n of notices) notice(n);
    const withSteps = steps.length > 0 ? ` and ${steps.length} step${steps.length === 1 ? "'s" : "s'"} own` : "";
    if (notices.length === 0) notice(`recorded the peak ${formatSize(peakBytes)}${withSteps} for ${history.key} in ${history.store.where}`);
  } catch (error) {
    notice(`the peak was not recorded (${error.message})`);
  }
}

export {
  recordPeak,
  resolveBuildHistory,
  recordBuildPeak
};

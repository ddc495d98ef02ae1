import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fileHistoryStore
} from "./chunk-RVFRI636.mjs";
import "./chunk-D772QEDI.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import {
  emptyHistory
} from "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-SOOFRGCY.mjs";
import {
  createHash,
  init_node_crypto
} from "./chunk-T2CBXCPV.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/history/actions-cache-store.ts
init_node_crypto();
import { homedir } from "node:os";
import { join } from "node:path";
var CACHE_PATH = "~/.docker-memory-history";
function actionsCacheHistoryStore(key, home = homedir()) {
  const prefix = `docker-memory-history-v1-${createHash("sha256").update(key).digest("hex").slice(0, 16)}-`;
  const file = fileHistoryStore(join(home, ".docker-memory-history", "history.json"));
  const where = `the Actions cache (${prefix}*)`;
  let unreadable = false;
  return {
    where,
    async load() {
      try {
        const cache = await import("./lazy-@actions-cache-lib-cache.mjs");
        if (!cache.isFeatureAvailable()) {
          return { history: emptyHistory(), state: "unavailable", notice: "the Actions cache is not available to this job" };
        }
        const hit = await cache.restoreCache([CACHE_PATH], prefix, [prefix]);
        if (hit === void 0)
          return { history: emptyHistory(), state: "missing", notice: `no history found in ${where} (none saved yet, or the cache did not answer)` };
        return await file.load();
      } catch (error) {
        unreadable = true;
        return { history: emptyHistory(), state: "unavailable", notice: `the Actions cache could not be read (${error.message})` };
      }
    },
    async save(history) {
      try {
        const cache = await import("./lazy-@actions-cache-lib-cache.mjs");
        if (!cache.isFeatureAvailable()) return "the Actions cache is not available to this job: the peak was not kept";
        if (unreadable) return "the Actions cache could not be read, and saving would hide the peaks it holds: the peak was not kept";
        await file.save(history);
        const id = await cache.saveCache([CACHE_PATH], `${prefix}${Date.now()}`);
        return id === -1 ? "the Actions cache did not keep the peak" : null;
      } catch (error) {
        return `the Actions cache did not keep the peak (${error.message})`;
      }
    },
    // The lock is a file beside the history's: without the cache nothing is written, so nothing
    // is locked either, and a job without the cache leaves no folder in the runner's home.
    async lock(fn) {
      return await cacheAvailable() ? file.lock(fn) : fn();
    }
  };
}
async function cacheAvailable() {
  try {
    return (await import("./lazy-@actions-cache-lib-cache.mjs")).isFeatureAvailable();
  } catch {
    return false;
  }
}
export {
  actionsCacheHistoryStore
};

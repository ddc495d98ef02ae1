import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownPeak,
  withPeak
} from "./chunk-K4656TKS.js";
import {
  InputError
} from "./chunk-J3GXGRKE.js";

// src/history/store.ts
async function loadKnownPeak(store, key) {
  const loaded = await store.load();
  if (loaded.notice !== null && loaded.state !== "salvaged") return { peak: null, notice: `${loaded.notice}: planning without history` };
  const peak = knownPeak(loaded.history, key);
  if (peak === null) return { peak, notice: `no peak recorded for ${key} in ${store.where} yet: planning without history` };
  return { peak, notice: loaded.notice };
}
async function recordPeak(key, peakBytes, store, now = /* @__PURE__ */ new Date()) {
  return store.lock(async () => {
    const loaded = await store.load();
    if (loaded.state === "newer") throw new InputError(`${loaded.notice}; not overwriting it`);
    const notices = loaded.state === "corrupt" ? [`${loaded.notice}: starting it afresh`] : loaded.state === "salvaged" ? [loaded.notice] : [];
    const history = withPeak(loaded.history, key, peakBytes, now.toISOString());
    const saveNotice = await store.save(history);
    if (saveNotice !== null) notices.push(saveNotice);
    return { history, notices };
  });
}

export {
  loadKnownPeak,
  recordPeak
};

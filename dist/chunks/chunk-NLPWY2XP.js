import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  HistoryFormatError,
  emptyHistory,
  knownPeak,
  parseHistory,
  serializeHistory,
  withPeak
} from "./chunk-YZLJPTLL.js";
import {
  InputError
} from "./chunk-DKWBHJTO.js";

// src/history/store.ts
async function loadKnownPeak(store, key) {
  const loaded = await store.load();
  if (loaded.notice !== null) return { peak: null, notice: `${loaded.notice}: planning without history` };
  const peak = knownPeak(loaded.history, key);
  return { peak, notice: peak === null ? `no peak recorded for ${key} in ${store.where} yet: planning without history` : null };
}
async function recordPeak(key, peakBytes, store, now = /* @__PURE__ */ new Date()) {
  const loaded = await store.load();
  if (loaded.state === "newer") throw new InputError(`${loaded.notice}; not overwriting it`);
  const notices = loaded.state === "corrupt" ? [`${loaded.notice}: starting it afresh`] : [];
  const history = withPeak(loaded.history, key, peakBytes, now.toISOString());
  const saveNotice = await store.save(history);
  if (saveNotice !== null) notices.push(saveNotice);
  return { history, notices };
}

// src/history/file-store.ts
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { randomBytes } from "node:crypto";
function fileHistoryStore(path) {
  return {
    where: path,
    async load() {
      let text;
      try {
        text = await readFile(path, "utf8");
      } catch (error) {
        const code = error.code;
        const why = code === "ENOENT" ? `no history file ${path} yet` : `history file ${path} cannot be read (${code ?? error.message})`;
        return { history: emptyHistory(), state: code === "ENOENT" ? "missing" : "unavailable", notice: why };
      }
      try {
        return { history: parseHistory(text), state: "read", notice: null };
      } catch (error) {
        if (!(error instanceof HistoryFormatError)) throw error;
        const notice = error.kind === "newer" ? `history file ${path} ${error.message}` : `${path} is not valid history (it ${error.message})`;
        return { history: emptyHistory(), state: error.kind, notice };
      }
    },
    async save(history) {
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(tmp, serializeHistory(history), { flush: true });
        await rename(tmp, path);
      } catch (error) {
        await rm(tmp, { force: true }).catch(() => void 0);
        throw new InputError(`cannot write history file ${path}: ${error.message}`);
      }
      return null;
    }
  };
}

export {
  loadKnownPeak,
  recordPeak,
  fileHistoryStore
};

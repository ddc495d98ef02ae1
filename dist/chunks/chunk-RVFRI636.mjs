import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  withFileLock
} from "./chunk-D772QEDI.mjs";
import {
  MAX_TEXT_FILE_BYTES,
  readRegularFileIfExists
} from "./chunk-CY67VTD3.mjs";
import {
  ensureWritableDirectory,
  replaceFile,
  writeBackup
} from "./chunk-FKLHXMXM.mjs";
import {
  emptyHistory,
  salvageHistory,
  serializeHistory
} from "./chunk-FHDS2SIN.mjs";
import {
  FileError,
  HistoryFormatError
} from "./chunk-LGCTJYX5.mjs";

// src/history/file-store.ts
import { dirname } from "node:path";
var LOCK_WAIT_MS = 3e4;
function fileHistoryStore(path) {
  let unreadable = null;
  let refuseSave = null;
  return {
    where: path,
    async load() {
      unreadable = null;
      refuseSave = null;
      let bytes;
      try {
        bytes = readRegularFileIfExists(path, MAX_TEXT_FILE_BYTES, "history file");
      } catch (error) {
        refuseSave = error.message;
        return { history: emptyHistory(), state: "unavailable", notice: error.message };
      }
      if (bytes === null) return { history: emptyHistory(), state: "missing", notice: `no history file ${path} yet` };
      const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      try {
        const { history, dropped } = salvageHistory(text);
        if (dropped.length === 0) return { history, state: "read", notice: null };
        unreadable = bytes;
        return { history, state: "salvaged", notice: `history file ${path} has ${dropped.join(", ")}: left out` };
      } catch (error) {
        if (!(error instanceof HistoryFormatError)) throw error;
        if (error.kind === "newer") return { history: emptyHistory(), state: "newer", notice: `history file ${path} ${error.message}` };
        unreadable = bytes;
        return { history: emptyHistory(), state: "corrupt", notice: `${path} is not valid history (it ${error.message})` };
      }
    },
    async save(history) {
      if (refuseSave !== null) throw new FileError(`${refuseSave}; not overwriting it`);
      let kept = null;
      try {
        if (unreadable !== null) kept = writeBackup(path, unreadable, /* @__PURE__ */ new Date(), "unreadable", ".bak");
        replaceFile(path, Buffer.from(serializeHistory(history)));
      } catch (error) {
        if (error instanceof FileError) throw error;
        throw new FileError(`cannot write history file ${path}: ${error.message}`, error.code);
      }
      unreadable = null;
      return kept === null ? null : `what could not be read was kept in ${kept}`;
    },
    async lock(fn) {
      ensureWritableDirectory(dirname(path), `the folder of history file ${path},`);
      return withFileLock(path, { timeoutMs: LOCK_WAIT_MS, what: "another docker-memory recording a peak" }, fn);
    }
  };
}

export {
  fileHistoryStore
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// shared-via-require:shared
import { createRequire } from "node:module";
var shared = createRequire(import.meta.url)("../shared.js");
var EngineError = shared.EngineError;
var FileError = shared.FileError;
var HistoryFormatError = shared.HistoryFormatError;
var InputError = shared.InputError;
var askSocket = shared.askSocket;
var dockerEndpoint = shared.dockerEndpoint;
var messageForUser = shared.messageForUser;
var probeDocker = shared.probeDocker;
var probeDockerEarly = shared.probeDockerEarly;

// src/core/units.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var UNIT = { "": 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt])i?)?b?$/i;
var PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
function parseSize(input, what = "size") {
  const text = input.trim();
  const m = SIZE.exec(text);
  if (!m) {
    throw new InputError(`${what} "${input}" is not a size: use a number with a unit, like 512m, 20g or 1.5g`);
  }
  const bytes = Math.floor(Number(m[1]) * UNIT[(m[2] ?? "").toLowerCase()]);
  if (!Number.isSafeInteger(bytes)) {
    throw new InputError(`${what} "${input}" is too large`);
  }
  return bytes;
}
function bareNumberHint(text, example = "4g", zeroNote = "") {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return "";
  if (Number(t) === 0) return ` (0 is no size${zeroNote}: give one such as ${example})`;
  return ` (a bare number is bytes; did you mean ${Number(t)}g?)`;
}
function parseSizeOrPercent(input, what = "size") {
  const m = PERCENT.exec(input.trim());
  if (m) {
    const percent = Number(m[1]);
    if (percent <= 0 || percent > 100) {
      throw new InputError(`${what} "${input}" must be a percentage above 0% and at most 100%`);
    }
    return { kind: "percent", percent };
  }
  return { kind: "bytes", bytes: parseSize(input, what) };
}
function formatSize(bytes) {
  const units = [
    [TiB, "TiB"],
    [GiB, "GiB"],
    [MiB, "MiB"],
    [KiB, "KiB"]
  ];
  for (const [size, name] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2))} ${name}`;
    }
  }
  return `${bytes} B`;
}
function toDockerSize(bytes) {
  const mib = Math.floor(bytes / MiB);
  if (mib <= 0) return `${Math.max(0, Math.floor(bytes))}b`;
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}
function toInputSize(bytes) {
  const mib = Math.floor(bytes / MiB);
  if (mib >= 1024 && mib * 100 % 1024 === 0) return `${mib / 1024}g`;
  return toDockerSize(bytes);
}
function toWholeGiB(bytes) {
  return Math.ceil(bytes / GiB);
}

export {
  EngineError,
  FileError,
  HistoryFormatError,
  InputError,
  dockerEndpoint,
  probeDocker,
  MiB,
  GiB,
  parseSize,
  bareNumberHint,
  parseSizeOrPercent,
  formatSize,
  toDockerSize,
  toInputSize,
  toWholeGiB
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  InputError,
  MiB,
  formatSize
} from "./chunk-J3GXGRKE.js";

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
  resizeTarget,
  memoryMatches,
  alreadyLargeEnough
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  InputError
} from "./chunk-LGCTJYX5.mjs";

// src/core/plan/profiles.ts
var PROFILES = ["conservative", "balanced", "maximum"];
var PROFILE_TABLE = {
  conservative: [
    [16, 6],
    [32, 12],
    [64, 30],
    [128, 60]
  ],
  balanced: [
    [16, 8],
    [32, 20],
    [64, 45],
    [128, 80]
  ],
  maximum: [
    [16, 10],
    [32, 24],
    [64, 55],
    [128, 100]
  ]
};
function parseProfile(input) {
  const name = input.trim().toLowerCase();
  if (PROFILES.includes(name)) return name;
  throw new InputError(`profile "${input}" is not one of ${PROFILES.join(", ")}`);
}
function profileMemory(profile, totalBytes) {
  const points = PROFILE_TABLE[profile];
  const gib = totalBytes / GiB;
  const [firstX, firstY] = points[0];
  const [lastX, lastY] = points[points.length - 1];
  let result;
  if (gib <= firstX) {
    result = gib * firstY / firstX;
  } else if (gib >= lastX) {
    result = gib * lastY / lastX;
  } else {
    const i = points.findIndex(([x]) => x >= gib);
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    result = y0 + (gib - x0) * (y1 - y0) / (x1 - x0);
  }
  return Math.floor(result * GiB);
}

export {
  PROFILES,
  parseProfile,
  profileMemory
};

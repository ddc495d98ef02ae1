import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/build/versions.ts
var VersionParseError = class extends Error {
};
function parseDockerVersion(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new VersionParseError("docker version did not print JSON");
  }
  if (typeof raw !== "object" || raw === null) throw new VersionParseError("docker version did not print a JSON object");
  return { client: raw.Client?.Version ?? null, server: raw.Server?.Version ?? null };
}
function parseBuildxVersion(text) {
  const m = /\bv?(\d+\.\d+(?:\.\d+)?)/.exec(text.replace(/^\S*buildx\S*\s+/, ""));
  if (!m) throw new VersionParseError(`docker buildx version printed no version: "${text.trim().slice(0, 80)}"`);
  return m[1];
}
function compareVersions(a, b) {
  const nums = (v) => {
    const m = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(v);
    return m ? [m[1], m[2], m[3]].map((x2) => Number(x2 ?? 0)) : null;
  };
  const x = nums(a);
  const y = nums(b);
  if (!x || !y) return null;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
function atLeast(version, min) {
  if (version === null) return false;
  const c = compareVersions(version, min);
  return c !== null && c >= 0;
}
function parseEngineName(json) {
  try {
    const name = JSON.parse(json).Name;
    return typeof name === "string" ? name : null;
  } catch {
    return null;
  }
}

export {
  parseDockerVersion,
  parseBuildxVersion,
  atLeast,
  parseEngineName
};

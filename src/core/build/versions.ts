/**
 * Readers of `docker version --format '{{json .}}'` and `docker buildx version`, and version
 * comparison. Pure: the runner hands over the text.
 */

export interface DockerVersions {
  client: string | null
  /** The engine, null when it did not answer (the client still prints its own half). */
  server: string | null
}

export class VersionParseError extends Error {}

export function parseDockerVersion(json: string): DockerVersions {
  let raw: { Client?: { Version?: string }; Server?: { Version?: string } | null }
  try {
    raw = JSON.parse(json) as typeof raw
  } catch {
    throw new VersionParseError('docker version did not print JSON')
  }
  if (typeof raw !== 'object' || raw === null) throw new VersionParseError('docker version did not print a JSON object')
  return { client: raw.Client?.Version ?? null, server: raw.Server?.Version ?? null }
}

/** `github.com/docker/buildx v0.28.0 b1281b81b` → `0.28.0`. */
export function parseBuildxVersion(text: string): string {
  const m = /\bv?(\d+\.\d+(?:\.\d+)?)/.exec(text.replace(/^\S*buildx\S*\s+/, ''))
  if (!m) throw new VersionParseError(`docker buildx version printed no version: "${text.trim().slice(0, 80)}"`)
  return m[1]
}

/**
 * Compares the numeric part of two versions (`20.10.24+dfsg1`, `v0.8+unknown`); missing
 * parts count as 0. Returns null when either has no number at all.
 */
export function compareVersions(a: string, b: string): number | null {
  const nums = (v: string): number[] | null => {
    const m = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(v)
    return m ? [m[1], m[2], m[3]].map((x) => Number(x ?? 0)) : null
  }
  const x = nums(a)
  const y = nums(b)
  if (!x || !y) return null
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/** True only when `version` is known and at least `min`. */
export function atLeast(version: string | null, min: string): boolean {
  if (version === null) return false
  const c = compareVersions(version, min)
  return c !== null && c >= 0
}

/** `Name` of `docker info --format '{{json .}}'`: the engine's host name. */
export function parseEngineName(json: string): string | null {
  try {
    const name = (JSON.parse(json) as { Name?: unknown }).Name
    return typeof name === 'string' ? name : null
  } catch {
    return null
  }
}

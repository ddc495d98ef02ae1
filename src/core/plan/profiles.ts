import { InputError } from '../errors.js'
import { GiB } from '../units.js'

export const PROFILES = ['conservative', 'balanced', 'maximum'] as const
export type Profile = (typeof PROFILES)[number]

/**
 * Recommended build memory per system memory, in GiB: system memory → build memory.
 * The plan reproduces these points exactly; between them it interpolates linearly, below the
 * first point it keeps the first point's share of memory (so a 5 GiB `ubuntu-slim` runner gets
 * half of it on `balanced`), and above the last it keeps the last point's share.
 */
export const PROFILE_TABLE: Record<Profile, ReadonlyArray<readonly [number, number]>> = {
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
}

export function parseProfile(input: string): Profile {
  const name = input.trim().toLowerCase()
  if ((PROFILES as readonly string[]).includes(name)) return name as Profile
  throw new InputError(`profile "${input}" is not one of ${PROFILES.join(', ')}`)
}

/** Build memory (bytes) that a profile gives a machine with `totalBytes` of memory. */
export function profileMemory(profile: Profile, totalBytes: number): number {
  const points = PROFILE_TABLE[profile]
  const gib = totalBytes / GiB
  const [firstX, firstY] = points[0]
  const [lastX, lastY] = points[points.length - 1]
  let result: number
  if (gib <= firstX) {
    result = (gib * firstY) / firstX
  } else if (gib >= lastX) {
    result = (gib * lastY) / lastX
  } else {
    const i = points.findIndex(([x]) => x >= gib)
    const [x0, y0] = points[i - 1]
    const [x1, y1] = points[i]
    result = y0 + ((gib - x0) * (y1 - y0)) / (x1 - x0)
  }
  return Math.floor(result * GiB)
}

import { InputError } from './errors.js'

// Stryker disable ArithmeticOperator,ObjectLiteral,Regex: module-level constants, a table and
// patterns, built once when the module is loaded; the mutation run keeps modules loaded between
// mutants, so a mutant of them is never active (it would be reported as surviving whatever the
// tests check). Each is pinned by __tests__/core/units.test.ts: every unit in bytes written out,
// and inputs that each part of SIZE and PERCENT accepts or refuses (anchors, decimals, spaces).
export const KiB = 1024
export const MiB = 1024 * KiB
export const GiB = 1024 * MiB
export const TiB = 1024 * GiB

// Docker's own size units (docker/go-units RAMInBytes: `[kKmMgGtT]?[iI]?[bB]?`): binary
// multiples, case-insensitive, so "8GB", "8GiB", "8g" and Kubernetes' "8Gi" mean the same.
const UNIT: Record<string, number> = { '': 1, k: KiB, m: MiB, g: GiB, t: TiB }
const SIZE = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt])i?)?b?$/i
const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/
// Stryker restore ArithmeticOperator,ObjectLiteral,Regex

/** Parse a Docker-style size (`512m`, `20g`, `1.5g`, `2GiB`) into bytes. */
export function parseSize(input: string, what = 'size'): number {
  const text = input.trim()
  const m = SIZE.exec(text)
  if (!m) {
    throw new InputError(`${what} "${input}" is not a size: use a number with a unit, like 512m, 20g or 1.5g`)
  }
  const bytes = Math.floor(Number(m[1]) * UNIT[(m[2] ?? '').toLowerCase()])
  if (!Number.isSafeInteger(bytes)) {
    throw new InputError(`${what} "${input}" is too large`)
  }
  return bytes
}

/**
 * What to add to a message about a size below its floor when the user wrote a bare number:
 * that is bytes, and `16` was almost surely meant as `16g`. `0` gets no `0g`: it is not a
 * size anyone means, and Docker reads a limit of 0 as none.
 */
export function bareNumberHint(text: string, example = '4g', zeroNote = ''): string {
  const t = text.trim()
  if (!/^\d+$/.test(t)) return ''
  if (Number(t) === 0) return ` (0 is no size${zeroNote}: give one such as ${example})`
  return ` (a bare number is bytes; did you mean ${Number(t)}g?)`
}

export type SizeOrPercent = { kind: 'bytes'; bytes: number } | { kind: 'percent'; percent: number }

/** A size, or a percentage such as `75%`. */
export function parseSizeOrPercent(input: string, what = 'size'): SizeOrPercent {
  const m = PERCENT.exec(input.trim())
  if (m) {
    const percent = Number(m[1])
    if (percent <= 0 || percent > 100) {
      throw new InputError(`${what} "${input}" must be a percentage above 0% and at most 100%`)
    }
    return { kind: 'percent', percent }
  }
  return { kind: 'bytes', bytes: parseSize(input, what) }
}

/** Human-readable binary size: `8 GiB`, `1.5 GiB`, `512 MiB`. */
export function formatSize(bytes: number): string {
  const units: Array<[number, string]> = [
    [TiB, 'TiB'],
    [GiB, 'GiB'],
    [MiB, 'MiB'],
    [KiB, 'KiB']
  ]
  for (const [size, name] of units) {
    if (bytes >= size) {
      const value = bytes / size
      return `${Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2))} ${name}`
    }
  }
  return `${bytes} B`
}

/**
 * A size Docker accepts (`8g`, `1536m`). Rounded down to whole MiB so a limit is never
 * larger than planned.
 */
export function toDockerSize(bytes: number): string {
  const mib = Math.floor(bytes / MiB)
  if (mib <= 0) return `${Math.max(0, Math.floor(bytes))}b`
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`
}

/**
 * A size to type into an input, in the words formatSize uses: `20.5g` beside "20.5 GiB", `9g`
 * beside "9 GiB", `640m` beside "640 MiB" (Docker and our inputs read decimal sizes). Exact to
 * the MiB, rounded down as toDockerSize is; a fraction of a GiB that two decimals cannot hold
 * stays in MiB.
 */
export function toInputSize(bytes: number): string {
  const mib = Math.floor(bytes / MiB)
  if (mib >= 1024 && (mib * 100) % 1024 === 0) return `${mib / 1024}g`
  return toDockerSize(bytes)
}

/** Whole GiB, rounded up: for settings that take gigabytes (OLLAMA_DOCKER_MEMORY, Colima). */
export function toWholeGiB(bytes: number): number {
  return Math.ceil(bytes / GiB)
}

/**
 * Colima's `colima.yaml`: `memory:` in GiB at the top level. Pure. Only the number after
 * `memory:` changes; comments, order and every other line stay byte for byte.
 */
import { InputError } from '../errors.js'

export interface ColimaConfig {
  memoryGiB: number
  /** Colima's key is `cpu:`, its flag `--cpu`. */
  cpu: number | null
  diskGiB: number | null
}

const TOP_KEY = /^([A-Za-z][\w-]*):(.*)$/
const NUMBER_VALUE = /^(\s*)(\d+(?:\.\d+)?)(\s*(?:#.*)?)$/

function topLevel(text: string, what: string): Map<string, { line: number; rest: string }[]> {
  const keys = new Map<string, { line: number; rest: string }[]>()
  text.split('\n').forEach((raw, line) => {
    const l = raw.replace(/\r$/, '')
    if (l.trim() === '' || /^\s*#/.test(l) || /^[\s-]/.test(l) || l === '---') return
    const m = TOP_KEY.exec(l)
    if (!m) throw new InputError(`${what} line ${line + 1} is not YAML Colima writes ("${l.slice(0, 40)}"); it was left untouched`)
    keys.set(m[1], [...(keys.get(m[1]) ?? []), { line, rest: m[2] }])
  })
  return keys
}

function numberOf(keys: ReturnType<typeof topLevel>, key: string, what: string): number | null {
  const entries = keys.get(key)
  if (!entries) return null
  if (entries.length > 1) throw new InputError(`${what} sets ${key}: twice; it was left untouched`)
  const m = NUMBER_VALUE.exec(entries[0].rest.replace(/\r$/, ''))
  if (!m) throw new InputError(`${what}: ${key}:${entries[0].rest} is not a number; it was left untouched`)
  return Number(m[2])
}

export function parseColimaConfig(text: string, what: string): ColimaConfig {
  const keys = topLevel(text, what)
  const memoryGiB = numberOf(keys, 'memory', what)
  if (memoryGiB === null) throw new InputError(`${what} has no memory: line; it was left untouched (start Colima once so it writes its config)`)
  return { memoryGiB, cpu: numberOf(keys, 'cpu', what), diskGiB: numberOf(keys, 'disk', what) }
}

export function setColimaMemory(text: string, gib: number, what: string): string {
  parseColimaConfig(text, what)
  const line = topLevel(text, what).get('memory')![0].line
  const lines = text.split('\n')
  lines[line] = lines[line].replace(/^(memory:\s*)\d+(?:\.\d+)?/, `$1${gib}`)
  return lines.join('\n')
}

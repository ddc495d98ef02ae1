/**
 * Docker Desktop's settings documents. Pure: text in, text out. Only the memory value ever
 * changes; every other byte (unknown keys, order, indentation, line endings) stays as it was.
 */
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { InputError } from '../errors.js'

/** ≥ 4.35 keeps `settings-store.json` with `MemoryMiB`; ≤ 4.34 `settings.json` with `memoryMiB`. */
export type DesktopFormat = 'store' | 'legacy'

const MEMORY_KEY: Record<DesktopFormat, string> = { store: 'MemoryMiB', legacy: 'memoryMiB' }
const WSL_KEY: Record<DesktopFormat, string> = { store: 'WslEngineEnabled', legacy: 'wslEngineEnabled' }

export interface DesktopSettings {
  /** null: the key is absent and Docker Desktop uses its default. */
  memoryMiB: number | null
  /** null: the key is absent. */
  wslEngineEnabled: boolean | null
}

function parseStrict(text: string, what: string): Record<string, unknown> {
  const errors: ParseError[] = []
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  if (errors.length > 0) {
    const e = errors[0]
    const line = text.slice(0, e.offset).split('\n').length
    throw new InputError(`${what} is not valid JSON (${printParseErrorCode(e.error)} on line ${line}); it was left untouched: fix or remove it, then retry`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${what} is not a JSON object; it was left untouched: fix or remove it, then retry`)
  }
  return value as Record<string, unknown>
}

export function parseDesktopSettings(text: string, format: DesktopFormat, what: string): DesktopSettings {
  const doc = parseStrict(text, what)
  const memory = doc[MEMORY_KEY[format]]
  if (memory !== undefined && (typeof memory !== 'number' || !Number.isInteger(memory) || memory <= 0)) {
    throw new InputError(`${what}: ${MEMORY_KEY[format]} is ${JSON.stringify(memory)}, not a whole number of MiB; it was left untouched`)
  }
  const wsl = doc[WSL_KEY[format]]
  return { memoryMiB: memory ?? null, wslEngineEnabled: typeof wsl === 'boolean' ? wsl : null }
}

/** The same document with the memory set to `mib`; an absent key is added in the file's own style. */
export function setDesktopMemory(text: string, format: DesktopFormat, mib: number, what: string): string {
  parseDesktopSettings(text, format, what)
  const before = parseStrict(text, what)
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  '
  const edits = modify(text, [MEMORY_KEY[format]], mib, {
    formattingOptions: {
      insertSpaces: !indent.startsWith('\t'),
      tabSize: indent.startsWith('\t') ? 1 : indent.length,
      eol: text.includes('\r\n') ? '\r\n' : '\n'
    }
  })
  const after = applyEdits(text, edits)
  // The edit must change that one value and nothing else, or the file is not written.
  const check = parseStrict(after, what)
  const expected = { ...before, [MEMORY_KEY[format]]: mib }
  if (JSON.stringify(sortKeys(check)) !== JSON.stringify(sortKeys(expected))) {
    throw new InputError(`${what}: editing ${MEMORY_KEY[format]} would change other settings; it was left untouched`)
  }
  return after
}

function sortKeys(doc: Record<string, unknown>): Array<[string, string]> {
  return Object.keys(doc)
    .sort()
    .map((k) => [k, JSON.stringify(doc[k])])
}

/**
 * The name of the admin setting that locks the VM's memory, or null. Business installs lock a
 * setting as `"name": {"locked": true, "value": …}`; which names cover memory is not
 * documented, so any locked setting whose name mentions memory counts.
 */
export function memoryLock(adminText: string, what: string): string | null {
  const found: string[] = []
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    for (const [key, value] of Object.entries(node)) {
      if (/mem/i.test(key) && typeof value === 'object' && value !== null && (value as { locked?: unknown }).locked === true) found.push(key)
      walk(value)
    }
  }
  walk(parseStrict(adminText, what))
  return found[0] ?? null
}

/**
 * `%UserProfile%\.wslconfig`: `[wsl2]` `memory=8GB`. Pure. Only the memory value changes;
 * comments, other keys, other sections and CRLF line endings stay byte for byte.
 */
import { InputError } from '../errors.js'
import { GiB, MiB, parseSize } from '../units.js'

const SECTION = /^\s*\[([^\]]+)\]\s*(?:[#;].*)?$/
const KEY = /^(\s*)([A-Za-z][\w.]*)(\s*=\s*)(.*?)(\s*(?:[#;].*)?)$/

interface Located {
  /** Line index of the `[wsl2]` header, or null. */
  section: number | null
  /** Line index of `memory=` inside `[wsl2]`, or null. */
  memory: number | null
  memoryBytes: number | null
}

function locate(text: string, what: string): Located {
  let current: string | null = null
  const found: Located = { section: null, memory: null, memoryBytes: null }
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || /^\s*[#;]/.test(line)) return
    const s = SECTION.exec(line)
    if (s) {
      current = s[1].trim().toLowerCase()
      if (current === 'wsl2') {
        if (found.section !== null) throw new InputError(`${what} has two [wsl2] sections; it was left untouched`)
        found.section = i
      }
      return
    }
    const k = KEY.exec(line)
    if (!k) throw new InputError(`${what} line ${i + 1} is neither a [section] nor key=value ("${line.slice(0, 40)}"); it was left untouched`)
    if (current === 'wsl2' && k[2].toLowerCase() === 'memory') {
      if (found.memory !== null) throw new InputError(`${what} sets memory twice in [wsl2]; it was left untouched`)
      found.memory = i
      found.memoryBytes = parseSize(k[4], `${what} [wsl2] memory`)
    }
  })
  return found
}

/** The `[wsl2] memory=` of the file in bytes; null when absent (WSL then gives half of the RAM). */
export function parseWslMemory(text: string, what: string): number | null {
  return locate(text, what).memoryBytes
}

/** WSL reads `GB` and `MB` as binary multiples. */
function wslSize(bytes: number): string {
  return bytes % GiB === 0 ? `${bytes / GiB}GB` : `${Math.ceil(bytes / MiB)}MB`
}

export function setWslMemory(text: string, bytes: number, what: string): string {
  const at = locate(text, what)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split('\n')
  if (at.memory !== null) {
    const cr = lines[at.memory].endsWith('\r') ? '\r' : ''
    const k = KEY.exec(lines[at.memory].replace(/\r$/, ''))!
    lines[at.memory] = `${k[1]}${k[2]}${k[3]}${wslSize(bytes)}${k[5]}${cr}`
    return lines.join('\n')
  }
  if (at.section !== null) {
    const cr = lines[at.section].endsWith('\r') ? '\r' : ''
    lines.splice(at.section + 1, 0, `memory=${wslSize(bytes)}${cr}`)
    return lines.join('\n')
  }
  const sep = text === '' || text.endsWith('\n') ? '' : eol
  return `${text}${sep}[wsl2]${eol}memory=${wslSize(bytes)}${eol}`
}

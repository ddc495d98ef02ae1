/**
 * Properties of the settings editors over generated input: any bytes give a result or one
 * InputError, never a crash; a file that decodes encodes back to the same bytes; and an edit
 * that succeeds changes the memory value and nothing else, byte for byte.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { setColimaMemory, parseColimaConfig } from '../../src/core/resize/colima-config.js'
import { parseDesktopSettings, setDesktopMemory, type DesktopFormat } from '../../src/core/resize/desktop-settings.js'
import { decodeText, encodeText } from '../../src/core/resize/encoding.js'
import { InputError } from '../../src/core/errors.js'
import { parseWslMemory, setWslMemory } from '../../src/core/resize/wslconfig.js'
import { GiB } from '../../src/core/units.js'

const RUNS = { numRuns: 1000 }

type Editor = (text: string) => string
const EDITORS: Array<[string, Editor]> = [
  ['settings-store.json', (t) => setDesktopMemory(t, 'store', 12288, 'f')],
  ['settings.json', (t) => setDesktopMemory(t, 'legacy', 12288, 'f')],
  ['colima.yaml', (t) => setColimaMemory(t, 12, 'f')],
  ['.wslconfig', (t) => setWslMemory(t, 12 * GiB, 'f')]
]

/** Either a result or an InputError; anything else thrown fails the property. */
function attempt(edit: Editor, text: string): string | null {
  try {
    return edit(text)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return null
  }
}

/** What an edit took out of `before` and put into `after`, the common head and tail aside. */
function changed(before: string, after: string): { removed: string; inserted: string } {
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
  return { removed: before.slice(head, before.length - tail), inserted: after.slice(head, after.length - tail) }
}

const eol = fc.constantFrom('\n', '\r\n')
const word = fc.stringMatching(/^[a-z][a-zA-Z0-9_-]{0,8}$/)
const comment = fc.string({ maxLength: 20 }).map((s) => `# ${s.replace(/[\r\n]/g, ' ')}`)

describe('any bytes', () => {
  test.each(EDITORS)('%s: decode and edit give a result or one InputError', (_, edit) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        let text: string
        try {
          text = decodeText(bytes, 'f').text
        } catch (e) {
          expect(e).toBeInstanceOf(InputError)
          return
        }
        attempt(edit, text)
      }),
      RUNS
    )
  })

  test('a file that decodes encodes back to the very same bytes', () => {
    const bom16 = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          bom16,
          fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => new TextEncoder().encode(s))
        ),
        (bytes) => {
          let decoded
          try {
            decoded = decodeText(bytes, 'f')
          } catch (e) {
            expect(e).toBeInstanceOf(InputError)
            return
          }
          expect(Buffer.from(encodeText(decoded.text, decoded.encoding)).equals(Buffer.from(bytes))).toBe(true)
        }
      ),
      RUNS
    )
  })
})

describe('valid files: only the memory value changes', () => {
  test('colima.yaml', () => {
    const line = fc.oneof(
      comment,
      fc.constant(''),
      fc
        .tuple(
          word.filter((w) => w !== 'memory'),
          fc.string({ maxLength: 12 })
        )
        .map(([k, v]) => `${k}: ${v.replace(/[\r\n#]/g, ' ')}`),
      word.map((w) => `  ${w}: 1`)
    )
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.nat({ max: 12 }),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom('', '   # note'),
        eol,
        (lines, at, gib, trail, nl) => {
          const all = [...lines]
          all.splice(Math.min(at, all.length), 0, `memory: ${gib}${trail}`)
          const text = all.join(nl) + nl
          const after = attempt((t) => setColimaMemory(t, 12, 'f'), text)
          if (after === null) return
          expect(parseColimaConfig(after, 'f').memoryGiB).toBe(12)
          const { removed, inserted } = changed(text, after)
          expect(removed).toMatch(/^\d*$/)
          expect(inserted).toMatch(/^\d*$/)
        }
      ),
      RUNS
    )
  })

  test('.wslconfig', () => {
    const key = fc
      .tuple(
        word.filter((w) => w.toLowerCase() !== 'memory'),
        fc.stringMatching(/^[A-Za-z0-9.]{0,8}$/)
      )
      .map(([k, v]) => `${k}=${v}`)
    const section = fc.constantFrom('[wsl2]', '[experimental]', '[boot]')
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            key,
            section,
            comment.map((c) => c.replace('#', ';')),
            fc.constant('')
          ),
          { maxLength: 12 }
        ),
        fc.option(fc.nat({ max: 12 })),
        eol,
        (lines, memoryAt, nl) => {
          const all = [...lines]
          if (memoryAt !== null) all.splice(Math.min(memoryAt, all.length), 0, 'memory=4GB')
          const text = all.join(nl)
          const after = attempt((t) => setWslMemory(t, 12 * GiB, 'f'), text)
          if (after === null) return
          expect(parseWslMemory(after, 'f')).toBe(12 * GiB)
          if (parseWslMemory(text, 'f') !== null) {
            expect(after).toBe(text.replace('memory=4GB', 'memory=12GB'))
            return
          }
          // A [wsl2] section appended, or one line added under the file's [wsl2]; the rest as it was.
          if (after.startsWith(text) && /^(?:\r?\n)?\[wsl2\]\r?\nmemory=12GB\r?\n$/.test(after.slice(text.length))) return
          const at = after.indexOf('memory=12GB')
          const end = after.indexOf('\n', at)
          expect(end === -1 ? after.slice(0, at - 1) : after.slice(0, at) + after.slice(end + 1)).toBe(text)
        }
      ),
      RUNS
    )
  })

  test.each<DesktopFormat>(['store', 'legacy'])('Docker Desktop %s settings', (format) => {
    const key = format === 'store' ? 'MemoryMiB' : 'memoryMiB'
    const values = fc.dictionary(
      word.filter((w) => w !== key),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 6 }
    )
    fc.assert(
      fc.property(values, fc.option(fc.integer({ min: 1, max: 65536 })), fc.constantFrom(0, 2, 4, '\t'), (doc, memory, indent) => {
        const text = JSON.stringify(memory === null ? doc : { ...doc, [key]: memory }, null, indent)
        const after = attempt((t) => setDesktopMemory(t, format, 12288, 'f'), text)
        if (after === null) return
        expect(parseDesktopSettings(after, format, 'f').memoryMiB).toBe(12288)
        expect(JSON.parse(after)).toEqual({ ...JSON.parse(text), [key]: 12288 })
        if (memory !== null) {
          const { removed, inserted } = changed(text, after)
          expect(removed).toMatch(/^\d*$/)
          expect(inserted).toMatch(/^\d*$/)
        }
      }),
      RUNS
    )
  })
})

import { describe, expect, test } from '@jest/globals'
import { splitLines } from '../../src/runners/lines.js'

function split(chunks: (string | Buffer)[], maxBytes?: number): string[] {
  const lines: string[] = []
  const s = splitLines((l) => lines.push(l), maxBytes)
  for (const c of chunks) s.push(Buffer.isBuffer(c) ? c : Buffer.from(c))
  s.end()
  return lines
}

describe('splitLines', () => {
  const text = '#1 [internal] load build definition\r\n#5 [2/3] RUN echo héllo\n\n#5 DONE 0.1s\nlast without newline'
  const expected = ['#1 [internal] load build definition', '#5 [2/3] RUN echo héllo', '', '#5 DONE 0.1s', 'last without newline']

  test.each([1, 2, 3, 7, 64, 1 << 16])('gives the same lines whatever the chunk size (%i bytes), multi-byte characters included', (size) => {
    const bytes = Buffer.from(text)
    const chunks: Buffer[] = []
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
    expect(split(chunks)).toEqual(expected)
  })

  test('a line longer than the cap keeps its head and tail and says how much was cut', () => {
    const line = 'H'.repeat(10) + 'm'.repeat(1000) + 'T'.repeat(10)
    expect(split([line.slice(0, 333), line.slice(333), '\nnext\n'], 20)).toEqual([
      `${'H'.repeat(10)} … [1000 bytes of this line cut] … ${'T'.repeat(10)}`,
      'next'
    ])
  })

  test('a line longer than the cap is cut in one chunk as across chunks', () => {
    const line = 'H'.repeat(10) + 'm'.repeat(1000) + 'T'.repeat(10)
    expect(split([`${line}\nnext\n`], 20)).toEqual(split([line.slice(0, 333), line.slice(333), '\nnext\n'], 20))
    expect(split(['a'.repeat(21) + '\n'], 20)).toEqual([`${'a'.repeat(10)} … [1 bytes of this line cut] … ${'a'.repeat(10)}`])
  })

  test('a line at the cap is whole, a character across its middle too', () => {
    expect(split(['a'.repeat(20) + '\n'], 20)).toEqual(['a'.repeat(20)])
    expect(split(['a'.repeat(9) + 'é' + 'a'.repeat(9) + '\n'], 20)).toEqual(['a'.repeat(9) + 'é' + 'a'.repeat(9)])
  })

  // No clock: a split that is not linear would take hours over 64 MiB, and the test's timeout
  // would end it; how fast the linear one is belongs to bench/.
  test('64 MiB without a newline: one line of the default cap, in linear time', () => {
    const mib = Buffer.alloc(1024 * 1024, 'x')
    const lines: string[] = []
    const s = splitLines((l) => lines.push(l))
    for (let i = 0; i < 64; i++) s.push(mib)
    s.end()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`[${64 * 1024 * 1024 - 64 * 1024} bytes of this line cut]`)
    expect(lines[0].length).toBeLessThan(64 * 1024 + 100)
  })
})

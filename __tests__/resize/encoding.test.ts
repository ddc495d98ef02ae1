/**
 * A settings file's bytes as text and back (src/core/resize/encoding.ts): each accepted encoding
 * round-trips byte for byte, and each refused one is named with where the file went wrong.
 */
import { describe, expect, test } from '@jest/globals'
import { decodeText, encodeText } from '../../src/core/resize/encoding.js'
import { InputError } from '../../src/core/errors.js'

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b)
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))
const WHAT = '~/.wslconfig'

describe('decodeText', () => {
  test('UTF-8 without and with a BOM; the BOM is not part of the text', () => {
    expect(decodeText(bytes(...ascii('a='), 0xc3, 0xa9), WHAT)).toEqual({ text: 'a=é', encoding: 'utf8' })
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...ascii('x')), WHAT)).toEqual({ text: 'x', encoding: 'utf8-bom' })
    expect(decodeText(bytes(), WHAT)).toEqual({ text: '', encoding: 'utf8' })
    // Two of the BOM's three bytes are not a BOM: that is invalid UTF-8.
    expect(() => decodeText(bytes(0xef, 0xbb, 0x41), WHAT)).toThrow(InputError)
  })

  test('UTF-16LE with a BOM, as Windows editors write .wslconfig', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00, 0x3d, 0xd8, 0x00, 0xde), WHAT)).toEqual({ text: 'aé😀', encoding: 'utf16le-bom' })
  })

  test('UTF-16 that is not whole (odd length, a lone surrogate) is refused, left untouched', () => {
    const message = `${WHAT} starts as UTF-16 but is not valid UTF-16; it was left untouched: save it as UTF-8, then retry`
    expect(() => decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0x62), WHAT)).toThrow(message)
    expect(() => decodeText(bytes(0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00), WHAT)).toThrow(message)
  })

  test('UTF-16 big-endian is refused', () => {
    expect(() => decodeText(bytes(0xfe, 0xff, 0x00, 0x61), WHAT)).toThrow(`${WHAT} is UTF-16 big-endian; it was left untouched: save it as UTF-8, then retry`)
  })

  test.each([
    ['a cp1252 é before a newline', [...ascii('ab'), 0xe9, 0x0a], 0xe9, 2],
    ['a byte that is never UTF-8', [0xff, 0x41], 0xff, 0],
    ['a two-byte sequence broken by its second byte', [0x61, 0xc3, 0x28], 0xc3, 1],
    ['a three-byte sequence broken by its third byte', [0xe2, 0x82, 0x28], 0xe2, 0],
    ['a sequence unfinished at the end', [0x61, 0x62, 0xe2, 0x82], 0x82, 3],
    ['after a BOM, offsets count from the file’s start', [0xef, 0xbb, 0xbf, 0x61, 0x80], 0x80, 4]
  ])('invalid UTF-8, %s: the first wrong byte and its offset', (_, input, byte, offset) => {
    expect(() => decodeText(bytes(...input), WHAT)).toThrow(
      `${WHAT} is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at offset ${offset}); it was left untouched: save it as UTF-8, then retry`
    )
  })
})

describe('encodeText', () => {
  test('each encoding writes back the bytes it was read from', () => {
    expect([...encodeText('aé', 'utf8')]).toEqual([0x61, 0xc3, 0xa9])
    expect([...encodeText('aé', 'utf8-bom')]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9])
    expect([...encodeText('aé😀', 'utf16le-bom')]).toEqual([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00, 0x3d, 0xd8, 0x00, 0xde])
    expect([...encodeText('', 'utf16le-bom')]).toEqual([0xff, 0xfe])
    expect([...encodeText('', 'utf8-bom')]).toEqual([0xef, 0xbb, 0xbf])
  })

  test.each(['utf8', 'utf8-bom', 'utf16le-bom'] as const)('%s: decode(encode(text)) is the text', (encoding) => {
    const text = '[wsl2]\r\nmemory=8GB # ünïcode 😀\n'
    expect(decodeText(encodeText(text, encoding), WHAT)).toEqual({ text, encoding })
  })
})

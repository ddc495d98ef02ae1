/**
 * The bytes of a settings file as text, and back. Pure. Editing must give back every byte it
 * did not mean to change, so only encodings that round-trip exactly are accepted: UTF-8 (with
 * or without a BOM) and UTF-16LE with a BOM, which Windows editors write for .wslconfig.
 * Anything else (a cp1252 byte, a lone surrogate) is refused, never replaced by U+FFFD.
 */
import { InputError } from '../errors.js'

export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le-bom'

export interface DecodedText {
  text: string
  encoding: TextEncoding
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

export function decodeText(bytes: Uint8Array, what: string): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) {
    const body = bytes.subarray(2)
    try {
      if (body.length % 2 !== 0) throw new TypeError('odd length')
      return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf16le-bom' }
    } catch {
      throw new InputError(`${what} starts as UTF-16 but is not valid UTF-16; it was left untouched: save it as UTF-8, then retry`)
    }
  }
  if (startsWith(bytes, [0xfe, 0xff])) throw new InputError(`${what} is UTF-16 big-endian; it was left untouched: save it as UTF-8, then retry`)
  const bom = startsWith(bytes, UTF8_BOM)
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes)
    return { text, encoding: bom ? 'utf8-bom' : 'utf8' }
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new InputError(
      `${what} is not valid UTF-8 (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at}); it was left untouched: save it as UTF-8, then retry`
    )
  }
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf16le-bom') {
    const out = new Uint8Array(2 + text.length * 2)
    out[0] = 0xff
    out[1] = 0xfe
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      out[2 + i * 2] = unit & 0xff
      out[3 + i * 2] = unit >> 8
    }
    return out
  }
  const body = new TextEncoder().encode(text)
  if (encoding === 'utf8') return body
  const out = new Uint8Array(3 + body.length)
  out.set(UTF8_BOM)
  out.set(body, 3)
  return out
}

/** The offset of the first byte that cannot be part of valid UTF-8 (an unfinished last sequence counts at its end). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // A streaming decode throws only on a byte that is wrong whatever follows, so "a prefix
  // throws" grows monotonically with the prefix and can be bisected.
  const fails = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream: true })
      return false
    } catch {
      return true
    }
  }
  if (!fails(bytes.length)) return bytes.length - 1
  let lo = 1
  let hi = bytes.length
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (fails(mid)) hi = mid
    else lo = mid + 1
  }
  const bad = lo - 1
  // The byte that broke the decode may end a sequence begun earlier (0xe9 then a newline):
  // name that sequence's first byte, where the file went wrong.
  const pending = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  pending.decode(bytes.subarray(0, bad), { stream: true })
  try {
    pending.decode()
    return bad
  } catch {
    let start = bad - 1
    while (start > 0 && (bytes[start] & 0xc0) === 0x80 && bad - start < 3) start--
    return start
  }
}

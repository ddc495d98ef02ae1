/**
 * The first file of a tar archive as text: what the engine's `GET /containers/{id}/archive`
 * answers for one file (a 512-byte ustar header, then the file's bytes, padded with NULs).
 * Null when it is not that. Pure.
 */
export function firstFileOfTar(archive: Uint8Array): string | null {
  if (archive.length < 512) return null
  const field = (offset: number, length: number): string =>
    new TextDecoder('latin1')
      .decode(archive.subarray(offset, offset + length))
      .replace(/\0.*$/s, '')
      .trim()
  // Type '0' or NUL is a regular file; size is octal.
  const type = field(156, 1)
  const size = field(124, 12)
  if ((type !== '' && type !== '0') || !/^[0-7]+$/.test(size)) return null
  const bytes = parseInt(size, 8)
  if (archive.length < 512 + bytes) return null
  return new TextDecoder().decode(archive.subarray(512, 512 + bytes))
}

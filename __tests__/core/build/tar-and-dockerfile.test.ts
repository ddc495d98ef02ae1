/**
 * Two small readers reached otherwise only through processes: the Dockerfile a build reads
 * (the history's key names the build by it) and the first file of a tar archive at its edges.
 */
import { describe, expect, test } from '@jest/globals'
import { dockerfilePath } from '../../../src/core/build/dockerfile-path.js'
import { firstFileOfTar } from '../../../src/core/build/tar-file.js'

describe('dockerfilePath', () => {
  const path = (inputs: Record<string, string>) => dockerfilePath((name) => inputs[name] ?? '')
  test.each<[Record<string, string>, string]>([
    [{}, 'Dockerfile'],
    [{ context: '  ' }, 'Dockerfile'],
    [{ context: ' app ' }, 'app/Dockerfile'],
    [{ context: 'app/', file: ' docker/Dockerfile.ci ' }, 'docker/Dockerfile.ci'],
    [{ context: 'app', file: '   ' }, 'app/Dockerfile']
  ])('%j → %s', (inputs, want) => {
    expect(path(inputs)).toBe(want)
  })
})

describe('firstFileOfTar at its edges', () => {
  /** A ustar header with `size` (octal text as given) and `type`, then `data`, no padding. */
  const tar = (data: string, size: string = Buffer.byteLength(data).toString(8).padStart(11, '0'), type = '0'): Uint8Array => {
    const header = Buffer.alloc(512)
    header.write('f', 0)
    header.write(size, 124)
    header.write(type, 156)
    return Buffer.concat([header, Buffer.from(data)])
  }

  test('a file that ends the archive exactly is whole; one byte short is not a file', () => {
    expect(firstFileOfTar(tar('abc'))).toBe('abc')
    expect(firstFileOfTar(tar('abc', '00000000004'))).toBeNull()
    expect(firstFileOfTar(tar(''))).toBe('')
    expect(firstFileOfTar(new Uint8Array(511))).toBeNull()
  })

  test('a NUL type is a regular file; a size padded with spaces or NULs is read; one that is not octal is not a file', () => {
    expect(firstFileOfTar(tar('abc', '3', '\0'))).toBe('abc')
    expect(firstFileOfTar(tar('abc', '     3 '))).toBe('abc')
    expect(firstFileOfTar(tar('abc', '3\0garbage'))).toBe('abc')
    expect(firstFileOfTar(tar('abc', '8'))).toBeNull()
    expect(firstFileOfTar(tar('abc', '3x'))).toBeNull()
    expect(firstFileOfTar(tar('abc', ''))).toBeNull()
    expect(firstFileOfTar(tar('abc', '3', '1'))).toBeNull()
  })
})

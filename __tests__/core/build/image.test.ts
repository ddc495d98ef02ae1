/** The image outputs from the files docker writes, as docker/build-push-action derives them. */
import { describe, expect, test } from '@jest/globals'
import { imageResult, imageResultLines, parseBuildMetadata } from '../../../src/core/build/image.js'
import { own } from '../../build/helpers.js'

// Written by hand in the shape buildx's docs give (see ../fixtures/build/README.md): not a capture.
const METADATA = own('buildx-metadata-file.json')
const CONFIG = 'sha256:2937f66a9722f7f4a2df583de2f8cb97fc9196059a410e7f00072fc918930e66'
const MANIFEST = 'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3'

describe('imageResult', () => {
  test('buildx: imageid from --iidfile, digest from containerimage.digest, metadata the whole file indented by 2', () => {
    const r = imageResult(`${CONFIG}`, METADATA)
    expect(r.imageid).toBe(CONFIG)
    expect(r.digest).toBe(MANIFEST)
    expect(JSON.parse(r.metadata)).toEqual(JSON.parse(METADATA))
    expect(r.metadata).toBe(JSON.stringify(JSON.parse(METADATA), null, 2))
  })

  test.each<[string, string | null, string | null, { digest: string; imageid: string; metadata: string }]>([
    ['a failed build: neither file written', null, null, { digest: '', imageid: '', metadata: '' }],
    ['the classic builder: an image ID only', `${CONFIG}\n`, null, { digest: '', imageid: CONFIG, metadata: '' }],
    ['buildx wrote null: no result', null, 'null\n', { digest: '', imageid: '', metadata: '' }],
    [
      'metadata without an image (a local export)',
      null,
      '{"buildx.build.ref":"b/b0/x"}',
      { digest: '', imageid: '', metadata: '{\n  "buildx.build.ref": "b/b0/x"\n}' }
    ]
  ])('%s', (_, iid, metadata, expected) => {
    expect(imageResult(iid, metadata)).toEqual(expected)
  })
})

describe('parseBuildMetadata', () => {
  test('the fixture parses to its keys', () => {
    expect(Object.keys(parseBuildMetadata(METADATA) ?? {})).toEqual([
      'buildx.build.ref',
      'containerimage.config.digest',
      'containerimage.descriptor',
      'containerimage.digest',
      'image.name'
    ])
  })

  test.each([
    ['{"containerimage.digest": ', 'the build metadata file is not JSON'],
    ['["sha256:x"]', 'the build metadata file is not a JSON object'],
    ['"sha256:x"', 'the build metadata file is not a JSON object']
  ])('%s is refused with one line', (text, message) => {
    expect(() => parseBuildMetadata(text)).toThrow(message)
  })
})

describe('imageResultLines', () => {
  test('the image ID and the digest when docker gave them, nothing otherwise', () => {
    expect(imageResultLines(imageResult(CONFIG, METADATA))).toEqual([`image ID ${CONFIG}`, `digest ${MANIFEST}`])
    expect(imageResultLines(imageResult(CONFIG, null))).toEqual([`image ID ${CONFIG}`])
    expect(imageResultLines(imageResult(null, null))).toEqual([])
  })
})

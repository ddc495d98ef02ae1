/** The build-push-action inputs the build step takes under the same names, lists and meanings. */
import { describe, expect, test } from '@jest/globals'
import { wantsBuild } from '../../../src/core/build/request.js'
import { InputError } from '../../../src/core/errors.js'
import { request } from '../../build/helpers.js'

describe('build-push-action inputs', () => {
  test('lists split as build-push-action splits them: ssh, secret-envs and add-hosts by comma or line; the rest by line only', () => {
    const r = request({
      ssh: 'default, deploy=/keys/id_ed25519\ngithub',
      'secret-envs': 'NPM=NPM_TOKEN,GH=GH_TOKEN\nPIP=PIP_TOKEN',
      'secret-files': 'aws=/home/runner/.aws/credentials\nnetrc=./.netrc',
      'build-contexts': 'alpine=docker-image://alpine:3.20\nsrc=https://github.com/o/r.git#main,extra',
      annotations: 'index:org.opencontainers.image.description=a, b\nmanifest:x=y',
      'add-hosts': 'db:10.0.0.2, cache:10.0.0.3',
      network: 'host',
      pull: 'true',
      'shm-size': '2g'
    })
    expect(r).toMatchObject({
      ssh: ['default', 'deploy=/keys/id_ed25519', 'github'],
      secretEnvs: [
        { id: 'NPM', source: 'NPM_TOKEN' },
        { id: 'GH', source: 'GH_TOKEN' },
        { id: 'PIP', source: 'PIP_TOKEN' }
      ],
      secretFiles: [
        { id: 'aws', source: '/home/runner/.aws/credentials' },
        { id: 'netrc', source: './.netrc' }
      ],
      buildContexts: ['alpine=docker-image://alpine:3.20', 'src=https://github.com/o/r.git#main,extra'],
      annotations: ['index:org.opencontainers.image.description=a, b', 'manifest:x=y'],
      addHosts: ['db:10.0.0.2', 'cache:10.0.0.3'],
      network: 'host',
      pull: true,
      shmSize: '2g'
    })
  })

  test('defaults: none of them asked for', () => {
    expect(request()).toMatchObject({
      ssh: [],
      secretEnvs: [],
      secretFiles: [],
      buildContexts: [],
      provenance: null,
      sbom: null,
      annotations: [],
      network: null,
      pull: false,
      addHosts: [],
      shmSize: null
    })
  })

  // docker/actions-toolkit resolveAttestationAttrs: a Go boolean becomes disabled=…, the rest passes.
  test.each([
    ['provenance', 'true', 'type=provenance,disabled=false'],
    ['provenance', 'false', 'type=provenance,disabled=true'],
    ['provenance', 'mode=max', 'type=provenance,mode=max'],
    ['provenance', 'mode=min,inline-only=true', 'type=provenance,mode=min,inline-only=true'],
    ['sbom', 'True', 'type=sbom,disabled=false'],
    ['sbom', 'generator=docker/buildkit-syft-scanner', 'type=sbom,generator=docker/buildkit-syft-scanner']
  ])('%s: %s → --attest %s', (input, value, attest) => {
    expect(request({ [input]: value })[input as 'provenance' | 'sbom']).toBe(attest)
  })

  test.each([
    [{ 'secret-files': 'no-path' }, 'secret-files: "no-path" is not ID=path (the id must be letters, digits, _ . -)'],
    [{ 'secret-files': 'a b=/x' }, 'secret-files: "a b=/x" is not ID=path (the id must be letters, digits, _ . -)'],
    [{ 'secret-files': 'aws=/a\naws=/b' }, 'secret-files names "aws" twice'],
    [{ 'secret-envs': 'NPM=' }, 'secret-envs: "NPM=" is not ID=VARIABLE (the id must be letters, digits, _ . -)'],
    [{ provenance: 'maybe' }, 'provenance "maybe" is not true, false or key=value attributes (mode=max)'],
    [{ sbom: 'yes' }, 'sbom "yes" is not true, false or key=value attributes (mode=max)'],
    [{ pull: 'always' }, 'pull "always" must be true or false'],
    [{ 'shm-size': 'big' }, 'shm-size "big" is not a size: use a number with a unit, like 512m, 20g or 1.5g']
  ])('%j is refused with one line', (inputs, message) => {
    let thrown: unknown = null
    try {
      request(inputs)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as Error).message).toBe(message)
  })
})

describe('wantsBuild: tags or push ask for an image, as of build-push-action', () => {
  test.each<[Record<string, string>, boolean]>([
    [{}, false],
    [{ push: 'false' }, false],
    [{ tags: 'app:1' }, true],
    [{ push: 'true' }, true],
    [{ context: 'sub' }, true],
    [{ file: 'Dockerfile' }, true]
  ])('%j → %s', (inputs, builds) => {
    expect(wantsBuild((n) => inputs[n] ?? '')).toBe(builds)
  })

  test('with only tags, outside a workflow run, the context is the current folder (in one: the Git context, parity-inputs.test.ts)', () => {
    expect(request({ tags: 'app:1' }).context).toBe('.')
  })

  test('a push that is no boolean is refused, not read as "no build"', () => {
    expect(() => wantsBuild((n) => (n === 'push' ? 'yes please' : ''))).toThrow('push "yes please" must be true or false')
  })
})

/** The build-push-action flags and the result files on each mechanism's docker command line. */
import { describe, expect, test } from '@jest/globals'
import { buildCommand, type ResultFiles } from '../../../src/core/build/argv.js'
import { chooseMechanism, type BuildFacts, type BuildLimit } from '../../../src/core/enforce/mechanism.js'
import { MiB } from '../../../src/core/units.js'
import { MACHINES, request } from '../../build/helpers.js'

const L: BuildLimit = { memoryBytes: 100 * MiB, swapBytes: 100 * MiB, cpus: null }
const FILES: ResultFiles = { iid: '/r/iid', metadata: '/r/metadata.json' }

function resourceMachine(): BuildFacts {
  const f = MACHINES.buildx028()
  f.buildxVersion = '0.36.0'
  for (const b of f.builders) if (b.current) b.nodes[0].buildkitVersion = 'v0.31.0'
  return f
}

// What every docker build takes, the classic builder included.
const everywhere = { context: 'ctx', 'add-hosts': 'db:10.0.0.2', network: 'host', 'shm-size': '256m', pull: 'true' }
const everywhereFlags = ['--add-host', 'db:10.0.0.2', '--network', 'host', '--shm-size', '256m', '--pull', '--iidfile', '/r/iid']
// What BuildKit takes, through buildx or docker build's own client.
const buildkit = { ...everywhere, 'secret-files': 'aws=/home/u/.aws/credentials', 'secret-envs': 'NPM=NPM_TOKEN', ssh: 'default' }
const buildkitFlags = ['--secret', 'id=aws,src=/home/u/.aws/credentials', '--secret', 'id=NPM,env=NPM_TOKEN', '--ssh', 'default', '--progress', 'plain']
// What only buildx takes.
const buildx = {
  ...buildkit,
  'build-contexts': 'alpine=docker-image://alpine:3.20',
  annotations: 'index:org.opencontainers.image.description=x',
  provenance: 'mode=max',
  sbom: 'true'
}
const buildxFlags = [
  '--build-context',
  'alpine=docker-image://alpine:3.20',
  '--annotation',
  'index:org.opencontainers.image.description=x',
  '--attest',
  'type=provenance,mode=max',
  '--attest',
  'type=sbom,disabled=false',
  '--metadata-file',
  '/r/metadata.json'
]

describe('buildCommand with the build-push-action inputs, one row per mechanism', () => {
  test.each<[string, () => BuildFacts, Record<string, string>, string[]]>([
    [
      'resource',
      resourceMachine,
      buildx,
      [
        'buildx',
        'build',
        '--builder',
        'default',
        ...everywhereFlags,
        ...buildkitFlags,
        ...buildxFlags,
        '--resource',
        'memory=100m',
        '--resource',
        'memory-swap=100m',
        'ctx'
      ]
    ],
    [
      'builder',
      MACHINES.buildx028,
      { ...buildx, push: 'true' },
      ['buildx', 'build', '--builder', 'docker-memory-100m', ...everywhereFlags, ...buildkitFlags, ...buildxFlags, '--push', 'ctx']
    ],
    [
      'kubernetes',
      MACHINES.buildx028,
      { ...buildx, driver: 'kubernetes' },
      ['buildx', 'build', '--builder', 'docker-memory-k8s-100m', ...everywhereFlags, ...buildkitFlags, ...buildxFlags, 'ctx']
    ],
    [
      'cgroup through buildx and the default builder',
      MACHINES.buildx028,
      { ...buildx, driver: 'docker' },
      ['buildx', 'build', '--builder', 'default', ...everywhereFlags, ...buildkitFlags, ...buildxFlags, 'ctx']
    ],
    // docker build's own BuildKit client writes no metadata file: imageid only.
    ['cgroup through the 20.10 client', MACHINES.client2010, buildkit, ['build', ...everywhereFlags, ...buildkitFlags, 'ctx']],
    ['legacy', MACHINES.client28NoBuildx, everywhere, ['build', ...everywhereFlags, '--memory', '100m', '--memory-swap', '100m', '--force-rm', 'ctx']]
  ])('%s', (_, facts, inputs, args) => {
    const r = request(inputs)
    expect(buildCommand(r, chooseMechanism(facts(), r, L), [], null, FILES).args).toEqual(args)
  })

  test('a local or tar output makes no image: no --iidfile, as build-push-action', () => {
    for (const output of ['type=local,dest=out', 'type=tar,dest=out.tar', 'out']) {
      const r = request({ outputs: output })
      const { args } = buildCommand(r, chooseMechanism(MACHINES.buildx028(), r, L), [], null, FILES)
      expect(args).not.toContain('--iidfile')
      expect(args).toContain('--metadata-file')
    }
    const r = request({ outputs: 'type=registry,name=x' })
    expect(buildCommand(r, chooseMechanism(MACHINES.buildx028(), r, L), [], null, FILES).args).toContain('--iidfile')
  })

  test('no metadata file for a buildx too old to write one: the image ID still', () => {
    const r = request()
    const { args } = buildCommand(r, chooseMechanism(MACHINES.buildx028(), r, L), [], null, { iid: '/r/iid', metadata: null })
    expect(args).toContain('--iidfile')
    expect(args).not.toContain('--metadata-file')
  })

  test('secret-envs and secret-files put only ids, paths and variable names in argv', () => {
    const r = request({ 'secret-envs': 'NPM=NPM_TOKEN', 'secret-files': 'aws=/creds' })
    const { args, env } = buildCommand(r, chooseMechanism(MACHINES.buildx028(), r, L), [], null, FILES)
    expect(args.filter((_, i) => args[i - 1] === '--secret')).toEqual(['id=aws,src=/creds', 'id=NPM,env=NPM_TOKEN'])
    expect(env).toEqual({})
  })
})

describe('what a builder lacks is refused, not dropped', () => {
  test.each([
    ['ssh', { ssh: 'default' }],
    ['secrets', { 'secret-files': 'a=/x' }],
    ['secrets', { 'secret-envs': 'A=B' }],
    ['build-contexts', { 'build-contexts': 'a=b' }],
    ['provenance', { provenance: 'true' }],
    ['sbom', { sbom: 'true' }],
    ['annotations', { annotations: 'a=b' }]
  ])('the classic builder cannot do %s', (what, inputs) => {
    const r = request({ ...inputs, driver: 'legacy' })
    expect(() => chooseMechanism(MACHINES.client28NoBuildx(), r, L)).toThrow(`driver legacy: the classic builder cannot do ${what}`)
  })

  test.each([
    ['build-contexts', { 'build-contexts': 'a=b' }],
    ['provenance', { provenance: 'true' }],
    ['sbom', { sbom: 'false' }],
    ['annotations', { annotations: 'a=b' }]
  ])('docker build without buildx cannot do %s: refused when nothing else binds', (what, inputs) => {
    const f = { ...MACHINES.client2010(), unavailable: { cgroup: 'EACCES', legacy: 'no' } }
    expect(() => chooseMechanism(f, request(inputs), L)).toThrow(new RegExp(`cannot build ${what} at all without buildx$`))
  })

  test('the classic builder takes network, add-hosts, shm-size and pull', () => {
    const r = request({ ...everywhere, driver: 'legacy' })
    expect(chooseMechanism(MACHINES.client28NoBuildx(), r, L).enforcement).toBe('legacy')
  })
})

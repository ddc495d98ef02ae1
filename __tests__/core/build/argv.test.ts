import { describe, expect, test } from '@jest/globals'
import { buildCommand, buildxConfigFlag, createBuilderCommand, removeBuilderCommand } from '../../../src/core/build/argv.js'
import { chooseMechanism, legacyCgroupParent, type BuildFacts, type BuildLimit } from '../../../src/core/enforce/mechanism.js'
import { MiB } from '../../../src/core/units.js'
import { MACHINES, request } from '../../build/helpers.js'

const L: BuildLimit = { memoryBytes: 100 * MiB, swapBytes: 100 * MiB, cpus: null }

function resourceMachine(): BuildFacts {
  const f = MACHINES.buildx028()
  f.buildxVersion = '0.36.0'
  for (const b of f.builders) if (b.current) b.nodes[0].buildkitVersion = 'v0.31.0'
  return f
}

const common = { file: 'Dockerfile.fail', tags: 'app:1,app:latest', context: 'ctx' }

describe('buildCommand, one row per mechanism', () => {
  test.each<[string, () => BuildFacts, Record<string, string>, string[], Record<string, string>]>([
    [
      'resource',
      resourceMachine,
      common,
      [
        'buildx',
        'build',
        '--builder',
        'default',
        '--file',
        'Dockerfile.fail',
        '--tag',
        'app:1',
        '--tag',
        'app:latest',
        '--progress',
        'plain',
        '--resource',
        'memory=100m',
        '--resource',
        'memory-swap=100m',
        'ctx'
      ],
      {}
    ],
    [
      'builder',
      MACHINES.buildx028,
      { ...common, load: 'true', 'cache-to': 'type=gha,mode=max' },
      [
        'buildx',
        'build',
        '--builder',
        'docker-memory-100m',
        '--file',
        'Dockerfile.fail',
        '--tag',
        'app:1',
        '--tag',
        'app:latest',
        '--progress',
        'plain',
        '--cache-to',
        'type=gha,mode=max',
        '--load',
        'ctx'
      ],
      {}
    ],
    [
      'kubernetes',
      MACHINES.buildx028,
      { ...common, driver: 'kubernetes', push: 'true', platforms: 'linux/amd64,linux/arm64' },
      [
        'buildx',
        'build',
        '--builder',
        'docker-memory-k8s-100m',
        '--file',
        'Dockerfile.fail',
        '--tag',
        'app:1',
        '--tag',
        'app:latest',
        '--platform',
        'linux/amd64,linux/arm64',
        '--progress',
        'plain',
        '--push',
        'ctx'
      ],
      {}
    ],
    [
      'cgroup through the 20.10 client',
      MACHINES.client2010,
      { ...common, 'no-cache': 'true', target: 'final', 'build-args': 'A=1\nB=2' },
      [
        'build',
        '--file',
        'Dockerfile.fail',
        '--tag',
        'app:1',
        '--tag',
        'app:latest',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=2',
        '--target',
        'final',
        '--no-cache',
        '--progress',
        'plain',
        'ctx'
      ],
      { DOCKER_BUILDKIT: '1' }
    ],
    [
      'cgroup through buildx and the default builder',
      MACHINES.buildx028,
      { ...common, driver: 'docker' },
      ['buildx', 'build', '--builder', 'default', '--file', 'Dockerfile.fail', '--tag', 'app:1', '--tag', 'app:latest', '--progress', 'plain', 'ctx'],
      {}
    ],
    [
      'legacy',
      MACHINES.client28NoBuildx,
      { ...common, labels: 'org.x=1', 'cache-from': 'app:cache', 'extra-args': '--network host' },
      [
        'build',
        '--file',
        'Dockerfile.fail',
        '--tag',
        'app:1',
        '--tag',
        'app:latest',
        '--label',
        'org.x=1',
        '--cache-from',
        'app:cache',
        '--memory',
        '100m',
        '--memory-swap',
        '100m',
        '--force-rm',
        '--network',
        'host',
        'ctx'
      ],
      { DOCKER_BUILDKIT: '0' }
    ],
    [
      'none: the build runs on the builder asked for, with no limit flag',
      () => ({ ...MACHINES.buildx028(), unavailable: { cgroup: 'EACCES' } }),
      { ...common, builder: 'default' },
      ['buildx', 'build', '--builder', 'default', '--file', 'Dockerfile.fail', '--tag', 'app:1', '--tag', 'app:latest', '--progress', 'plain', 'ctx'],
      {}
    ]
  ])('%s', (_, facts, inputs, args, env) => {
    const r = request(inputs)
    const choice = chooseMechanism(facts(), r, L)
    expect(buildCommand(r, choice, [])).toEqual({ args, env })
  })

  test('the classic builder puts its steps under a cgroup of our own when the engine is here and on cgroupfs', () => {
    const r = request({ driver: 'legacy' })
    const f = MACHINES.client28NoBuildx()
    const parent = legacyCgroupParent(f, '42-1')
    expect(parent).toEqual({ name: '/docker-memory-build-42-1', path: '/sys/fs/cgroup/memory/docker-memory-build-42-1', version: 1 })
    expect(buildCommand(r, chooseMechanism(f, r, L), [], parent?.name).args).toEqual([
      'build',
      '--memory',
      '100m',
      '--memory-swap',
      '100m',
      '--cgroup-parent',
      '/docker-memory-build-42-1',
      '--force-rm',
      '.'
    ])
    expect(legacyCgroupParent({ ...f, cgroupDriver: 'systemd' }, '1')).toBeNull()
    expect(legacyCgroupParent({ ...f, engineLocal: false }, '1')).toBeNull()
  })

  test('memory-swap above the limit reaches docker as given', () => {
    const r = request({ driver: 'legacy' })
    const choice = chooseMechanism(MACHINES.client28NoBuildx(), r, { memoryBytes: 100 * MiB, swapBytes: 300 * MiB, cpus: null })
    expect(buildCommand(r, choice, []).args).toEqual(['build', '--memory', '100m', '--memory-swap', '300m', '--force-rm', '.'])
  })

  test('secret values never reach argv: only the id and the path of their file', () => {
    const r = request({ secrets: 'NPM_TOKEN=s3cr3t-value\nOTHER=x=y' })
    const choice = chooseMechanism(MACHINES.buildx028(), r, L)
    const { args } = buildCommand(r, choice, [
      { id: 'NPM_TOKEN', path: '/tmp/s/NPM_TOKEN' },
      { id: 'OTHER', path: '/tmp/s/OTHER' }
    ])
    expect(args.join(' ')).not.toMatch(/s3cr3t|x=y/)
    expect(args).toEqual(expect.arrayContaining(['--secret', 'id=NPM_TOKEN,src=/tmp/s/NPM_TOKEN', 'id=OTHER,src=/tmp/s/OTHER']))
  })
})

describe('createBuilderCommand', () => {
  test.each<[string, BuildLimit, string[]]>([
    ['docker-container', L, ['--driver-opt', 'memory=100m', '--driver-opt', 'memory-swap=100m']],
    [
      'docker-container',
      { memoryBytes: 2048 * MiB, swapBytes: 3072 * MiB, cpus: 2 },
      ['--driver-opt', 'memory=2g', '--driver-opt', 'memory-swap=3g', '--driver-opt', 'cpu-period=100000', '--driver-opt', 'cpu-quota=200000']
    ],
    [
      'kubernetes',
      { ...L, cpus: 3 },
      ['--driver-opt', 'requests.memory=100m', '--driver-opt', 'limits.memory=100m', '--driver-opt', 'requests.cpu=3', '--driver-opt', 'limits.cpu=3']
    ]
  ])('%s %j', (driver, limit, opts) => {
    expect(createBuilderCommand('b', driver, limit).args).toEqual(['buildx', 'create', '--name', 'b', '--driver', driver, ...opts, '--bootstrap'])
  })

  test('a buildkitd.toml goes with the flag this buildx knows; a kubernetes builder takes none', () => {
    const config = { path: '/tmp/x/buildkitd.toml', flag: buildxConfigFlag('0.36.1') }
    expect(createBuilderCommand('b', 'docker-container', L, config).args.slice(-3)).toEqual(['--buildkitd-config', '/tmp/x/buildkitd.toml', '--bootstrap'])
    expect(buildxConfigFlag('0.12.1')).toBe('--config')
    expect(createBuilderCommand('b', 'kubernetes', L, config).args).not.toContain('/tmp/x/buildkitd.toml')
  })

  test('remove', () => {
    expect(removeBuilderCommand('docker-memory-100m').args).toEqual(['buildx', 'rm', 'docker-memory-100m'])
  })
})

import { describe, expect, test } from '@jest/globals'
import type { BuildFacts, BuildLimit } from '../../../src/core/enforce/mechanism.js'
import { buildkitCgroupPath, builderName, chooseMechanism } from '../../../src/core/enforce/mechanism.js'
import { InputError } from '../../../src/core/errors.js'
import { MiB, GiB } from '../../../src/core/units.js'
import { MACHINES, request } from '../../build/helpers.js'

const limit = (mib: number, swapMib = mib, cpus: number | null = null): BuildLimit => ({ memoryBytes: mib * MiB, swapBytes: swapMib * MiB, cpus })

/** buildx 0.36 on a builder whose BuildKit is new enough for per-step limits: no capture exists yet, so the 0.28 capture is aged. */
function newBuildx(buildkit: string): BuildFacts {
  const f = MACHINES.buildx028()
  f.buildxVersion = '0.36.0'
  for (const b of f.builders) if (b.current) b.nodes[0].buildkitVersion = buildkit
  return f
}

describe('chooseMechanism under driver auto', () => {
  test.each<[string, () => BuildFacts, Record<string, string>, string, string, string | null, boolean | null, RegExp]>([
    [
      'buildx ≥ 0.35 and BuildKit ≥ 0.31: per-step resource limits',
      () => newBuildx('v0.31.0'),
      {},
      'resource',
      'buildx',
      'default',
      false,
      /each RUN step on its own/
    ],
    [
      'buildx 0.28 (captured): our own builder',
      MACHINES.buildx028,
      {},
      'builder',
      'buildx',
      'docker-memory-100m',
      true,
      /buildx 0\.28\.0 can create a builder/
    ],
    [
      'buildx 0.36 but BuildKit 0.8: a builder, not a silently dropped --resource',
      () => newBuildx('v0.8+unknown'),
      {},
      'builder',
      'buildx',
      'docker-memory-100m',
      true,
      /can create/
    ],
    [
      '20.10 client without buildx (here, /usr/bin first): the engine’s BuildKit cgroup',
      MACHINES.client2010,
      {},
      'cgroup',
      'classic-buildkit',
      null,
      null,
      /\/sys\/fs\/cgroup\/memory\/docker\/buildkit/
    ],
    [
      '28 client without buildx (here, PATH): the classic builder',
      MACHINES.client28NoBuildx,
      {},
      'legacy',
      'legacy',
      null,
      null,
      /classic builder is the only one.*cgroup: docker 28\.2\.2 has neither buildx/
    ]
  ])('%s', (_, facts, inputs, enforcement, invocation, builder, create, reason) => {
    const c = chooseMechanism(facts(), request(inputs), limit(100))
    expect(c.enforcement).toBe(enforcement)
    expect(c.invocation).toBe(invocation)
    expect(c.builder?.name ?? null).toBe(builder)
    expect(c.builder?.create ?? null).toBe(create)
    expect(c.reason).toMatch(reason)
  })

  test('nothing binds and the client cannot build what was asked: refused, not built without the secrets', () => {
    expect(() => chooseMechanism(MACHINES.client28NoBuildx(), request({ secrets: 'TOKEN=x' }), limit(100))).toThrow(
      /^nothing can bind the limit here: .*legacy: the build needs secrets; and this docker 28\.2\.2 client cannot build secrets at all without buildx$/
    )
  })

  test('a remote builder: the client cannot set its memory, and the warning says so and what it runs', () => {
    const f = MACHINES.buildx028()
    f.builders.push({
      name: 'farm',
      driver: 'remote',
      current: false,
      nodes: [{ name: 'farm0', status: 'running', buildkitVersion: 'v0.24.0', driverOpts: {} }]
    })
    const c = chooseMechanism(f, request({ builder: 'farm' }), limit(100))
    expect(c).toMatchObject({ enforcement: 'none', builder: { name: 'farm', create: false } })
    expect(c.reason).toMatch(
      /^builder "farm" is a remote BuildKit \(v0\.24\.0\): its memory is set where it runs, not from this client, and it does not take per-step limits \(buildx 0\.28\.0 is older than 0\.35\.0\)/
    )
  })

  test('the default builder whose cgroup cannot be written: none, naming the builder and the cgroup', () => {
    const f = MACHINES.buildx028()
    f.unavailable.cgroup = 'cannot write /sys/fs/cgroup/memory/docker/buildkit/memory.limit_in_bytes (EACCES)'
    const c = chooseMechanism(f, request({ builder: 'default' }), limit(100))
    expect(c).toMatchObject({ enforcement: 'none', invocation: 'buildx', builder: { name: 'default', create: false } })
    expect(c).not.toHaveProperty('memoryBytes')
    expect(c.reason).toBe(
      'builder "default" (driver docker) has no memory limit of its own, does not take per-step limits (buildx 0.28.0 is older than 0.35.0), its parent cgroup cannot be bound (cannot write /sys/fs/cgroup/memory/docker/buildkit/memory.limit_in_bytes (EACCES)), and an existing builder is not changed'
    )
  })

  test('a remote engine: its BuildKit cgroup is out of reach, however writable the local file is', () => {
    const f = MACHINES.client2010()
    f.engineLocal = false
    f.buildkitCgroup = buildkitCgroupPath('1', 'cgroupfs', false)
    const c = chooseMechanism(f, request(), limit(100))
    expect(c.enforcement).toBe('legacy')
    expect(c.reason).toContain('cgroup: the engine does not run on this host')
  })

  test('a cgroup the edge could not verify falls through to the classic builder, saying why', () => {
    const f = MACHINES.client2010()
    f.unavailable.cgroup = '/sys/fs/cgroup/memory/docker/buildkit/memory.limit_in_bytes reads back nothing'
    const c = chooseMechanism(f, request(), limit(100))
    expect(c.enforcement).toBe('legacy')
    expect(c.reason).toContain('cgroup: /sys/fs/cgroup/memory/docker/buildkit/memory.limit_in_bytes reads back nothing')
  })

  test('a builder that could not be created falls through to the cgroup', () => {
    const f = MACHINES.buildx028()
    f.unavailable.builder = 'docker buildx create failed: privileged mode is not allowed'
    const c = chooseMechanism(f, request(), limit(100))
    expect(c.enforcement).toBe('cgroup')
    expect(c.invocation).toBe('buildx')
    expect(c.builder).toEqual({ name: 'default', driver: 'docker', create: false })
  })

  test('systemd engine, a builder that could not be created, a multi-platform build: none, and every reason is named', () => {
    const f = MACHINES.buildx028()
    f.buildkitCgroup = buildkitCgroupPath('2', 'systemd', true)
    f.unavailable.builder = 'docker buildx create failed: privileged mode is not allowed'
    const c = chooseMechanism(f, request({ platforms: 'linux/amd64,linux/arm64' }), limit(2048))
    expect(c).toMatchObject({ enforcement: 'none', scope: null, invocation: 'buildx', builder: { name: 'default', create: false } })
    expect(c.reason).toBe(
      'nothing can bind the limit here: resource: buildx 0.28.0 is older than 0.35.0; builder: docker buildx create failed: privileged mode is not allowed; cgroup: with the systemd cgroup driver the engine’s BuildKit steps have no parent cgroup of their own to bind; legacy: the build needs platforms'
    )
  })
})

describe('chooseMechanism with an explicit driver or builder', () => {
  test('an existing builder with its own limit is reported as it is, with a warning when it differs', () => {
    const c = chooseMechanism(MACHINES.buildx028(), request({ builder: 'memtest' }), limit(2048))
    expect(c).toMatchObject({ enforcement: 'builder', builder: { name: 'memtest', create: false }, memoryBytes: 100 * MiB, swapBytes: 100 * MiB })
    expect(c.warnings).toEqual([expect.stringMatching(/builder "memtest" keeps its own memory limit of 100 MiB; the plan asked for 2 GiB/)])
  })

  test('the default docker builder named by the user is bound through the cgroup with buildx', () => {
    const c = chooseMechanism(MACHINES.buildx028(), request({ builder: 'default' }), limit(100))
    expect(c).toMatchObject({ enforcement: 'cgroup', invocation: 'buildx', builder: { name: 'default', create: false } })
  })

  test.each<[string, () => BuildFacts, Record<string, string>, number, RegExp]>([
    ['an unknown builder', MACHINES.buildx028, { builder: 'nope' }, 100, /^builder "nope" does not exist \(docker buildx ls shows: memtest, default\)$/],
    ['a builder without buildx', MACHINES.client2010, { builder: 'x' }, 100, /needs docker buildx/],
    [
      'legacy with BuildKit features',
      MACHINES.client28NoBuildx,
      { driver: 'legacy', secrets: 'A=b', 'cache-to': 'type=gha' },
      100,
      /^driver legacy: the classic builder cannot do secrets, cache-to$/
    ],
    [
      'docker-container without buildx',
      MACHINES.client28NoBuildx,
      { driver: 'docker-container' },
      100,
      /^driver docker-container: this docker client has no buildx$/
    ],
    ['remote without a builder', MACHINES.buildx028, { driver: 'remote' }, 100, /^driver remote needs builder/],
    [
      'a builder limit below the daemon floor',
      MACHINES.buildx028,
      {},
      32,
      /^build memory 32 MiB is below the 64 MiB floor of the builder mechanism: the BuildKit daemon runs inside/
    ],
    [
      'a legacy limit below the step floor',
      MACHINES.client28NoBuildx,
      { driver: 'legacy' },
      10,
      /^build memory 10 MiB is below the 16 MiB floor of the legacy mechanism/
    ],
    ['a cgroup limit below the step floor', MACHINES.client2010, {}, 8, /below the 16 MiB floor of the cgroup mechanism/]
  ])('refuses %s with one line', (_, facts, inputs, mib, message) => {
    expect(() => chooseMechanism(facts(), request(inputs), limit(mib))).toThrow(InputError)
    expect(() => chooseMechanism(facts(), request(inputs), limit(mib))).toThrow(message)
  })

  test('a user builder with its own limit is not held to our floor: we did not choose its size', () => {
    expect(chooseMechanism(MACHINES.buildx028(), request({ builder: 'memtest' }), limit(32)).enforcement).toBe('builder')
  })

  test.each<[Record<string, string>, () => BuildFacts, string, string | null]>([
    [{ driver: 'legacy' }, MACHINES.buildx028, 'legacy', null],
    [{ driver: 'docker-container' }, MACHINES.buildx028, 'builder', 'docker-memory-100m'],
    [{ driver: 'kubernetes' }, MACHINES.buildx028, 'kubernetes', 'docker-memory-k8s-100m'],
    [{ driver: 'docker' }, MACHINES.buildx028, 'cgroup', 'default'],
    [{ driver: 'docker' }, () => newBuildx('v0.31.0'), 'resource', 'default']
  ])('%j on %#: %s', (inputs, facts, enforcement, builder) => {
    const c = chooseMechanism(facts(), request(inputs), limit(100))
    expect(c.enforcement).toBe(enforcement)
    expect(c.builder?.name ?? null).toBe(builder)
  })

  test('driver docker on a systemd engine without --resource is refused, not built unbounded', () => {
    const f = MACHINES.buildx028()
    f.buildkitCgroup = buildkitCgroupPath('2', 'systemd', true)
    expect(() => chooseMechanism(f, request({ driver: 'docker' }), limit(100))).toThrow(InputError)
    expect(() => chooseMechanism(f, request({ driver: 'docker' }), limit(100))).toThrow(
      /^driver docker cannot bind the build's memory here: with the systemd cgroup driver .*; use driver auto to build with what can bind$/
    )
  })
})

describe('builderName', () => {
  test.each<[BuildLimit, 'docker-container' | 'kubernetes', string]>([
    [limit(100), 'docker-container', 'docker-memory-100m'],
    [limit(100, 200), 'docker-container', 'docker-memory-100m-swap200m'],
    [{ memoryBytes: 6 * GiB, swapBytes: 6 * GiB, cpus: 2 }, 'docker-container', 'docker-memory-6144m-2cpu'],
    [limit(100, 200), 'kubernetes', 'docker-memory-k8s-100m'],
    [{ ...limit(200), maxParallelism: 2 }, 'docker-container', 'docker-memory-200m-p2'],
    [{ ...limit(200), maxParallelism: 2 }, 'kubernetes', 'docker-memory-k8s-200m']
  ])('%j %s → %s', (l, driver, name) => {
    expect(builderName(l, driver)).toBe(name)
  })
})

/**
 * Each mechanism's whole choice (scope, invocation, builder, limits, warnings: what the edge
 * sets up and how it runs docker), the builders a user brings (bound in place, a pod limit of
 * their own), each refusal of an explicit driver word for word, and where the embedded
 * BuildKit's and the classic builder's cgroups are for every engine setup.
 */
import { describe, expect, test } from '@jest/globals'
import type { BuildFacts, BuildLimit } from '../../../src/core/enforce/mechanism.js'
import { buildkitCgroupPath, chooseMechanism, legacyCgroupParent } from '../../../src/core/enforce/mechanism.js'
import type { BuilderInfo } from '../../../src/core/build/builders.js'
import { MiB } from '../../../src/core/units.js'
import { MACHINES, request } from '../../build/helpers.js'

const limit = (mib: number, swapMib = mib): BuildLimit => ({ memoryBytes: mib * MiB, swapBytes: swapMib * MiB, cpus: null })

function builder(
  name: string,
  driver: string,
  over: Partial<BuilderInfo> = {},
  driverOpts: Record<string, string> = {},
  buildkitVersion: string | null = 'v0.31.0'
): BuilderInfo {
  return { name, driver, current: false, nodes: [{ name: `${name}0`, status: 'running', buildkitVersion, driverOpts }], ...over }
}

/** The buildx 0.28 capture with `b` added (current when asked: the default builder is then not). */
function withBuilder(b: BuilderInfo, buildx = '0.28.0'): BuildFacts {
  const f = MACHINES.buildx028()
  f.buildxVersion = buildx
  if (b.current) for (const x of f.builders) x.current = false
  f.builders.push(b)
  return f
}

describe('each mechanism, whole', () => {
  test('resource: per step, through buildx on the default builder', () => {
    const f = MACHINES.buildx028()
    f.buildxVersion = '0.36.0'
    f.builders[1].nodes[0].buildkitVersion = 'v0.31.0'
    expect(chooseMechanism(f, request(), limit(100, 200))).toEqual({
      enforcement: 'resource',
      scope: 'step',
      invocation: 'buildx',
      reason: 'buildx 0.36.0 and BuildKit v0.31.0 take per-step limits; the limit applies to each RUN step on its own, not to all steps together',
      builder: { name: 'default', driver: 'docker', create: false },
      memoryBytes: 100 * MiB,
      swapBytes: 200 * MiB,
      warnings: []
    })
  })

  test('builder: ours, created, named after the limit, not in place', () => {
    expect(chooseMechanism(MACHINES.buildx028(), request(), limit(100))).toEqual({
      enforcement: 'builder',
      scope: 'build',
      invocation: 'buildx',
      reason: 'buildx 0.28.0 can create a builder whose container has the limit',
      builder: { name: 'docker-memory-100m', driver: 'docker-container', create: true },
      memoryBytes: 100 * MiB,
      swapBytes: 100 * MiB,
      inPlace: false,
      warnings: []
    })
    expect(chooseMechanism(MACHINES.buildx028(), request({ driver: 'docker-container' }), limit(100)).reason).toBe('driver docker-container was asked for')
  })

  test('kubernetes: ours, created, no swap limit', () => {
    expect(chooseMechanism(MACHINES.buildx028(), request({ driver: 'kubernetes' }), limit(100))).toEqual({
      enforcement: 'kubernetes',
      scope: 'build',
      invocation: 'buildx',
      reason: 'driver kubernetes was asked for',
      builder: { name: 'docker-memory-k8s-100m', driver: 'kubernetes', create: true },
      memoryBytes: 100 * MiB,
      swapBytes: null,
      warnings: []
    })
  })

  test('cgroup: through the client’s own BuildKit when there is no buildx, through buildx’s default builder when there is', () => {
    expect(chooseMechanism(MACHINES.client2010(), request(), limit(100))).toEqual({
      enforcement: 'cgroup',
      scope: 'build',
      invocation: 'classic-buildkit',
      reason: 'the engine’s BuildKit is bound through its parent cgroup /sys/fs/cgroup/memory/docker/buildkit',
      builder: null,
      memoryBytes: 100 * MiB,
      swapBytes: 100 * MiB,
      cgroup: { path: '/sys/fs/cgroup/memory/docker/buildkit', version: 1 },
      warnings: []
    })
    const c = chooseMechanism(MACHINES.buildx028(), request({ driver: 'docker' }), limit(100))
    expect(c).toMatchObject({ enforcement: 'cgroup', scope: 'build', invocation: 'buildx', builder: { name: 'default', driver: 'docker', create: false } })
    expect(c.reason).toBe('driver docker: the engine’s BuildKit is bound through its parent cgroup')
  })

  test('legacy: per step, no builder', () => {
    expect(chooseMechanism(MACHINES.client28NoBuildx(), request({ driver: 'legacy' }), limit(100))).toEqual({
      enforcement: 'legacy',
      scope: 'step',
      invocation: 'legacy',
      reason: 'driver legacy was asked for; the limit applies to each RUN step on its own',
      builder: null,
      memoryBytes: 100 * MiB,
      swapBytes: 100 * MiB,
      warnings: []
    })
  })

  test('none: no scope, the reason, the invocation of the client, no warnings', () => {
    const f = MACHINES.client2010()
    f.unavailable.cgroup = 'cannot write it'
    f.unavailable.legacy = 'the classic builder is off'
    expect(chooseMechanism(f, request(), limit(100))).toEqual({
      enforcement: 'none',
      scope: null,
      invocation: 'classic-buildkit',
      reason:
        'nothing can bind the limit here: resource: no buildx; builder: this docker client has no buildx; cgroup: cannot write it; legacy: the classic builder is off',
      builder: null,
      warnings: []
    })
  })
})

describe('a builder the user brings', () => {
  test.each<['named' | 'current', Record<string, string>, boolean, string]>([
    ['named', { builder: 'mine' }, false, 'named'],
    ['current', {}, true, 'the current one']
  ])('a docker-container builder without a limit, %s: bound in place by docker update', (_, inputs, current, how) => {
    const f = withBuilder(builder('mine', 'docker-container', { current }))
    expect(chooseMechanism(f, request(inputs), limit(100))).toEqual({
      enforcement: 'builder',
      scope: 'build',
      invocation: 'buildx',
      reason: `builder "mine" (${how}) is a docker-container builder with no memory limit of its own: its container gets the limit for this build by docker update, one limit for all its steps together (what the machine runs out of, which per-step --resource is not), and its own limit back after`,
      builder: { name: 'mine', driver: 'docker-container', create: false },
      memoryBytes: 100 * MiB,
      swapBytes: 100 * MiB,
      inPlace: true,
      warnings: []
    })
  })

  test('bound in place, it is held to the daemon floor: the limit is ours', () => {
    const f = withBuilder(builder('mine', 'docker-container', { current: true }))
    expect(() => chooseMechanism(f, request(), limit(32))).toThrow(
      'build memory 32 MiB is below the 64 MiB floor of the builder mechanism: the BuildKit daemon runs inside this limit and would be OOM-killed (buildx then fails with "rpc error … EOF")'
    )
  })

  test('a docker-container builder that cannot be updated: per-step limits when it takes them, else none saying why', () => {
    const takes = withBuilder(builder('mine', 'docker-container', { current: true }), '0.36.0')
    takes.unavailable.builder = 'docker update failed'
    expect(chooseMechanism(takes, request(), limit(100))).toMatchObject({
      enforcement: 'resource',
      builder: { name: 'mine', driver: 'docker-container', create: false },
      reason: 'builder "mine" takes per-step limits; the limit applies to each RUN step on its own, not to all steps together'
    })
    const old = withBuilder(builder('mine', 'docker-container', { current: true }, {}, null), '0.36.0')
    old.unavailable.builder = 'docker update failed'
    expect(chooseMechanism(old, request(), limit(100))).toEqual({
      enforcement: 'none',
      scope: null,
      invocation: 'buildx',
      reason:
        'builder "mine" (driver docker-container) has no memory limit of its own, does not take per-step limits (builder "mine" runs BuildKit of unknown version, older than 0.31.0, which would drop the limit silently), and an existing builder is not changed',
      builder: { name: 'mine', driver: 'docker-container', create: false },
      warnings: []
    })
  })

  test('a kubernetes builder with its own pod limit keeps it, without a swap limit, and warns when it differs', () => {
    const f = withBuilder(builder('k8s', 'kubernetes', {}, { 'limits.memory': '1g' }))
    expect(chooseMechanism(f, request({ builder: 'k8s' }), limit(100))).toEqual({
      enforcement: 'kubernetes',
      scope: 'build',
      invocation: 'buildx',
      reason: 'builder "k8s" has its own pod limit (limits.memory=1g)',
      builder: { name: 'k8s', driver: 'kubernetes', create: false },
      memoryBytes: 1024 * MiB,
      swapBytes: null,
      warnings: ['builder "k8s" keeps its own memory limit of 1 GiB; the plan asked for 100 MiB, and an existing builder is not changed']
    })
    expect(chooseMechanism(f, request({ builder: 'k8s' }), limit(1024)).warnings).toEqual([])
  })

  test('a container builder’s own limit, equal to the plan’s: no warning; its swap kept as it is, or null', () => {
    const f = withBuilder(builder('box', 'docker-container', {}, { memory: '100m' }))
    expect(chooseMechanism(f, request({ builder: 'box' }), limit(100))).toEqual({
      enforcement: 'builder',
      scope: 'build',
      invocation: 'buildx',
      reason: 'builder "box" has its own memory limit (driver option memory=100m)',
      builder: { name: 'box', driver: 'docker-container', create: false },
      memoryBytes: 100 * MiB,
      swapBytes: null,
      inPlace: false,
      warnings: []
    })
    // memory= on a kubernetes builder is not a pod limit; limits.memory= on a container builder is not a container limit.
    const k = withBuilder(builder('k', 'kubernetes', {}, { memory: '100m' }))
    expect(chooseMechanism(k, request({ builder: 'k' }), limit(100)).enforcement).toBe('none')
    const c = withBuilder(builder('c', 'docker-container', {}, { 'limits.memory': '100m' }))
    expect(chooseMechanism(c, request({ builder: 'c' }), limit(100))).toMatchObject({ enforcement: 'builder', inPlace: true })
  })

  test('a remote builder without a version says so', () => {
    const f = withBuilder(builder('farm', 'remote', {}, {}, null))
    expect(chooseMechanism(f, request({ builder: 'farm' }), limit(100)).reason).toMatch(/^builder "farm" is a remote BuildKit \(version unknown\): /)
  })

  test('a builder of another driver without a limit: none, and no word about a cgroup', () => {
    const f = withBuilder(builder('farm', 'kubernetes', {}, {}, 'v0.24.0'))
    expect(chooseMechanism(f, request({ builder: 'farm' }), limit(100)).reason).toBe(
      'builder "farm" (driver kubernetes) has no memory limit of its own, does not take per-step limits (buildx 0.28.0 is older than 0.35.0), and an existing builder is not changed'
    )
  })

  test('the default builder named when its cgroup can be bound: the cgroup, said of the builder', () => {
    expect(chooseMechanism(MACHINES.buildx028(), request({ builder: 'default' }), limit(100)).reason).toBe(
      'builder "default" is the engine’s BuildKit, bound through its parent cgroup'
    )
  })

  test('an unknown builder where buildx lists none', () => {
    const f = MACHINES.buildx028()
    f.builders = []
    expect(() => chooseMechanism(f, request({ builder: 'x' }), limit(100))).toThrow('builder "x" does not exist (docker buildx ls shows: none)')
  })

  test('with no current builder the first docker builder is the engine’s', () => {
    const f = MACHINES.buildx028()
    for (const b of f.builders) b.current = false
    f.builders.unshift(builder('box', 'docker-container'))
    const c = chooseMechanism(f, request({ driver: 'docker' }), limit(100))
    expect(c.builder).toEqual({ name: 'default', driver: 'docker', create: false })
  })
})

describe('an explicit driver refused, word for word', () => {
  test.each<[string, () => BuildFacts, Record<string, string>, string]>([
    [
      'kubernetes that could not be created',
      () => {
        const f = MACHINES.buildx028()
        f.unavailable.kubernetes = 'no cluster'
        return f
      },
      { driver: 'kubernetes' },
      'driver kubernetes: no cluster'
    ],
    ['kubernetes without buildx', MACHINES.client2010, { driver: 'kubernetes' }, 'driver kubernetes needs docker buildx, and this docker client has none'],
    [
      'docker-container with buildx older than 0.12',
      () => {
        const f = MACHINES.buildx028()
        f.buildxVersion = '0.11.2'
        return f
      },
      { driver: 'docker-container' },
      'driver docker-container: buildx 0.11.2 is older than 0.12.0 (no memory driver option)'
    ],
    [
      'docker-container without an engine',
      () => {
        const f = MACHINES.buildx028()
        f.serverVersion = null
        return f
      },
      { driver: 'docker-container' },
      'driver docker-container: no Docker engine answered'
    ],
    [
      'docker through a 20.10 client’s BuildKit that cannot push',
      MACHINES.client2010,
      { driver: 'docker', push: 'true' },
      "driver docker cannot bind the build's memory here: the docker 20.10.24+dfsg1 client's built-in BuildKit cannot do push; use driver auto to build with what can bind"
    ],
    [
      'docker with a client of unknown version and no buildx',
      () => {
        const f = MACHINES.client2010()
        f.clientVersion = null
        return f
      },
      { driver: 'docker' },
      "driver docker cannot bind the build's memory here: docker (unknown version) has neither buildx nor the BuildKit built into clients before 23; use driver auto to build with what can bind"
    ],
    [
      'legacy with outputs and push',
      MACHINES.client28NoBuildx,
      { driver: 'legacy', outputs: 'type=local,dest=out', push: 'true' },
      'driver legacy: the classic builder cannot do outputs, push'
    ]
  ])('%s', (_, facts, inputs, message) => {
    expect(() => chooseMechanism(facts(), request(inputs), limit(100))).toThrow(message)
  })

  test('a 20.10 client’s BuildKit: cache-to, push and several platforms refused, one platform taken', () => {
    const cannot = (inputs: Record<string, string>) => () => chooseMechanism(MACHINES.client2010(), request({ driver: 'docker', ...inputs }), limit(100))
    expect(cannot({ 'cache-to': 'type=gha', platforms: 'linux/amd64,linux/arm64' })).toThrow(
      "client's built-in BuildKit cannot do cache-to, several platforms;"
    )
    expect(cannot({ platforms: 'linux/arm64' })().enforcement).toBe('cgroup')
  })

  test('under driver auto, a client whose BuildKit cannot do what was asked falls to none and refuses with every reason', () => {
    const f = MACHINES.client2010()
    expect(() => chooseMechanism(f, request({ push: 'true' }), limit(100))).toThrow(
      "nothing can bind the limit here: resource: no buildx; builder: this docker client has no buildx; cgroup: the docker 20.10.24+dfsg1 client's built-in BuildKit cannot do push; legacy: the build needs push; and this docker 20.10.24+dfsg1 client cannot build push at all without buildx"
    )
  })
})

describe('where the embedded BuildKit’s steps and the classic builder’s parent are', () => {
  test.each<[string | null, string | null, boolean, ReturnType<typeof buildkitCgroupPath>]>([
    ['1', 'cgroupfs', true, { path: '/sys/fs/cgroup/memory/docker/buildkit', version: 1 }],
    ['2', 'cgroupfs', true, { path: '/sys/fs/cgroup/docker/buildkit', version: 2 }],
    ['3', 'cgroupfs', true, { path: null, reason: 'the engine reports cgroup version 3' }],
    [null, 'cgroupfs', true, { path: null, reason: 'the engine reports cgroup version unknown' }],
    ['2', 'other', true, { path: null, reason: 'the engine reports cgroup driver other' }],
    ['2', null, true, { path: null, reason: 'the engine reports cgroup driver unknown' }],
    ['2', 'systemd', true, { path: null, reason: 'with the systemd cgroup driver the engine’s BuildKit steps have no parent cgroup of their own to bind' }],
    ['1', 'cgroupfs', false, { path: null, reason: 'the engine does not run on this host (docker info names another), so its cgroups are out of reach' }]
  ])('cgroup v%s, driver %s, local %s', (version, driver, local, want) => {
    expect(buildkitCgroupPath(version, driver, local)).toEqual(want)
  })

  test.each<[string, string, boolean, ReturnType<typeof legacyCgroupParent>]>([
    ['1', 'cgroupfs', true, { name: '/docker-memory-build-7', path: '/sys/fs/cgroup/memory/docker-memory-build-7', version: 1 }],
    ['2', 'cgroupfs', true, { name: '/docker-memory-build-7', path: '/sys/fs/cgroup/docker-memory-build-7', version: 2 }],
    ['3', 'cgroupfs', true, null],
    ['2', 'systemd', true, null],
    ['1', 'cgroupfs', false, null]
  ])('the classic builder’s parent on cgroup v%s, driver %s, local %s', (version, driver, local, want) => {
    const f = MACHINES.client28NoBuildx()
    Object.assign(f, { cgroupVersion: version, cgroupDriver: driver, engineLocal: local })
    expect(legacyCgroupParent(f, '7')).toEqual(want)
  })
})

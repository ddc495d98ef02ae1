import { describe, expect, test } from '@jest/globals'
import type { BuildFacts } from '../../../src/core/enforce/mechanism.js'
import { chooseMechanism } from '../../../src/core/enforce/mechanism.js'
import { InputError } from '../../../src/core/errors.js'
import { MiB } from '../../../src/core/units.js'
import { MACHINES, request } from '../../build/helpers.js'

const limit = (mib: number) => ({ memoryBytes: mib * MiB, swapBytes: mib * MiB, cpus: null })

/** The buildx 0.28 capture with buildx and the current builder's BuildKit aged to take --resource. */
function resourceMachine(): BuildFacts {
  const f = MACHINES.buildx028()
  f.buildxVersion = '0.36.0'
  for (const b of f.builders) if (b.current) b.nodes[0].buildkitVersion = 'v0.31.0'
  return f
}

describe('every limit of ours meets the floor of the mechanism that carries it', () => {
  test.each<[string, () => BuildFacts, Record<string, string>, number, string]>([
    ['resource under driver auto', resourceMachine, {}, 10, 'resource'],
    ['resource on the default builder named by the user', resourceMachine, { builder: 'default' }, 6, 'resource'],
    ['cgroup on the default builder named by the user', MACHINES.buildx028, { builder: 'default' }, 10, 'cgroup']
  ])('%s: %i MiB is refused', (_, facts, inputs, mib, mechanism) => {
    expect(() => chooseMechanism(facts(), request(inputs), limit(mib))).toThrow(InputError)
    expect(() => chooseMechanism(facts(), request(inputs), limit(mib))).toThrow(
      `build memory ${mib} MiB is below the 16 MiB floor of the ${mechanism} mechanism: a RUN step cannot even start its shell in less`
    )
  })

  test('16 MiB under resource is taken', () => {
    expect(chooseMechanism(resourceMachine(), request(), limit(16))).toMatchObject({ enforcement: 'resource', memoryBytes: 16 * MiB })
  })
})

describe('an explicit driver is honoured or refused', () => {
  test('driver docker whose cgroup the edge could not write: refused with why, where driver auto falls through', () => {
    const f = MACHINES.buildx028()
    f.unavailable.cgroup = 'cannot write /sys/fs/cgroup/memory/docker/buildkit/memory.limit_in_bytes (EACCES)'
    expect(() => chooseMechanism(f, request({ driver: 'docker' }), limit(100))).toThrow(
      "driver docker cannot bind the build's memory here: cannot write /sys/fs/cgroup/memory/docker/buildkit/memory.limit_in_bytes (EACCES); use driver auto to build with what can bind"
    )
    f.unavailable.builder = 'docker buildx create failed'
    expect(chooseMechanism(f, request({ driver: 'auto', platforms: 'linux/amd64' }), limit(100)).enforcement).toBe('none')
  })

  test('driver docker-container whose builder came back without the limit: refused, not built unbounded', () => {
    const f = MACHINES.buildx028()
    f.unavailable.builder = 'the container of builder docker-memory-100m has no memory limit, not 100 MiB'
    expect(() => chooseMechanism(f, request({ driver: 'docker-container' }), limit(100))).toThrow(
      'driver docker-container: the container of builder docker-memory-100m has no memory limit, not 100 MiB'
    )
  })
})

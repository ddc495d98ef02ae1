import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { OLLAMA_MODELS } from '../../../src/core/plan/ollama.js'
import { buildLimitBytes, fitAfterBuild, plan } from '../../../src/core/plan/plan.js'
import { PROFILES } from '../../../src/core/plan/profiles.js'
import { GiB, MiB } from '../../../src/core/units.js'
import { docker, jobCgroup, machine, request } from '../../helpers/machine.js'

const model = (name: string) => ({ kind: 'model' as const, model: OLLAMA_MODELS.find((m) => m.name === name)! })

describe('build memory from profiles', () => {
  test.each([
    [16, 'conservative', 6],
    [16, 'balanced', 8],
    [16, 'maximum', 10],
    [64, 'balanced', 45],
    [128, 'maximum', 100]
  ] as const)('--total-memory %i GiB, %s → %i GiB', (total, profile, build) => {
    const p = plan(machine({ totalGiB: 23 }), request({ profile, totalMemoryBytes: total * GiB }))
    expect(p.build.bytes).toBe(build * GiB)
    expect(p.machine.totalSource).toBe('override')
    expect(p.status).toBe('ok')
  })

  test('a cgroup limit below the host is the machine', () => {
    const p = plan(
      machine({
        totalGiB: 23.5,
        cgroup: jobCgroup()
      }),
      request()
    )
    expect(p.machine.totalBytes).toBe(3 * GiB)
    expect(p.machine.totalSource).toBe('cgroup')
    expect(p.machine.availableBytes).toBe(3 * GiB - 200 * MiB)
    expect(p.build.bytes).toBe(1.5 * GiB)
    expect(p.build.bytes + p.reserveBytes).toBeLessThanOrEqual(3 * GiB)
    expect(p.reasons[0]).toMatch(/cgroup limited to 3 GiB/)
  })

  test('a cgroup "limit" above the host (unlimited in practice) is ignored', () => {
    const p = plan(
      machine({
        cgroup: {
          version: 2,
          path: '/',
          memoryLimitBytes: 64 * GiB,
          memoryLimitPath: '/sys/fs/cgroup',
          memoryUsageBytes: null,
          memoryReclaimableBytes: null,
          cpuQuota: null,
          cpusetCount: null
        }
      }),
      request()
    )
    expect(p.machine.totalSource).toBe('physical')
    expect(p.machine.totalBytes).toBe(16 * GiB)
  })

  test('Docker reporting the host while the job is cgroup-limited is clamped to the limit', () => {
    const p = plan(
      machine({
        totalGiB: 64,
        docker: docker(64),
        cgroup: {
          version: 2,
          path: '/',
          memoryLimitBytes: 16 * GiB,
          memoryLimitPath: '/sys/fs/cgroup',
          memoryUsageBytes: 0,
          memoryReclaimableBytes: 0,
          cpuQuota: null,
          cpusetCount: null
        }
      }),
      request()
    )
    expect(p.engine.bytes).toBe(16 * GiB)
    expect(p.build.bytes).toBe(8 * GiB)
  })

  test('on Docker Desktop the profile applies to the VM, not the Mac', () => {
    const p = plan(machine({ totalGiB: 16, docker: docker(8, { backend: 'docker-desktop', inVm: true }) }), request())
    expect(p.engine.inVm).toBe(true)
    // balanced at 8 GiB is half of it; the 16 GiB Mac would have given 8 GiB, more than the VM holds
    expect(p.build.bytes).toBe(4 * GiB)
    expect(p.reasons.join(' ')).toMatch(/VM \(docker-desktop\) with 8 GiB/)
  })
})

describe('the three-layer check (seed 000)', () => {
  test('a 10 GiB model on a 4 GiB Docker Desktop VM names layer 2 and the resize that fixes it', () => {
    const p = plan(machine({ totalGiB: 16, docker: docker(4, { backend: 'docker-desktop', inVm: true }) }), request({ ollama: model('qwen2.5:7b') }))
    expect(p.status).toBe('insufficient')
    expect(p.problems).toHaveLength(1)
    expect(p.problems[0].layer).toBe('engine')
    expect(p.problems[0].message).toBe("container ollama needs 10 GiB but Docker's engine has 4 GiB")
    // the seed's example: a 10 GB model needs a 12 GB VM
    expect(p.problems[0].fix).toContain('at least 12 GiB')
    expect(p.requiredEngineBytes).toBe(12 * GiB)
  })

  test('downgrade picks the best model that leaves the build the 512 MiB it needs, else the best that fits', () => {
    const vm8 = machine({ totalGiB: 16, docker: docker(8, { backend: 'docker-desktop', inVm: true }) })
    // 7 GiB usable: mistral:7b (7 GiB) would fit and leave the build nothing; phi3:mini leaves 2 GiB.
    const p = plan(vm8, request({ ollama: model('qwen2.5:7b'), onInsufficient: 'downgrade' }))
    expect(p.ollama).toMatchObject({ model: 'phi3:mini', choice: 'downgraded', memoryBytes: 5 * GiB })
    expect(p.adjustments).toEqual([
      'Ollama model qwen2.5:7b needs 10 GiB but only 7 GiB is free for it: using phi3:mini (5 GiB), which leaves 2 GiB for the build.'
    ])
    expect(p.build.bytes).toBe(2 * GiB)
    expect(p.status).toBe('ok')
    // A model that fits but starves the build is downgraded too.
    const fits = plan(vm8, request({ ollama: model('mistral:7b'), onInsufficient: 'downgrade' }))
    expect(fits.ollama).toMatchObject({ model: 'phi3:mini', choice: 'downgraded' })
    expect(fits.adjustments).toEqual([
      'Ollama model mistral:7b (7 GiB) would leave the build 0 B, less than the 512 MiB it needs: using phi3:mini (5 GiB), which leaves 2 GiB for the build.'
    ])
    expect(fits.status).toBe('ok')
    // 5 GiB usable: no model leaves the build room; phi3:mini still fits, and the build's shortfall is the problem.
    const vm6 = machine({ totalGiB: 16, docker: docker(6, { backend: 'docker-desktop', inVm: true }) })
    const downgraded = plan(vm6, request({ ollama: model('qwen2.5:7b'), onInsufficient: 'downgrade' }))
    expect(downgraded.ollama).toMatchObject({ model: 'phi3:mini', choice: 'downgraded' })
    expect(downgraded.adjustments).toEqual([
      'Ollama model qwen2.5:7b needs 10 GiB but only 5 GiB is free for it: using phi3:mini (5 GiB), which leaves 0 B for the build.'
    ])
    expect(downgraded.status).toBe('insufficient')
    expect(downgraded.problems.map((x) => x.layer)).toEqual(['build'])
    // Without downgrade the model asked for stays, whatever it leaves.
    expect(plan(vm8, request({ ollama: model('mistral:7b'), onInsufficient: 'warn' })).ollama).toMatchObject({ model: 'mistral:7b', choice: 'explicit' })
    // What the fixed containers take is not free for the model: 7 GiB less db's 2 GiB.
    const beside = plan(vm8, request({ containers: [{ name: 'db', bytes: 2 * GiB }], ollama: model('qwen2.5:7b'), onInsufficient: 'downgrade' }))
    expect(beside.adjustments).toEqual([
      'Ollama model qwen2.5:7b needs 10 GiB but only 5 GiB is free for it: using phi3:mini (5 GiB), which leaves 0 B for the build.'
    ])
    // A model that leaves the build exactly 512 MiB stays (7.5 GiB usable, mistral:7b 7 GiB).
    const edge = plan(
      machine({ totalGiB: 16, docker: docker(8.5, { backend: 'docker-desktop', inVm: true }) }),
      request({ ollama: model('mistral:7b'), onInsufficient: 'downgrade' })
    )
    expect(edge.ollama).toMatchObject({ model: 'mistral:7b', choice: 'explicit' })
    expect(edge.adjustments).toEqual([])
    expect(edge.build.bytes).toBe(512 * MiB)
    // The smallest model, starving the build: nothing smaller to take, so no adjustment.
    const smallest = plan(vm6, request({ ollama: model('phi3:mini'), onInsufficient: 'downgrade' }))
    expect(smallest.ollama).toMatchObject({ model: 'phi3:mini', choice: 'explicit' })
    expect(smallest.adjustments).toEqual([])
    expect(smallest.problems.map((x) => x.layer)).toEqual(['build'])
  })

  test('downgrade that cannot find a smaller model leaves the problem standing', () => {
    const p = plan(
      machine({ totalGiB: 16, docker: docker(4, { backend: 'docker-desktop', inVm: true }) }),
      request({ ollama: model('phi3:mini'), onInsufficient: 'downgrade' })
    )
    expect(p.ollama?.model).toBe('phi3:mini')
    expect(p.problems[0].layer).toBe('engine')
  })

  test.each([
    [16, 'qwen2.5:7b'],
    [14, 'llama3.1:8b'],
    [10, 'mistral:7b'],
    [7.5, 'phi3:mini'],
    [5, 'phi3:mini']
  ])('auto model on %d GiB is %s', (total, name) => {
    const p = plan(machine({ totalGiB: total }), request({ ollama: { kind: 'auto' }, onInsufficient: 'warn' }))
    expect(p.ollama).toMatchObject({ model: name, choice: 'auto' })
  })

  test('containers come out of the build budget', () => {
    const p = plan(
      machine({ totalGiB: 16 }),
      request({
        containers: [
          { name: 'redis', bytes: 512 * MiB },
          { name: 'postgres', bytes: 6 * GiB }
        ]
      })
    )
    // 16 GiB − 1.6 GiB reserve − 6.5 GiB of containers leaves 7.9 GiB, less than balanced's 8 GiB
    expect(p.build.bytes).toBe(p.usableBytes - 6.5 * GiB)
    expect(p.build.bytes).toBeLessThan(8 * GiB)
    expect(p.status).toBe('ok')
  })

  test('containers that together exceed what is usable are a layer-2 problem', () => {
    const p = plan(
      machine({ totalGiB: 16 }),
      request({
        containers: [
          { name: 'a', bytes: 8 * GiB },
          { name: 'b', bytes: 8 * GiB }
        ]
      })
    )
    expect(p.problems[0]).toMatchObject({ layer: 'engine' })
    expect(p.problems[0].message).toMatch(/containers need 16 GiB together but only 14.4 GiB is usable/)
  })

  test('an explicit build limit above the machine fails with the numbers and the fix', () => {
    const p = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 20 * GiB } }))
    expect(p.status).toBe('insufficient')
    expect(p.problems[0].layer).toBe('build')
    expect(p.problems[0].message).toBe('build-memory 20 GiB is more than the 14.4 GiB this machine can give a build (16 GiB less 1.6 GiB reserve)')
    // 22.2 GiB less its default reserve (10 %) leaves the 20 GiB asked for
    expect(p.problems[0].fix).toBe(
      'set build-memory to at most 14.4 GiB, leave it empty for the balanced profile (8 GiB), or use a machine with at least 22.2 GiB; the smallest GitHub-hosted runner with that is a larger runner with 8 CPUs (32 GB)'
    )
  })

  test('downgrade lowers an explicit build limit to what fits', () => {
    const p = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 20 * GiB }, onInsufficient: 'downgrade' }))
    expect(p.status).toBe('ok')
    expect(p.build.bytes).toBe(p.usableBytes)
    expect(p.adjustments).toHaveLength(1)
  })

  test('a percentage is of the memory available now', () => {
    const p = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'percent', percent: 50 } }))
    expect(p.build.bytes).toBe(7.5 * GiB)
    expect(p.build.source).toBe('percent')
  })

  test('a reserve as large as the machine is a layer-1 problem', () => {
    const p = plan(machine({ totalGiB: 4 }), request({ reserveMemoryBytes: 4 * GiB }))
    expect(p.problems[0]).toMatchObject({ layer: 'machine' })
  })
})

describe('parallelism', () => {
  test.each([
    [4, 16, 2, 4, null], // 8 GiB build holds 4 jobs of 2 GiB, 4 CPUs
    [16, 16, 2, 4, null], // memory bound: 16 CPUs but 8 GiB / 2 GiB
    [4, 16, 1, 4, null], // CPU bound
    [4, 5, 2, 1, null], // 2.5 GiB holds one 2 GiB job
    [8, 64, 2, 1, 1.5] // a 1.5-CPU quota allows one job
  ])('%i CPUs, %i GiB, %i GiB per job → %i jobs', (cpus, totalGiB, perJob, jobs, quota) => {
    const cgroup =
      quota === null
        ? null
        : {
            version: 2 as const,
            path: '/',
            memoryLimitBytes: null,
            memoryLimitPath: null,
            memoryUsageBytes: null,
            memoryReclaimableBytes: null,
            cpuQuota: quota,
            cpusetCount: null
          }
    const p = plan(machine({ totalGiB, cpus: { logical: cpus }, cgroup }), request({ memoryPerJobBytes: perJob * GiB }))
    expect(p.jobs).toBe(jobs)
  })

  test('a cpuset smaller than the CPUs limits jobs', () => {
    const p = plan(
      machine({
        totalGiB: 64,
        cpus: { logical: 16 },
        cgroup: {
          version: 1,
          path: '/',
          memoryLimitBytes: null,
          memoryLimitPath: null,
          memoryUsageBytes: null,
          memoryReclaimableBytes: null,
          cpuQuota: null,
          cpusetCount: 3
        }
      }),
      request()
    )
    expect(p.machine).toMatchObject({ cpus: 3, cpusSource: 'cpuset' })
    expect(p.jobs).toBe(3)
  })
})

describe('what the plan hands on', () => {
  test('a build limit below what one step needs is a problem, and no limit is published', () => {
    const p = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 10 * MiB } }))
    expect(p.status).toBe('insufficient')
    expect(p.problems).toEqual([
      {
        layer: 'build',
        message: 'no memory is left for the build (10 MiB, below the 16 MiB a build step needs): no build limit is published',
        fix: 'free memory in the layers above (containers, reserve-memory) or use a larger runner'
      }
    ])
    expect(buildLimitBytes(p)).toBeNull()
    // At the floor itself the limit binds, and nothing is wrong.
    const atFloor = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 16 * MiB } }))
    expect(atFloor).toMatchObject({ status: 'ok', problems: [] })
    expect(buildLimitBytes(atFloor)).toBe(16 * MiB)
  })

  test("the engine must hold the containers, an explicit build limit and the engine's own 2 GiB; a profile's build is not counted", () => {
    expect(plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 4 * GiB } })).requiredEngineBytes).toBe(6 * GiB)
    expect(plan(machine({ totalGiB: 16 }), request()).requiredEngineBytes).toBe(2 * GiB)
  })

  test('no platforms and no runner-labels asked for: none are shown', () => {
    const p = plan(machine({ totalGiB: 16 }), request({ knownPeak: { key: 'app', bytes: 2 * GiB, runs: 3 } }))
    expect(p.parallelism.platforms).toEqual([])
    expect(p.fitBasis.labels).toEqual([])
    // A known peak plans from history; without labels there is no larger runner to name.
    expect(p.fit).toEqual({ fits: true, needsMemoryBytes: p.fit.needsMemoryBytes, largerRunner: null, source: 'history' })
  })
})

describe('fit once the build ran', () => {
  const known = plan(machine({ totalGiB: 16 }), request({ knownPeak: { key: 'app', bytes: 2 * GiB, runs: 3 } }))
  const unknown = plan(machine({ totalGiB: 16 }), request())

  test("no peak from the build and none known: the plan's answer stands (not known), unless the build was killed", () => {
    expect(fitAfterBuild(unknown, null, false)).toEqual({ fits: null, needsMemoryBytes: null, largerRunner: null, source: 'none' })
    expect(fitAfterBuild(unknown, null, true)).toEqual({ fits: false, needsMemoryBytes: null, largerRunner: null, source: 'build' })
  })

  test('no peak from the build: the known peak answers, and says it came from earlier runs', () => {
    expect(fitAfterBuild(known, null, false)).toEqual(known.fit)
    expect(fitAfterBuild(known, null, false).source).toBe('history')
    expect(fitAfterBuild(known, 3 * GiB, false)).toMatchObject({ fits: true, source: 'build' })
  })
})

describe('invariants (property-based)', () => {
  const arbitraryMachine = fc.record({
    totalGiB: fc.double({ min: 0.5, max: 1024, noNaN: true }),
    cgroupGiB: fc.option(fc.double({ min: 0.25, max: 2048, noNaN: true })),
    dockerGiB: fc.option(fc.double({ min: 0.25, max: 1024, noNaN: true })),
    inVm: fc.boolean(),
    cpus: fc.integer({ min: 1, max: 256 })
  })

  test('never negative, never above the layer above', () => {
    fc.assert(
      fc.property(arbitraryMachine, fc.constantFrom(...PROFILES), fc.option(fc.integer({ min: 0, max: 4 * 1024 }), { nil: null }), (m, profile, redisMiB) => {
        const facts = machine({
          totalGiB: m.totalGiB,
          cpus: { logical: m.cpus },
          cgroup:
            m.cgroupGiB === null
              ? null
              : {
                  version: 2,
                  path: '/',
                  memoryLimitBytes: Math.floor(m.cgroupGiB * GiB),
                  memoryLimitPath: '/x',
                  memoryUsageBytes: 0,
                  memoryReclaimableBytes: 0,
                  cpuQuota: null,
                  cpusetCount: null
                },
          docker: m.dockerGiB === null ? null : docker(m.dockerGiB, { inVm: m.inVm })
        })
        const containers = redisMiB === null ? [] : [{ name: 'redis', bytes: redisMiB * MiB + 6 * MiB }]
        const p = plan(facts, request({ profile, containers }))
        expect(p.build.bytes).toBeGreaterThanOrEqual(0)
        expect(p.reserveBytes).toBeGreaterThan(0)
        expect(p.machine.totalBytes).toBeLessThanOrEqual(facts.memory.totalBytes)
        expect(p.engine.bytes).toBeLessThanOrEqual(Math.max(p.machine.totalBytes, facts.docker?.inVm ? facts.docker.memTotalBytes : 0))
        expect(p.usableBytes).toBeLessThanOrEqual(Math.min(p.engine.bytes, p.machine.totalBytes))
        expect(p.build.bytes).toBeLessThanOrEqual(p.usableBytes)
        if (p.status === 'ok') {
          expect(p.build.bytes + p.containers.reduce((s, c) => s + c.bytes, 0)).toBeLessThanOrEqual(p.usableBytes)
        }
        expect(p.jobs).toBeGreaterThanOrEqual(1)
        expect(p.jobs).toBeLessThanOrEqual(m.cpus)
      })
    )
  })

  test('monotonic in memory: a bigger machine never gets a smaller build limit or fewer jobs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1024, noNaN: true }),
        fc.double({ min: 0, max: 512, noNaN: true }),
        fc.constantFrom(...PROFILES),
        (gib, more, profile) => {
          const small = plan(machine({ totalGiB: gib }), request({ profile }))
          const big = plan(machine({ totalGiB: gib + more }), request({ profile }))
          expect(big.build.bytes).toBeGreaterThanOrEqual(small.build.bytes)
          expect(big.jobs).toBeGreaterThanOrEqual(small.jobs)
        }
      )
    )
  })
})

import { describe, expect, test } from '@jest/globals'
import { STEP_FLOOR_BYTES } from '../../../src/core/enforce/mechanism.js'
import { InputError } from '../../../src/core/errors.js'
import { parsePlanRequest } from '../../../src/core/inputs.js'
import {
  buildFloorProblem,
  buildLayer,
  containersLayer,
  ENGINE_OVERHEAD,
  engineLayer,
  historyLayer,
  jobsLayer,
  machineLayer
} from '../../../src/core/plan/layers.js'
import { OLLAMA_MODELS } from '../../../src/core/plan/ollama.js'
import { buildLimitBytes, plan } from '../../../src/core/plan/plan.js'
import { GiB, MiB } from '../../../src/core/units.js'
import { docker, machine, request } from '../../helpers/machine.js'

const cgroup = (limitGiB: number, usageMiB: number) => ({
  version: 2 as const,
  path: '/job',
  memoryLimitBytes: limitGiB * GiB,
  memoryLimitPath: '/sys/fs/cgroup/job',
  memoryUsageBytes: usageMiB * MiB,
  memoryReclaimableBytes: 0,
  cpuQuota: 2.5,
  cpusetCount: null
})

/** Steps 1–3 as plan() runs them, for the steps that need their results. */
function upToContainers(facts = machine(), req = request()) {
  const { machine: m } = machineLayer(facts, req)
  const engine = engineLayer(facts, m, req)
  return { m, engine, containers: containersLayer(req, m, engine) }
}

describe('machineLayer', () => {
  test('a cgroup limit below the host is the machine, and its usage lowers what is available', () => {
    const { machine: m, notes } = machineLayer(machine({ totalGiB: 16, cgroup: cgroup(4, 1024) }), request())
    expect(m).toMatchObject({
      totalBytes: 4 * GiB,
      totalSource: 'cgroup',
      physicalBytes: 16 * GiB,
      availableBytes: 3 * GiB,
      cpus: 2,
      cpusSource: 'cgroup-quota'
    })
    expect(notes.reasons[0]).toMatch(/cgroup limited to 4 GiB/)
  })

  test('a given size replaces the probes, swap included', () => {
    const { machine: m } = machineLayer(machine({ cgroup: cgroup(4, 0) }), request({ totalMemoryBytes: 64 * GiB, cpus: 16 }))
    expect(m).toMatchObject({ totalBytes: 64 * GiB, totalSource: 'override', availableBytes: 64 * GiB, swapBytes: 0, cpus: 16, cpusSource: 'override' })
  })
})

describe('engineLayer', () => {
  test('a VM engine is the basis, and the default reserve is 10 % of it', () => {
    const facts = machine({ totalGiB: 32, docker: docker(20, { backend: 'docker-desktop', inVm: true }) })
    const { machine: m } = machineLayer(facts, request())
    const e = engineLayer(facts, m, request())
    expect(e).toMatchObject({ basisBytes: 20 * GiB, reserveBytes: 2 * GiB, usableBytes: 18 * GiB, engine: { inVm: true, source: 'docker' } })
    expect(e.notes.problems).toEqual([])
  })

  test('a reserve that takes everything is a machine problem', () => {
    const facts = machine({ totalGiB: 4 })
    const { machine: m } = machineLayer(facts, request())
    const e = engineLayer(facts, m, request({ reserveMemoryBytes: 8 * GiB }))
    expect(e.usableBytes).toBe(0)
    expect(e.notes.problems.map((p) => p.layer)).toEqual(['machine'])
  })
})

describe('containersLayer', () => {
  test('containers and the auto model leave the rest to the build', () => {
    const { containers } = upToContainers(machine({ totalGiB: 16 }), request({ containers: [{ name: 'redis', bytes: GiB }], ollama: { kind: 'auto' } }))
    expect(containers.containers.map((c) => c.name)).toEqual(['redis', 'ollama'])
    expect(containers.containerBytes).toBe(GiB + OLLAMA_MODELS[0].dockerMemoryBytes)
    expect(containers.roomBytes).toBe(16 * GiB - Math.round(1.6 * GiB) - containers.containerBytes)
  })

  test('one container larger than the engine is an engine problem with the VM size that fixes it', () => {
    const { containers } = upToContainers(
      machine({ docker: docker(4, { inVm: true, backend: 'colima' }) }),
      request({ containers: [{ name: 'db', bytes: 6 * GiB }] })
    )
    expect(containers.notes.problems).toHaveLength(1)
    expect(containers.notes.problems[0].fix).toContain(`at least ${(6 * GiB + ENGINE_OVERHEAD) / GiB} GiB`)
    expect(containers.roomBytes).toBe(0)
  })
})

describe('buildLayer', () => {
  test('the profile, within what the containers leave', () => {
    const req = request({ containers: [{ name: 'big', bytes: 12 * GiB }] })
    const { m, engine, containers } = upToContainers(machine(), req)
    const { build, notes } = buildLayer(req, m, engine, containers, [])
    expect(build).toEqual({ bytes: containers.roomBytes, source: 'profile', profileBytes: 8 * GiB })
    expect(notes.reasons.join(' ')).toMatch(/leave .* so the build gets that/)
  })

  test('a percentage below the per-step floor is an input error, not a 0 B limit', () => {
    const req = request({ buildMemory: { kind: 'percent', percent: 0.0001 } })
    const { m, engine, containers } = upToContainers(machine(), req)
    expect(() => buildLayer(req, m, engine, containers, [])).toThrow(InputError)
    expect(() => buildLayer(req, m, engine, containers, [])).toThrow(
      /build-memory 0.0001% of the 15 GiB available is .*, below the 16 MiB a build step needs to start/
    )
  })

  test('downgrade never lowers a build below the per-step floor', () => {
    const req = request({
      buildMemory: { kind: 'bytes', bytes: GiB },
      onInsufficient: 'downgrade',
      reserveMemoryBytes: 4 * GiB - 10 * MiB,
      totalMemoryBytes: 4 * GiB
    })
    const { m, engine, containers } = upToContainers(machine(), req)
    expect(containers.roomBytes).toBe(10 * MiB)
    const { build, notes } = buildLayer(req, m, engine, containers, [])
    expect(notes.adjustments).toEqual([])
    expect(notes.problems.map((p) => p.layer)).toEqual(['build'])
    expect(build.bytes).toBe(GiB)
  })
})

describe('historyLayer', () => {
  const peak = { key: 'web', bytes: 9 * GiB, runs: 3 }

  test('raises a profile limit to the peak plus headroom', () => {
    const req = request({ totalMemoryBytes: 32 * GiB, knownPeak: peak })
    const { containers } = upToContainers(machine(), req)
    const out = historyLayer(req, { bytes: 8 * GiB, source: 'profile', profileBytes: 8 * GiB }, containers)
    expect(out.build).toMatchObject({ bytes: 9 * GiB + 2.25 * GiB, source: 'history' })
    expect(out.history).toMatchObject({ key: 'web', fits: true })
  })

  test('a peak above what the machine can give does not fit, and says so', () => {
    const req = request({ knownPeak: { ...peak, bytes: 20 * GiB } })
    const { containers } = upToContainers(machine(), req)
    const out = historyLayer(req, { bytes: 8 * GiB, source: 'profile', profileBytes: 8 * GiB }, containers)
    expect(out.history?.fits).toBe(false)
    expect(out.notes.problems[0].message).toMatch(/would be OOM-killed/)
  })

  test('without a known peak it changes nothing', () => {
    const build = { bytes: 8 * GiB, source: 'profile' as const, profileBytes: 8 * GiB }
    const { containers } = upToContainers()
    expect(historyLayer(request(), build, containers)).toEqual({ build, history: undefined, notes: { reasons: [], problems: [], adjustments: [] } })
  })
})

describe('jobsLayer', () => {
  test.each([
    [8 * GiB, 4, 2 * GiB, 4, /^4 parallel jobs: one per CPU \(4\)/],
    [3 * GiB, 4, 2 * GiB, 1, /^1 parallel job: 3 GiB holds 1 at 2 GiB each/],
    [0, 4, 2 * GiB, 1, /^1 parallel job: 0 B holds less than one job/]
  ])('%d bytes, %d CPUs, %d per job → %d', (bytes, cpus, perJob, jobs, reason) => {
    const out = jobsLayer(bytes, cpus, perJob)
    expect(out.jobs).toBe(jobs)
    expect(out.notes.reasons[0]).toMatch(reason)
  })
})

describe('a plan never publishes a limit that binds nothing', () => {
  test('on-insufficient warn with containers filling the engine: insufficient and no build limit', () => {
    const p = plan(machine({ totalGiB: 8 }), request({ containers: [{ name: 'db', bytes: 7.2 * GiB }], onInsufficient: 'warn' }))
    expect(p.build.bytes).toBeLessThan(STEP_FLOOR_BYTES)
    expect(p.status).toBe('insufficient')
    expect(buildLimitBytes(p)).toBeNull()
  })

  test('the floor problem is added when nothing else explains the missing room', () => {
    expect(buildFloorProblem({ bytes: 0, source: 'size', profileBytes: 0 }, [])).toMatchObject({ layer: 'build' })
    expect(buildFloorProblem({ bytes: STEP_FLOOR_BYTES, source: 'size', profileBytes: 0 }, [])).toBeNull()
    expect(buildFloorProblem({ bytes: 0, source: 'size', profileBytes: 0 }, [{ layer: 'engine', message: 'x', fix: 'y' }])).toBeNull()
  })

  test.each(['10m', '6m', '16777215'])('build-memory %s is below the per-step floor: an input error', (size) => {
    expect(() => parsePlanRequest((name) => (name === 'build-memory' ? size : ''))).toThrow(/below the 16 MiB a build step needs to start/)
  })

  test('16m is accepted and published', () => {
    const req = parsePlanRequest((name) => (name === 'build-memory' ? '16m' : ''))
    expect(buildLimitBytes(plan(machine(), req))).toBe(16 * MiB)
  })
})

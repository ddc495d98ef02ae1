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
import { docker, jobCgroup, machine, request } from '../../helpers/machine.js'

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
    expect(e.notes.reasons[0]).toBe("Docker runs in a VM (docker-desktop) with 20 GiB of the machine's 32 GiB.")
    // A VM given more than the job may use: the job's limit is the basis, and the sentence says so.
    const jailed = machine({ totalGiB: 3, docker: docker(7, { backend: 'colima', inVm: true }) })
    const j = engineLayer(jailed, machineLayer(jailed, request()).machine, request())
    expect(j.basisBytes).toBe(3 * GiB)
    expect(j.notes.reasons[0]).toBe('Docker runs in a VM (colima) given 7 GiB, more than the 3 GiB this job may use: the plan uses 3 GiB.')
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

// What each layer tells the user, word for word, at the edges where it changes: these sentences
// are the plan's reasons, problems and adjustments as the summary and the CLI print them.
describe('what each layer says', () => {
  const model = (name: string) => ({ kind: 'model' as const, model: OLLAMA_MODELS.find((m) => m.name === name)! })

  test('a given machine size: planned for it, nothing probed (no cgroup, no Docker sentence)', () => {
    const p = plan(machine({ totalGiB: 16, cgroup: jobCgroup({}) }), request({ totalMemoryBytes: 8 * GiB }))
    expect(p.machine).toMatchObject({ totalBytes: 8 * GiB, totalSource: 'override', cgroupLimitBytes: null, availableBytes: 8 * GiB })
    expect(p.reasons[0]).toBe('Planned for a machine with 8 GiB (given), not for this one.')
    expect(p.reasons.join('\n')).not.toMatch(/Docker|cgroup/)
  })

  test("a cgroup's reclaimable memory (page cache) is not counted as in use", () => {
    const { machine: m, notes } = machineLayer(
      machine({ totalGiB: 16, cgroup: jobCgroup({ memoryUsageBytes: GiB, memoryReclaimableBytes: 512 * MiB }) }),
      request()
    )
    // 3 GiB limit, 1 GiB used of which 512 MiB reclaimable: 2.5 GiB available.
    expect(m).toMatchObject({ totalSource: 'cgroup', cgroupLimitBytes: 3 * GiB, availableBytes: 2.5 * GiB })
    expect(notes.reasons).toEqual([
      'This job runs in a cgroup limited to 3 GiB (/sys/fs/cgroup/memory/job), less than the 16 GiB the host has: the plan uses the limit.'
    ])
  })

  test('a cgroup limit equal to the host limits nothing: the machine is physical', () => {
    const { machine: m, notes } = machineLayer(machine({ totalGiB: 16, cgroup: jobCgroup({ memoryLimitBytes: 16 * GiB }) }), request())
    expect(m).toMatchObject({ totalSource: 'physical', cgroupLimitBytes: null, availableBytes: 15 * GiB })
    expect(notes.reasons).toEqual([])
  })

  test("Docker on the host reporting more than the job may use is held to the job's memory; reporting the same says nothing", () => {
    const more = plan(machine({ totalGiB: 8, docker: docker(16) }), request())
    expect(more.engine).toEqual({ bytes: 8 * GiB, source: 'docker', backend: 'engine', inVm: false })
    expect(more.reasons[0]).toBe("Docker reports the host's 16 GiB, but this job may use only 8 GiB: the plan uses 8 GiB.")
    expect(plan(machine({ totalGiB: 8, docker: docker(8) }), request()).reasons[0]).toBe(
      '1 GiB is kept for the OS and the runner (10 % of 8 GiB, between 1 and 8 GiB).'
    )
  })

  test('no Docker engine: the plan assumes the machine, and says why when it knows', () => {
    const p = plan(machine({ totalGiB: 8 }), request())
    expect(p.engine).toEqual({ bytes: 8 * GiB, source: 'assumed', backend: 'engine', inVm: false })
    expect(p.reasons[0]).toBe("No Docker engine answered (no docker command on PATH): the plan assumes it will get this machine's memory.")
    expect(plan(machine({ totalGiB: 8, dockerAbsentReason: undefined }), request()).reasons[0]).toBe(
      "No Docker engine answered: the plan assumes it will get this machine's memory."
    )
  })

  test('a reserve that takes everything: the problem names both sizes', () => {
    const p = plan(machine({ totalGiB: 16 }), request({ totalMemoryBytes: 300 * MiB }))
    expect(p.problems).toEqual([
      { layer: 'machine', message: 'reserve-memory 1 GiB leaves nothing of the 300 MiB this job has', fix: 'lower reserve-memory below 300 MiB' }
    ])
  })

  test.each([
    // [logical CPUs, cgroup quota, cpuset, expected CPUs, from]
    [8, 2.5, null, 2, 'cgroup-quota'],
    [8, 0.5, null, 1, 'cgroup-quota'],
    [8, 8, null, 8, 'cpus'],
    [8, 6, 3, 3, 'cpuset'],
    [8, null, 8, 8, 'cpus'],
    [8, null, 0, 8, 'cpus'],
    [8, 2, 3, 2, 'cgroup-quota']
  ] as const)('%i CPUs, quota %p, cpuset %p: %i CPUs (%s)', (logical, cpuQuota, cpusetCount, cpus, cpusSource) => {
    const { machine: m } = machineLayer(machine({ cpus: { logical }, cgroup: jobCgroup({ memoryLimitBytes: 64 * GiB, cpuQuota, cpusetCount }) }), request())
    expect(m).toMatchObject({ cpus, cpusSource })
  })

  test('a starved build: the fix names the containers when there are some, else the reserve', () => {
    const reserve = plan(machine({ totalGiB: 16 }), request({ reserveMemoryBytes: 16 * GiB - 100 * MiB }))
    expect(reserve.problems).toEqual([
      {
        layer: 'build',
        message: 'only 100 MiB is left for the build once containers (0 B) and the reserve (15.9 GiB) are taken',
        fix: 'use a larger runner or a smaller reserve-memory'
      }
    ])
    expect(reserve.reasons).toContain('Containers and the reserve leave 100 MiB, so the build gets that.')
    const ollama = plan(
      machine({ totalGiB: 8, docker: docker(8, { backend: 'docker-desktop', inVm: true }) }),
      request({ ollama: model('mistral:7b'), onInsufficient: 'warn' })
    )
    expect(ollama.adjustments).toEqual([])
    expect(ollama.problems).toEqual([
      {
        layer: 'build',
        message: 'only 0 B is left for the build once containers (7 GiB) and the reserve (1 GiB) are taken',
        fix: 'give the containers less memory or use a larger runner'
      }
    ])
  })

  test('the profile within the room: no sentence about the room when the profile fits it', () => {
    const p = plan(machine({ totalGiB: 16 }), request())
    expect(p.reasons.join('\n')).not.toMatch(/leave/)
  })

  test('build-memory as a percentage or a size: where the limit came from, in its words', () => {
    const percent = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'percent', percent: 25 } }))
    expect(percent.build).toMatchObject({ bytes: 3.75 * GiB, source: 'percent' })
    expect(percent.reasons).toContain('build-memory 25% of the 15 GiB available now is 3.75 GiB.')
    const size = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 4 * GiB } }))
    expect(size.build).toMatchObject({ bytes: 4 * GiB, source: 'size' })
    expect(size.reasons).toContain('build-memory 4 GiB was given.')
  })

  test('a build limit larger than the room: a problem with three ways out, or lowered under downgrade', () => {
    const big = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 15 * GiB } }))
    expect(big.problems).toEqual([
      {
        layer: 'build',
        message: 'build-memory 15 GiB is more than the 14.4 GiB this machine can give a build (16 GiB less 1.6 GiB reserve)',
        fix: 'set build-memory to at most 14.4 GiB, leave it empty for the balanced profile (8 GiB), or use a machine with at least 16.7 GiB; the smallest GitHub-hosted runner with that is a larger runner with 8 CPUs (32 GB)'
      }
    ])
    const lowered = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 15 * GiB }, onInsufficient: 'downgrade' }))
    expect(lowered.status).toBe('ok')
    expect(lowered.adjustments).toEqual(['build-memory 15 GiB does not fit in the 14.4 GiB left: lowered to 14.4 GiB.'])
  })

  test('a given build limit against the known peak: below it a problem, between it and its headroom a note', () => {
    const knownPeak = { key: 'app', bytes: 3 * GiB, runs: 2 }
    const below = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 2 * GiB }, knownPeak }))
    expect(below.problems).toEqual([
      {
        layer: 'build',
        message: 'build-memory 2 GiB is below the 3 GiB this build peaked at before (app)',
        fix: 'set build-memory to at least 3.75 GiB, or leave it empty to plan from the history'
      }
    ])
    const short = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 3.5 * GiB }, knownPeak }))
    expect(short.status).toBe('ok')
    expect(short.reasons).toContain('build-memory 3.5 GiB holds the known peak but less than the planned headroom; 3.75 GiB would hold it all.')
    const enough = plan(machine({ totalGiB: 16 }), request({ buildMemory: { kind: 'bytes', bytes: 3.75 * GiB }, knownPeak }))
    expect(enough.reasons.join('\n')).not.toMatch(/headroom;/)
  })

  test('an engine too small for the containers: in a VM, resize it; on a runner, a larger runner', () => {
    const vm = plan(
      machine({ totalGiB: 16, docker: docker(6, { backend: 'docker-desktop', inVm: true }) }),
      request({ ollama: model('qwen2.5:7b'), onInsufficient: 'warn' })
    )
    expect(vm.problems[0]).toEqual({
      layer: 'engine',
      message: "container ollama needs 10 GiB but Docker's engine has 6 GiB",
      fix: "give Docker's VM at least 12 GiB (docker-memory resize --memory 12g, or on-insufficient: resize)"
    })
    const runner = plan(machine({ totalGiB: 16 }), request({ containers: [{ name: 'db', bytes: 15 * GiB - 100 * MiB }] }))
    expect(runner.problems).toEqual([
      {
        layer: 'engine',
        message: 'containers need 14.9 GiB together but only 14.4 GiB is usable (16 GiB less 1.6 GiB reserve)',
        fix: 'use a runner with more memory (at least 16.9 GiB) or smaller container limits'
      }
    ])
    // on-insufficient: downgrade is suggested only where it can help: an Ollama model with a
    // smaller one, and downgrade not on already.
    const small = machine({ totalGiB: 8, docker: docker(6, { backend: 'docker-desktop', inVm: true }) })
    expect(plan(small, request({ ollama: model('qwen2.5:7b'), onInsufficient: 'warn' })).problems[0]).toEqual({
      layer: 'engine',
      message: "container ollama needs 10 GiB but Docker's engine has 6 GiB",
      fix: 'this machine has 8 GiB, less than the 12 GiB Docker would need: use a larger machine, smaller container limits, or on-insufficient: downgrade (a smaller Ollama model)'
    })
    const tiny = machine({ totalGiB: 4, docker: docker(4, { backend: 'docker-desktop', inVm: true }) })
    expect(plan(tiny, request({ ollama: model('phi3:mini'), onInsufficient: 'warn' })).problems[0]).toEqual({
      layer: 'engine',
      message: "container ollama needs 5 GiB but Docker's engine has 4 GiB",
      fix: 'this machine has 4 GiB, less than the 7 GiB Docker would need: use a larger machine or smaller container limits'
    })
    // Downgrade on already, and no model fits beside db's 12 GiB: not suggested again.
    const on = plan(
      machine({ totalGiB: 32, docker: docker(16, { backend: 'docker-desktop', inVm: true }) }),
      request({ containers: [{ name: 'db', bytes: 12 * GiB }], ollama: model('qwen2.5:7b'), onInsufficient: 'downgrade' })
    )
    expect(on.ollama).toMatchObject({ model: 'qwen2.5:7b', choice: 'explicit' })
    expect(on.problems[0].fix).toBe("give Docker's VM at least 24 GiB (docker-memory resize --memory 24g, or on-insufficient: resize)")
    expect(
      plan(machine({ totalGiB: 16 }), request({ containers: [{ name: 'db', bytes: 12 * GiB }], ollama: model('qwen2.5:7b'), onInsufficient: 'downgrade' }))
        .problems[0].fix
    ).toBe('use a runner with more memory (at least 24 GiB) or smaller container limits')
    // A VM that needs all of the machine can still be resized to it.
    expect(
      plan(machine({ totalGiB: 12, docker: docker(6, { backend: 'docker-desktop', inVm: true }) }), request({ containers: [{ name: 'db', bytes: 10 * GiB }] }))
        .problems[0].fix
    ).toBe("give Docker's VM at least 12 GiB (docker-memory resize --memory 12g, or on-insufficient: resize)")
    // A container exactly the engine's size fits the engine; with the reserve, not the usable part.
    expect(
      plan(machine({ totalGiB: 16, docker: docker(6, { backend: 'docker-desktop', inVm: true }) }), request({ containers: [{ name: 'db', bytes: 6 * GiB }] }))
        .problems[0].message
    ).toBe('containers need 6 GiB together but only 5 GiB is usable (6 GiB less 1 GiB reserve)')
    const onRunner = plan(machine({ totalGiB: 8 }), request({ ollama: model('qwen2.5:7b'), onInsufficient: 'warn' }))
    expect(onRunner.problems[0].fix).toBe(
      'use a runner with more memory (at least 12 GiB), smaller container limits, or on-insufficient: downgrade (a smaller Ollama model)'
    )
  })
})

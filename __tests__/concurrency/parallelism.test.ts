import { describe, expect, test } from '@jest/globals'
import { buildkitdConfig, configuredParallelism, highestPerStep, planParallelism, type StepPeak } from '../../src/core/plan/parallelism.js'

const MiB = 1024 * 1024
const GiB = 1024 * MiB
const step = (instruction: string, mib: number, platform: string | null = null): StepPeak => ({ instruction, platform, bytes: mib * MiB })

describe('max-parallelism', () => {
  test('four measured 80 MiB steps under 200 MiB: two at once, a third would not fit', () => {
    const steps = ['a', 'b', 'c', 'd'].map((t) => step(`[${t} 3/3] RUN head -c 80m /dev/zero | tail`, 82))
    const p = planParallelism({ buildBytes: 200 * MiB, memoryPerJobBytes: 2 * GiB, platforms: 1, steps, cpus: 4 })
    expect(p.maxParallelism).toBe(2)
    expect(p.source).toBe('history')
    expect(p.together).toEqual([82 * MiB, 82 * MiB])
    expect(p.reasons[0]).toMatch(/one more \(82 MiB\) would not/)
  })

  test('the heaviest steps are counted first, whatever order history gives them in', () => {
    const steps = [step('small', 10), step('big', 150), step('mid', 40)]
    const p = planParallelism({ buildBytes: 195 * MiB, memoryPerJobBytes: GiB, platforms: 1, steps, cpus: 8 })
    expect(p.together).toEqual([150 * MiB, 40 * MiB])
    expect(p.maxParallelism).toBe(2)
  })

  test('when every measured step fits at once, more of the heaviest may join', () => {
    const p = planParallelism({ buildBytes: GiB, memoryPerJobBytes: GiB, platforms: 1, steps: [step('a', 100), step('b', 50)], cpus: 8 })
    // 150 MiB used, 874 MiB left: 8 more of 100 MiB.
    expect(p.maxParallelism).toBe(10)
  })

  test('a step above the limit alone still gets one at a time, never 0', () => {
    const p = planParallelism({ buildBytes: 100 * MiB, memoryPerJobBytes: GiB, platforms: 1, steps: [step('huge', 300)], cpus: 2 })
    expect(p.maxParallelism).toBe(1)
    expect(p.reasons[0]).toMatch(/alone exceeds/)
  })

  test('without history: the build limit over memory-per-job', () => {
    const p = planParallelism({ buildBytes: 8 * GiB, memoryPerJobBytes: 2 * GiB, platforms: 1, steps: [], cpus: 4 })
    expect(p).toMatchObject({ maxParallelism: 4, source: 'memory-per-job', jobs: 4 })
    expect(planParallelism({ buildBytes: GiB, memoryPerJobBytes: 2 * GiB, platforms: 1, steps: [], cpus: 4 }).maxParallelism).toBe(1)
  })

  test('platforms share the jobs: two platforms halve make -j, not below 1', () => {
    const one = planParallelism({ buildBytes: 8 * GiB, memoryPerJobBytes: 2 * GiB, platforms: 1, steps: [], cpus: 4 })
    const two = planParallelism({ buildBytes: 8 * GiB, memoryPerJobBytes: 2 * GiB, platforms: 2, steps: [], cpus: 4 })
    expect(one.jobs).toBe(4)
    expect(two.jobs).toBe(2)
    expect(two.reasons[1]).toMatch(/shared by the 2 platforms/)
    // max-parallelism 1 runs the platforms' copies one after another: the whole limit for each.
    const serial = planParallelism({ buildBytes: 3 * GiB, memoryPerJobBytes: 2 * GiB, platforms: 2, steps: [], cpus: 4 })
    expect(serial).toMatchObject({ maxParallelism: 1, jobs: 1 })
  })
})

// The reasons are what the plan prints under "parallelism": each sentence in full, at the
// edges where it changes (a sum that meets the limit exactly, a step exactly the limit).
describe('the reasons, as printed', () => {
  const plan = (buildMiB: number, stepsMiB: number[], cpus = 4, perJobMiB = 1024, platforms = 1) =>
    planParallelism({ buildBytes: buildMiB * MiB, memoryPerJobBytes: perJobMiB * MiB, platforms, steps: stepsMiB.map((m, i) => step(`s${i}`, m)), cpus })

  test('some of the measured steps fit: which, and the next that would not', () => {
    expect(plan(200, [82, 82, 82, 82]).reasons[0]).toBe(
      'max-parallelism 2: the 2 heaviest of the 4 measured steps (82 MiB + 82 MiB) fit the 200 MiB build limit together; one more (82 MiB) would not.'
    )
  })

  test('steps that add up to the limit exactly all fit, with no room for more', () => {
    const p = plan(200, [100, 100])
    expect(p.maxParallelism).toBe(2)
    expect(p.reasons[0]).toBe('max-parallelism 2: the 2 measured steps (100 MiB + 100 MiB) fit the 200 MiB build limit together.')
  })

  test('room left after every measured step: more of the heaviest, counted', () => {
    expect(plan(1024, [50, 100]).reasons[0]).toBe(
      'max-parallelism 10: the 2 measured steps (100 MiB + 50 MiB) and 8 more of 100 MiB fit the 1 GiB build limit together.'
    )
    expect(plan(1024, [300]).reasons[0]).toBe('max-parallelism 3: the one measured step (300 MiB) and 2 more of 300 MiB fit the 1 GiB build limit together.')
  })

  test('one at a time: a step that fills the limit exactly leaves no room; one above it exceeds it alone', () => {
    expect(plan(200, [200, 10]).reasons[0]).toBe(
      'max-parallelism 1: the heaviest measured step (200 MiB) leaves no room for another in the 200 MiB build limit.'
    )
    expect(plan(200, [201]).reasons[0]).toBe('max-parallelism 1: the heaviest measured step (201 MiB) alone exceeds the 200 MiB build limit.')
  })

  test('make -j: one per CPU when memory holds more, fewer when it holds less, one when it holds none', () => {
    expect(plan(8192, [], 4, 2048).reasons).toEqual([
      'max-parallelism 4: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 8 GiB holds 4.',
      '4 parallel jobs: one per CPU (4), and 8 GiB holds 4 at 2 GiB each.'
    ])
    expect(plan(8192, [], 1, 2048).reasons[1]).toBe('1 parallel job: one per CPU (1), and 8 GiB holds 4 at 2 GiB each.')
    expect(plan(6144, [], 8, 2048).reasons[1]).toBe('3 parallel jobs: 6 GiB holds 3 at 2 GiB each, fewer than the 8 CPUs.')
    expect(plan(1024, [], 4, 2048).reasons[1]).toBe('1 parallel job: 1 GiB holds less than one job at 2 GiB each, fewer than the 4 CPUs.')
    expect(plan(8192, [], 8, 2048, 2).reasons[1]).toBe(
      "2 parallel jobs: 8 GiB shared by the 2 platforms' copies of a step running at once holds 2 at 2 GiB each, fewer than the 8 CPUs."
    )
  })
})

describe('buildkitd.toml', () => {
  test('the config BuildKit reads', () => {
    expect(buildkitdConfig(2)).toBe('[worker.oci]\n  max-parallelism = 2\n')
    expect(configuredParallelism(buildkitdConfig(3))).toBe(3)
  })
  test.each([
    ['debug = true\n[worker.oci]\n  gc = true\n  max-parallelism = 4 # ours\n', 4],
    ['[worker.containerd]\n  max-parallelism = 4\n', null],
    ['worker.oci.max-parallelism = 5\n', 5],
    ['', null],
    ['[worker.oci]\n  enabled = true\n', null],
    // An array value on a line of its own is not a table header.
    ['[worker.oci]\n  platforms = [ "linux/amd64", "linux/arm64" ]\n  max-parallelism = 6\n', 6],
    // Spaces and quotes inside a header name the same table.
    ['[ worker . "oci" ]\nmax-parallelism=7\n', 7],
    ['[worker.oci]\nmax-parallelism = 16\n', 16],
    // Keys after an array of tables are that table's (BuildKit's own example config has gcpolicy ones).
    ['[worker.oci]\n  gc = true\n[[worker.oci.gcpolicy]]\n  keepBytes = 512000000\n  max-parallelism = 3\n', null],
    ['[[worker.oci.gcpolicy]]\n  all = true\n[worker.oci]\n  max-parallelism = 8\n', 8],
    // At the top level, only the dotted key is the OCI worker's.
    ['max-parallelism = 4\n', null],
    ['worker.containerd.max-parallelism = 4\n', null]
  ])('%j reads as %p', (toml, n) => expect(configuredParallelism(toml)).toBe(n))
})

test('per step, the highest of the runs is kept, apart per platform', () => {
  const got = highestPerStep([[step('RUN make', 100, 'linux/amd64'), step('RUN make', 120, 'linux/arm64')], [step('RUN make', 140, 'linux/amd64')]])
  expect(got).toEqual([step('RUN make', 140, 'linux/amd64'), step('RUN make', 120, 'linux/arm64')])
})

test('per step: a later, lower run does not replace a higher one, and each instruction is kept apart', () => {
  const got = highestPerStep([
    [step('RUN make', 140), step('RUN test', 30)],
    [step('RUN make', 90), step('RUN test', 40)]
  ])
  expect(got).toEqual([step('RUN make', 140), step('RUN test', 40)])
})

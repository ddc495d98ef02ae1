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
    ['[worker.oci]\n  enabled = true\n', null]
  ])('%j reads as %p', (toml, n) => expect(configuredParallelism(toml)).toBe(n))
})

test('per step, the highest of the runs is kept, apart per platform', () => {
  const got = highestPerStep([[step('RUN make', 100, 'linux/amd64'), step('RUN make', 120, 'linux/arm64')], [step('RUN make', 140, 'linux/amd64')]])
  expect(got).toEqual([step('RUN make', 140, 'linux/amd64'), step('RUN make', 120, 'linux/arm64')])
})

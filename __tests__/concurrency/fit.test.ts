import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/core/errors.js'
import { fitOf, fitSentence, parseRunnerLabels, smallestLabelFor } from '../../src/core/plan/fit.js'
import { fitAfterBuild, plan } from '../../src/core/plan/plan.js'
import { formatEnvFile, planEnv, planJson, planOutputs } from '../../src/core/publish.js'
import { planSummary } from '../../src/core/render/summary.js'
import { GiB, MiB } from '../../src/core/units.js'
import { machine, request } from '../helpers/machine.js'

const labels = parseRunnerLabels('ubuntu-latest=14.9g\nbig-8=29.8g, huge=59.6g')
const steps = ['a', 'b', 'c', 'd'].map((t) => ({ instruction: `[${t} 3/3] RUN head -c 80m /dev/zero | tail`, platform: 'linux/amd64', bytes: 82 * MiB }))

describe('runner-labels', () => {
  test('sorted smallest first', () => {
    expect(parseRunnerLabels('huge=59.6g\nubuntu-latest=14.9g').map((r) => r.label)).toEqual(['ubuntu-latest', 'huge'])
  })
  test.each([
    ['ubuntu-latest', /is not label=size/],
    ['a b=1g', /is not label=size/],
    ['x=1g\nx=2g', /names "x" twice/],
    ['ubuntu=16 GB', /is not label=size/],
    ['$(id)=1g', /is not a runner label/]
  ])('%j is refused', (text, message) => {
    expect(() => parseRunnerLabels(text)).toThrow(InputError)
    expect(() => parseRunnerLabels(text)).toThrow(message)
  })
})

describe('fits, needs-memory and larger-runner', () => {
  test('no peak known: all three empty', () => {
    const p = plan(machine({ totalGiB: 15.6 }), request({ runnerLabels: labels }))
    expect(planOutputs(p)).toMatchObject({ fits: '', 'needs-memory': '', 'larger-runner': '' })
    expect(planEnv(p)).not.toHaveProperty('DOCKER_MEMORY_FITS')
  })

  test('a known 20 GiB peak does not fit a 16 GB runner: the 8-core one holds it', () => {
    const p = plan(machine({ totalGiB: 14.9 }), request({ runnerLabels: labels, knownPeak: { key: 'app', bytes: 20 * GiB, runs: 1 }, onInsufficient: 'warn' }))
    const out = planOutputs(p)
    expect(out.fits).toBe('false')
    // 20 GiB + 5 GiB headroom, and the default reserve of a machine that size (10 %).
    expect(Number(out['needs-memory'])).toBeGreaterThan(25 * GiB)
    expect(Number(out['needs-memory'])).toBeLessThan(29.8 * GiB)
    expect(out['larger-runner']).toBe('big-8')
    expect(planSummary(p, machine({ totalGiB: 14.9 }))).toContain('Does NOT fit this runner')
  })

  test('a small known peak fits', () => {
    const p = plan(machine({ totalGiB: 14.9 }), request({ runnerLabels: labels, knownPeak: { key: 'app', bytes: 2 * GiB, runs: 3 } }))
    expect(planOutputs(p)).toMatchObject({ fits: 'true', 'larger-runner': 'ubuntu-latest' })
  })

  test('a killed build never fits, and its peak (the limit it hit) raises what it needs', () => {
    const p = plan(machine({ totalGiB: 14.9 }), request({ runnerLabels: labels }))
    const after = fitAfterBuild(p, p.build.bytes, true)
    expect(after).toMatchObject({ fits: false, source: 'build' })
    // The profile gave half the runner: the limit plus headroom still fits a runner of this size, planned from history.
    expect(after.needsMemoryBytes).toBeGreaterThan(p.build.bytes * 1.25)
    expect(after.largerRunner).toBe('ubuntu-latest')
    expect(fitAfterBuild(p, 100 * MiB, false).fits).toBe(true)
  })

  test('killed at a limit the runner cannot raise: the larger runner', () => {
    const p = plan(machine({ totalGiB: 14.9 }), request({ runnerLabels: labels, buildMemory: { kind: 'bytes', bytes: 12 * GiB } }))
    const after = fitAfterBuild(p, 12 * GiB, true)
    expect(after.needsMemoryBytes).toBeGreaterThan(14.9 * GiB)
    expect(after.largerRunner).toBe('big-8')
  })
})

describe('max-parallelism in every output', () => {
  const p = plan(
    machine({ totalGiB: 14.9 }),
    request({ buildMemory: { kind: 'bytes', bytes: 200 * MiB }, knownPeak: { key: 'bake', bytes: 190 * MiB, runs: 1, steps } })
  )

  test('outputs, env and JSON', () => {
    expect(planOutputs(p)).toMatchObject({ 'max-parallelism': '2', 'buildkitd-config': '[worker.oci]\n  max-parallelism = 2\n' })
    expect(formatEnvFile(planEnv(p))).toContain('DOCKER_MEMORY_MAX_PARALLELISM=2\n')
    expect(planJson(p)).toMatchObject({ maxParallelism: 2, buildkitdConfig: '[worker.oci]\n  max-parallelism = 2\n', parallelism: { source: 'history' } })
  })

  test('the summary shows the config and the chart of why: 2 fit, a third would not', () => {
    const md = planSummary(p, machine({ totalGiB: 14.9 }))
    expect(md).toContain('**max-parallelism 2** from each step')
    expect(md).toContain('  max-parallelism = 2')
    expect(md).toContain('x-axis "steps running at once" ["1", "2", "3 (too many)"]')
    expect(md).toContain('bar [82, 164, 246]')
    expect(md).toContain('line [200, 200, 200]')
  })

  test('platforms share jobs', () => {
    const two = plan(machine({ totalGiB: 14.9 }), request({ cpus: 4, platforms: ['linux/amd64', 'linux/arm64'] }))
    const one = plan(machine({ totalGiB: 14.9 }), request({ cpus: 4 }))
    expect(two.jobs).toBeLessThan(one.jobs)
    expect(two.parallelism.platforms).toEqual(['linux/amd64', 'linux/arm64'])
  })
})

describe('the fit in one sentence, and the runner chosen', () => {
  const labels = parseRunnerLabels('ubuntu-latest=15g\nubuntu-8-cores=31g # the larger one\nubuntu-16-cores=62g')

  test('the smallest label with at least the need, exactly at its size too', () => {
    expect(smallestLabelFor(labels, 20 * GiB)?.label).toBe('ubuntu-8-cores')
    expect(smallestLabelFor(labels, 31 * GiB)?.label).toBe('ubuntu-8-cores')
    expect(smallestLabelFor(labels, 31 * GiB + 1)?.label).toBe('ubuntu-16-cores')
    expect(smallestLabelFor(labels, 63 * GiB)).toBeNull()
    // Unsorted input is sorted, and the caller's list is left as it was.
    const unsorted = [labels[2], labels[0]]
    expect(smallestLabelFor(unsorted, GiB)?.label).toBe('ubuntu-latest')
    expect(unsorted.map((l) => l.label)).toEqual(['ubuntu-16-cores', 'ubuntu-latest'])
  })

  test('a comment after a label is not part of its size; a bad size names the label', () => {
    expect(labels.map((l) => [l.label, l.bytes / GiB])).toEqual([
      ['ubuntu-latest', 15],
      ['ubuntu-8-cores', 31],
      ['ubuntu-16-cores', 62]
    ])
    expect(() => parseRunnerLabels('big=lots')).toThrow('runner-labels size for big "lots" is not a size')
    expect(() => parseRunnerLabels('big =x= 4g')).toThrow(InputError)
  })

  test('nothing known', () => {
    const none = fitOf(null, labels, 'history')
    expect(none).toEqual({ fits: null, needsMemoryBytes: null, largerRunner: null, source: 'none' })
    expect(fitSentence(none, labels)).toBe('No peak is known yet, so whether the build fits this runner is not known (fits is empty).')
  })

  test('each case says where the peak came from, whether it fits, and which runner would', () => {
    const need = (bytes: number, fits: boolean, source: 'build' | 'history') => fitOf({ fits, requiredTotalBytes: bytes }, labels, source)
    expect(fitSentence(need(20 * GiB, false, 'build'), labels)).toBe(
      'From the peak of this build, the build needs a machine with 20 GiB: it does NOT fit this runner; the smallest of runner-labels that has it is ubuntu-8-cores.'
    )
    expect(fitSentence(need(8 * GiB, true, 'history'), labels)).toBe(
      'From the peak of earlier runs, the build needs a machine with 8 GiB: it fits this runner; the smallest of runner-labels that has it is ubuntu-latest.'
    )
    expect(fitSentence(need(100 * GiB, false, 'history'), labels)).toBe(
      'From the peak of earlier runs, the build needs a machine with 100 GiB: it does NOT fit this runner; none of runner-labels (largest ubuntu-16-cores, 62 GiB) has it.'
    )
    expect(fitSentence(fitOf({ fits: false, requiredTotalBytes: 20 * GiB }, [], 'build'), [])).toBe(
      'From the peak of this build, the build needs a machine with 20 GiB: it does NOT fit this runner; no runner-labels were given to choose a larger one from.'
    )
  })
})

import { describe, expect, test } from '@jest/globals'
import {
  attributeStepPeaks,
  commandLine,
  historySteps,
  stepCgroupParent,
  stepPeaksOf,
  stepPeaksSentence,
  stepPlatform,
  type StepCgroup
} from '../../../src/core/build/step-peaks.js'
import { cgroupsDuring, parseStepsFile, stepsFileName, stepsFileText } from '../../../src/core/build/step-cgroups.js'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import type { BuildStep } from '../../../src/core/explain/log/types.js'
import { formatSize } from '../../../src/core/units.js'

const MiB = 1024 * 1024

/** A plain log of a build with four stages, as BuildKit v0.32 prints it. */
const FOUR_STAGES = [
  '#1 [internal] load build definition from Dockerfile',
  '#1 DONE 0.0s',
  '#5 [base 2/2] RUN ["/bin/busybox", "--install", "-s", "/bin"]',
  '#5 DONE 0.1s',
  '#6 [a 1/1] RUN sleep 0; { head -c 80m /dev/zero; sleep 3; } | tail > /dev/null && echo a > /a',
  '#7 [b 1/1] RUN sleep 0.5; { head -c 80m /dev/zero; sleep 3; } | tail > /dev/null && echo b > /b',
  '#6 DONE 3.9s',
  '#7 DONE 4.4s',
  ''
].join('\n')

function cgroup(id: string, command: string | null, peakMiB: number, firstMs = 0, lastMs = 1000): StepCgroup {
  return { id, command, peakBytes: peakMiB * MiB, firstMs, lastMs }
}

function step(name: string, instruction: string, span: { start: number; end: number | null } = { start: 0, end: null }): BuildStep {
  return {
    id: name,
    name,
    stage: null,
    index: null,
    total: null,
    instruction,
    durationMs: null,
    result: 'done',
    killedLines: 0,
    signals: [],
    error: null,
    exitCode: null,
    containerId: null,
    span,
    target: null,
    inferred: false
  }
}

describe('attributeStepPeaks', () => {
  const steps = analyzeBuildLog(FOUR_STAGES).steps

  test("a shell-form RUN is tied to its step by the shell's command line, an exec-form one by its arguments", () => {
    const r = attributeStepPeaks(
      [
        cgroup('s1', '/bin/sh -c sleep 0; { head -c 80m /dev/zero; sleep 3; } | tail > /dev/null && echo a > /a', 84),
        cgroup('s2', '/bin/sh -c sleep 0.5; { head -c 80m /dev/zero; sleep 3; } | tail > /dev/null && echo b > /b', 83),
        cgroup('s0', '/bin/busybox --install -s /bin', 2)
      ],
      steps,
      { timed: false }
    )
    expect(r.unattributed).toEqual([])
    expect(r.steps).toEqual([
      {
        instruction: '[a 1/1] RUN sleep 0; { head -c 80m /dev/zero; sleep 3; } | tail > /dev/null && echo a > /a',
        platform: null,
        bytes: 84 * MiB,
        cgroups: 1
      },
      {
        instruction: '[b 1/1] RUN sleep 0.5; { head -c 80m /dev/zero; sleep 3; } | tail > /dev/null && echo b > /b',
        platform: null,
        bytes: 83 * MiB,
        cgroups: 1
      },
      { instruction: '[base 2/2] RUN ["/bin/busybox", "--install", "-s", "/bin"]', platform: null, bytes: 2 * MiB, cgroups: 1 }
    ])
  })

  test('a command no step runs, or none read, is unattributed with no candidate', () => {
    const r = attributeStepPeaks([cgroup('x', '/bin/sh -c make', 50), cgroup('y', null, 10)], steps, { timed: false })
    expect(r.steps).toEqual([])
    expect(r.unattributed).toEqual([
      { bytes: 50 * MiB, command: '/bin/sh -c make', candidates: [] },
      { bytes: 10 * MiB, command: null, candidates: [] }
    ])
  })

  test('two platforms running the same command are not told apart without times: both are named, none is guessed', () => {
    const two = [step('[linux/amd64 build 2/2] RUN make', 'RUN make'), step('[linux/arm64 build 2/2] RUN make', 'RUN make')]
    const r = attributeStepPeaks([cgroup('x', '/bin/sh -c make', 300)], two, { timed: false })
    expect(r.steps).toEqual([])
    expect(r.unattributed).toEqual([{ bytes: 300 * MiB, command: '/bin/sh -c make', candidates: two.map((s) => s.name) }])
  })

  test("with the log's times (rawjson), the step that ran while the cgroup lived is the one", () => {
    const two = [
      step('[linux/amd64 build 2/2] RUN make', 'RUN make', { start: 10_000, end: 20_000 }),
      step('[linux/arm64 build 2/2] RUN make', 'RUN make', { start: 30_000, end: 40_000 })
    ]
    const r = attributeStepPeaks([cgroup('x', '/bin/sh -c make', 300, 31_000, 39_000), cgroup('y', '/bin/sh -c make', 200, 11_000, 19_500)], two, {
      timed: true
    })
    expect(r.unattributed).toEqual([])
    expect(r.steps).toEqual([
      { instruction: '[linux/arm64 build 2/2] RUN make', platform: 'linux/arm64', bytes: 300 * MiB, cgroups: 1 },
      { instruction: '[linux/amd64 build 2/2] RUN make', platform: 'linux/amd64', bytes: 200 * MiB, cgroups: 1 }
    ])
    // Overlapping in time too: still not guessed.
    const both = attributeStepPeaks([cgroup('z', '/bin/sh -c make', 300, 15_000, 35_000)], two, { timed: true })
    expect(both.unattributed[0].candidates).toHaveLength(2)
  })

  test("a step's peak is the highest of its cgroups, and mount flags do not hide the command", () => {
    const one = [step('[build 3/3] RUN --mount=type=cache,target=/root/.cache make -j4', 'RUN --mount=type=cache,target=/root/.cache make -j4')]
    const r = attributeStepPeaks([cgroup('x', '/bin/sh -c make -j4', 100), cgroup('y', '/bin/sh -c make  -j4', 140)], one, { timed: false })
    expect(r.steps).toEqual([{ instruction: one[0].name, platform: null, bytes: 140 * MiB, cgroups: 2 }])
  })
})

describe('the parts', () => {
  test('paths, command lines and platforms', () => {
    expect(stepCgroupParent('/sys/fs/cgroup/memory/docker/buildx/abc/')).toBe('/sys/fs/cgroup/memory/docker/buildx/abc/buildkit')
    expect(commandLine('/bin/sh\0-c\0make -j4\0')).toBe('/bin/sh -c make -j4')
    expect(commandLine('')).toBeNull()
    expect(stepPlatform(step('[linux/arm/v7 build 1/2] RUN make', 'RUN make'))).toBe('linux/arm/v7')
    expect(stepPlatform(step('[build 1/2] RUN make', 'RUN make'))).toBeNull()
  })

  test('what the report says where step cgroups could not be seen, and what history keeps', () => {
    const unseen = stepPeaksOf({ unseen: 'the cgroup is not on this host' }, { format: 'plain', steps: [] })
    expect(unseen).toEqual({ seen: false, reason: 'the cgroup is not on this host' })
    expect(stepPeaksSentence(unseen, 200 * MiB, formatSize)).toBe(
      "Per-step peaks not measured: the cgroup is not on this host; the build's peak (200 MiB, all steps together) stands for them."
    )
    expect(historySteps(unseen)).toEqual([])
    const seen = stepPeaksOf(
      { parent: '/p/buildkit', cgroups: [cgroup('x', '/bin/sh -c make', 100), cgroup('y', '/bin/sh -c other', 5)] },
      { format: 'plain', steps: [step('[build 2/2] RUN make', 'RUN make')] }
    )
    expect(historySteps(seen)).toEqual([{ instruction: '[build 2/2] RUN make', platform: null, bytes: 100 * MiB }])
    expect(stepPeaksSentence(seen, 200 * MiB, formatSize)).toBe(
      'Per-step peaks: 1 step measured (heaviest: [build 2/2] RUN make 100 MiB); 1 not tied to one step.'
    )
  })
})

describe("the sampler's steps file", () => {
  test('round-trips, skips torn lines, and gives a build the cgroups that lived within its stretch', () => {
    const cgroups = [
      cgroup('early', '/bin/sh -c a', 5, 1_000, 2_000),
      cgroup('during', '/bin/sh -c "b"\tc', 80, 10_500, 14_000),
      cgroup('late', null, 7, 30_000, 31_000)
    ]
    const text = stepsFileText(cgroups)
    expect(parseStepsFile(text)).toEqual(cgroups)
    expect(parseStepsFile(`${text}{"id":"torn","firstMs":1`)).toEqual(cgroups)
    expect(parseStepsFile('{"id":"x","firstMs":1,"lastMs":2,"peakBytes":"big","command":null}\nnot json\n')).toEqual([])
    expect(stepsFileText([])).toBe('')
    expect(cgroupsDuring(cgroups, 11_000, 15_000).map((c) => c.id)).toEqual(['during'])
    expect(cgroupsDuring(cgroups, Number.NaN, 15_000)).toEqual([])
    expect(stepsFileName('/tmp/x/memory-abc.tsv')).toBe('/tmp/x/memory-abc.tsv.steps')
  })
})

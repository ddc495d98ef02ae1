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

describe('which step a cgroup belongs to, at the edges', () => {
  const at = (name: string, start: number, end: number | null) => step(name, 'RUN make', { start, end })
  const amdArm = (end: number | null = 20_000) => [at('[linux/amd64 build 2/2] RUN make', 10_000, end), at('[linux/arm64 build 2/2] RUN make', 60_000, 70_000)]
  const owner = (firstMs: number, lastMs: number, steps = amdArm(), slackMs?: number) =>
    attributeStepPeaks([cgroup('x', '/bin/sh -c make', 10, firstMs, lastMs)], steps, { timed: true, slackMs }).steps.map((s) => s.platform)

  test('a cgroup that lived up to the slack (2 s by default) before a step started or after it ended is that step’s; a millisecond more is not', () => {
    expect(owner(22_000, 23_000)).toEqual(['linux/amd64'])
    expect(owner(22_001, 23_000)).toEqual([])
    expect(owner(5_000, 8_000)).toEqual(['linux/amd64'])
    expect(owner(5_000, 7_999)).toEqual([])
    expect(owner(20_500, 21_000, amdArm(), 500)).toEqual(['linux/amd64'])
    expect(owner(20_501, 21_000, amdArm(), 500)).toEqual([])
    // A step still running at the end of the log runs on for ever.
    expect(owner(50_000, 51_000, amdArm(null))).toEqual(['linux/amd64'])
  })

  test('a lone candidate is taken whatever the clocks say; without times (plain logs) two are never told apart', () => {
    expect(owner(90_000, 91_000, [at('[linux/amd64 build 2/2] RUN make', 10_000, 20_000)])).toEqual(['linux/amd64'])
    const untimed = attributeStepPeaks([cgroup('x', '/bin/sh -c make', 10, 11_000, 12_000)], amdArm(), { timed: false })
    expect(untimed.unattributed[0].candidates).toHaveLength(2)
  })

  test('stepPeaksOf reads times only from a rawjson log', () => {
    const seen = { parent: '/p', cgroups: [cgroup('x', '/bin/sh -c make', 10, 11_000, 12_000)] }
    expect(stepPeaksOf(seen, { format: 'rawjson', steps: amdArm() })).toMatchObject({
      seen: true,
      parent: '/p',
      steps: [{ platform: 'linux/amd64' }],
      unattributed: []
    })
    expect(stepPeaksOf(seen, { format: 'plain', steps: amdArm() })).toMatchObject({ seen: true, steps: [], unattributed: [{ bytes: 10 * MiB }] })
    expect(stepPeaksOf(null, { format: 'plain', steps: [] })).toEqual({
      seen: false,
      reason: "this build's steps ran where no step cgroup is watched (only a builder or BuildKit cgroup on this host is)"
    })
  })

  test('only RUN steps run processes; the instruction is read in any case, its flags and its exec form unwrapped', () => {
    const steps = [
      step('[a 1/6] COPY make .', 'COPY make .'),
      step('[a 2/6] run   echo  lower', 'run   echo  lower'),
      step('[a 3/6] RUN --network=none --security=insecure make all', 'RUN --network=none --security=insecure make all'),
      step('[a 4/6] RUN ["/usr/bin/env", "go", "build"]', 'RUN ["/usr/bin/env", "go", "build"]'),
      step('[a 5/6] RUN ["tool", 1]', 'RUN ["tool", 1]'),
      step('[a 6/6] RUN [not json', 'RUN [not json')
    ]
    const owners = (command: string) => {
      const r = attributeStepPeaks([cgroup('x', command, 1)], steps, { timed: false })
      return r.steps.map((s) => s.instruction)
    }
    expect(owners('COPY make .')).toEqual([])
    expect(owners('/bin/sh -c echo lower')).toEqual(['[a 2/6] run   echo  lower'])
    expect(owners('/bin/sh -c make all')).toEqual(['[a 3/6] RUN --network=none --security=insecure make all'])
    expect(owners('/usr/bin/env go build')).toEqual(['[a 4/6] RUN ["/usr/bin/env", "go", "build"]'])
    expect(owners('["tool", 1]')).toEqual(['[a 5/6] RUN ["tool", 1]'])
    expect(owners('[not json')).toEqual(['[a 6/6] RUN [not json'])
    expect(owners('/bin/sh -c --network=none make all')).toEqual([])
  })

  test('the unattributed come heaviest first, like the steps', () => {
    const r = attributeStepPeaks([cgroup('a', '/bin/sh -c x', 1), cgroup('b', '/bin/sh -c y', 3), cgroup('c', null, 2)], [], { timed: false })
    expect(r.unattributed.map((u) => u.bytes / MiB)).toEqual([3, 2, 1])
  })

  test('a platform is read from the step’s leading brackets only, and has two or three parts', () => {
    expect(stepPlatform(step('build [linux/arm64 x] RUN make', 'RUN make'))).toBeNull()
    expect(stepPlatform(step('[linux/arm64/v8/x build 1/2] RUN make', 'RUN make'))).toBeNull()
    expect(stepPlatform(step('[stage linux/arm64] RUN make', 'RUN make'))).toBe('linux/arm64')
    expect(stepPlatform(step('[Linux/arm64 b 1/2] RUN make', 'RUN make'))).toBeNull()
  })
})

describe('stepPeaksSentence, every case', () => {
  const steps = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      instruction: `[b ${i + 1}/${n}] RUN s${i + 1}`,
      platform: i === 0 ? 'linux/arm64' : null,
      bytes: (10 - i) * MiB,
      cgroups: 1
    }))
  test.each<[string, Parameters<typeof stepPeaksSentence>[0], number | null, string]>([
    ['nothing measured and no build peak', { seen: false, reason: 'no watch' }, null, 'Per-step peaks not measured: no watch; the build has no peak either.'],
    ['no step cgroup appeared', { seen: true, parent: '/p', steps: [], unattributed: [] }, null, "No RUN step's cgroup appeared under /p during the build."],
    [
      'four steps: the three heaviest, with their platform',
      { seen: true, parent: '/p', steps: steps(4), unattributed: [] },
      null,
      'Per-step peaks: 4 steps measured (heaviest: [b 1/4] RUN s1 (linux/arm64) 10 MiB; [b 2/4] RUN s2 9 MiB; [b 3/4] RUN s3 8 MiB).'
    ],
    [
      'only peaks tied to no step',
      { seen: true, parent: '/p', steps: [], unattributed: [{ bytes: MiB, command: null, candidates: [] }] },
      null,
      'Per-step peaks: 0 steps measured; 1 not tied to one step.'
    ]
  ])('%s', (_, peaks, builderPeak, sentence) => {
    expect(stepPeaksSentence(peaks, builderPeak, formatSize)).toBe(sentence)
  })
})

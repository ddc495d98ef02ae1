/**
 * The build's part of the job summary (src/core/explain/summary.ts) line by line: the headline
 * and the fit sentence for each kind of finding, what bound the build, the table, the chart
 * with and without a limit, the plan's line, the annotations, the steps and the kernel's kills.
 * The logs are the captures; the explanations are made by hand where a branch needs one.
 */
import { beforeEach, describe, expect, test } from '@jest/globals'
import type { BuildOutcome } from '../../../src/core/build/outcome.js'
import { analyzeBuildLog, type BuildLogAnalysis } from '../../../src/core/explain/build-log.js'
import type { OomKill } from '../../../src/core/explain/dmesg.js'
import { explainBuild, type Annotation, type Explanation, type FindingKind, type LocatedFinding } from '../../../src/core/explain/explain.js'
import { buildSummary, downsample, killList, MAX_CHART_POINTS, MAX_STEP_ROWS } from '../../../src/core/explain/summary.js'
import { GiB, MiB } from '../../../src/core/units.js'
import { CAPTURED_KILLS as KILLS, OOM_LOG, outcome, PASSED_LOG, runnerPlan } from './helpers.js'

// Read before each test, not once when the file loads: see real-world.test.ts' readAll().
let passed: BuildLogAnalysis
let oom: BuildLogAnalysis
beforeEach(() => {
  passed = analyzeBuildLog(PASSED_LOG)
  oom = analyzeBuildLog(OOM_LOG)
})

function explanation(kinds: FindingKind[], extra: Partial<Explanation> = {}): Explanation {
  const findings: LocatedFinding[] = kinds.map((kind) => ({
    kind,
    step: null,
    kill: null,
    confidence: 'inferred',
    evidence: [],
    memory: null,
    instruction: null
  }))
  return { findings, annotations: [], otherKills: [], fixes: [], ...extra }
}

const paragraphs = (md: string): string[] => md.split('\n\n')

describe('the headline and the fit sentence, for each kind of finding', () => {
  const o = outcome({ enforcement: 'cgroup', limitScope: 'build', limitBytes: 200 * MiB, peakBytes: 150 * MiB, exitCode: 1 })
  test.each<[FindingKind[], string, string]>([
    [['step-oom'], '❌ Docker build ran out of memory', '**It did not fit: OOM-killed, peak 150 MiB (75 % of the limit).**'],
    [['daemon-oom'], '❌ Docker build ran out of memory', '**It did not fit: OOM-killed, peak 150 MiB (75 % of the limit).**'],
    [
      ['step-killed'],
      '❌ Docker build killed (SIGKILL), not known to be memory',
      '**Killed (SIGKILL), not known to be memory, peak 150 MiB (75 % of the limit).**'
    ],
    [
      ['build-killed'],
      '❌ Docker build killed (SIGKILL), not known to be memory',
      '**Killed (SIGKILL), not known to be memory, peak 150 MiB (75 % of the limit).**'
    ],
    [
      ['memory-error'],
      '❌ Docker build: memory trouble that is not a kill',
      '**Memory ran out without a kill (a process stopped at its own limit, or an allocation failed), peak 150 MiB (75 % of the limit).**'
    ],
    [
      ['no-build'],
      'ℹ️ No Docker build in this log, but a process was killed or ran out of memory',
      '**No Docker build in the log, but a process was killed or ran out of memory, peak 150 MiB (75 % of the limit).**'
    ],
    // The build failed (exit code 1) at a step no finding names: not "yet the build passed".
    [
      ['killed-but-passed'],
      '❌ Docker build failed; a process was killed in a step that passed',
      '**A process was killed in a step that passed; the build failed, peak 150 MiB (75 % of the limit).**'
    ],
    [['builder-lost'], '⚠️ Docker build lost its builder', '**The build lost its builder; nothing in the log says why, peak 150 MiB (75 % of the limit).**'],
    [
      ['step-failed'],
      '❌ Docker build failed, not for memory as far as the log shows',
      '**The build failed, not for memory as far as the log shows, peak 150 MiB (75 % of the limit).**'
    ],
    // The worst first.
    [['killed-but-passed', 'step-oom'], '❌ Docker build ran out of memory', '**It did not fit: OOM-killed, peak 150 MiB (75 % of the limit).**'],
    [
      ['step-failed', 'step-killed'],
      '❌ Docker build killed (SIGKILL), not known to be memory',
      '**Killed (SIGKILL), not known to be memory, peak 150 MiB (75 % of the limit).**'
    ],
    [
      ['step-failed', 'memory-error'],
      '❌ Docker build: memory trouble that is not a kill',
      '**Memory ran out without a kill (a process stopped at its own limit, or an allocation failed), peak 150 MiB (75 % of the limit).**'
    ],
    [
      ['killed-but-passed', 'no-build'],
      'ℹ️ No Docker build in this log, but a process was killed or ran out of memory',
      '**No Docker build in the log, but a process was killed or ran out of memory, peak 150 MiB (75 % of the limit).**'
    ],
    [
      ['step-failed', 'builder-lost'],
      '⚠️ Docker build lost its builder',
      '**The build lost its builder; nothing in the log says why, peak 150 MiB (75 % of the limit).**'
    ],
    // Both rank a SIGKILL over a kill in a step that passed (they ranked it the other way round).
    [
      ['killed-but-passed', 'step-killed'],
      '❌ Docker build killed (SIGKILL), not known to be memory',
      '**Killed (SIGKILL), not known to be memory, peak 150 MiB (75 % of the limit).**'
    ]
  ])('%j', (kinds, headline, fit) => {
    const md = paragraphs(buildSummary(oom, explanation(kinds), o))
    expect(md[0]).toBe(`## ${headline}`)
    expect(md[1]).toBe(`**The build limited to 200 MiB** (the engine's BuildKit cgroup, all steps together). ${fit}`)
  })

  test('no finding: memory, or no Docker build at all', () => {
    expect(paragraphs(buildSummary(passed, explanation([]), null))[0]).toBe('## ✅ Docker build memory')
    expect(paragraphs(buildSummary(analyzeBuildLog('Run make\nok\n'), explanation([]), null))[0]).toBe('## ℹ️ No Docker build in this log')
  })

  test("the builder container's State.OOMKilled alone, in a build that passed: a process was killed, yet the build passed, in the headline and under it", () => {
    const md = buildSummary(passed, explanation([]), outcome({ builderOomKilled: true, exitCode: 0, peakBytes: null }))
    expect(paragraphs(md)[0]).toBe('## ⚠️ Docker build passed, but a process was killed')
    expect(paragraphs(md)[1]).toBe(
      '**Each RUN step limited to 100 MiB** (legacy builder --memory, each RUN step on its own). **A process was killed, yet the build passed.**'
    )
    // In a build that failed with no finding (OOMKilled or not: the findings say why it failed): failed, in both.
    for (const builderOomKilled of [true, false]) {
      const failed = paragraphs(buildSummary(passed, explanation([]), outcome({ builderOomKilled, exitCode: 1, peakBytes: null })))
      expect(failed[0]).toBe('## ❌ Docker build failed, not for memory as far as the log shows')
      expect(failed[1]).toMatch(/ \*\*The build failed, not for memory as far as the log shows\.\*\*$/)
    }
  })

  // The captured build whose step was killed (`Killed`) and went on to pass, under a builder
  // container whose State.OOMKilled the kill set: the headline said "a process was killed" and
  // the sentence under it "It did not fit: OOM-killed".
  test('a build killed but passed, through explain: the headline and the sentence under it say the same', () => {
    for (const builderOomKilled of [true, false]) {
      const o = outcome({ enforcement: 'builder', limitScope: 'build', builderName: 'ci', builderOomKilled, exitCode: 0, peakBytes: 100 * MiB })
      const md = paragraphs(buildSummary(passed, explainBuild({ log: passed, dockerfile: null, outcome: o, kills: [], plan: null }), o))
      expect(md[0]).toBe('## ⚠️ Docker build passed, but a process was killed')
      expect(md[1]).toBe(
        "**Builder `ci` limited to 100 MiB** (the BuildKit builder container's memory, all steps together). **A process was killed, yet the build passed, peak 100 MiB (100 % of the limit).**"
      )
    }
    // A saved log (no outcome): the log's own word that the build finished.
    const kinds = (log: BuildLogAnalysis) => paragraphs(buildSummary(log, explanation(['killed-but-passed']), null))[0]
    expect(kinds(passed)).toBe('## ⚠️ Docker build passed, but a process was killed')
    expect(kinds(analyzeBuildLog('#5 [2/2] RUN make\n#5 1.0 Killed\n#5 DONE 1.1s\n'))).toBe('## ⚠️ Docker build: a process was killed in a step that passed')
    // A log that shows the build failed, or lost its builder: not passed.
    const lost =
      '#5 [1/2] RUN make\n#5 1.0 Killed\n#5 DONE 1.1s\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n'
    expect(kinds(analyzeBuildLog(lost))).toBe('## ❌ Docker build failed; a process was killed in a step that passed')
    expect(kinds(oom)).toBe('## ❌ Docker build failed; a process was killed in a step that passed')
  })

  test('a build that passed: it fit, with its peak or without one', () => {
    const fit = (o: BuildOutcome): string => paragraphs(buildSummary(passed, explanation([]), o))[1]
    expect(fit(outcome({ exitCode: 0, limitScope: 'build', limitBytes: 2 * GiB, peakBytes: 1536 * MiB }))).toBe(
      '**The build limited to 2 GiB** (legacy builder --memory, each RUN step on its own). **It fit, peak 1.5 GiB (75 % of the limit).**'
    )
    expect(fit(outcome({ exitCode: 0, peakBytes: null }))).toBe(
      '**Each RUN step limited to 100 MiB** (legacy builder --memory, each RUN step on its own). **It fit** (peak not measured).'
    )
    // A peak with no limit to be a share of.
    expect(fit(outcome({ exitCode: 0, enforcement: 'none', enforcementReason: 'no builder to bind', limitBytes: null, peakBytes: 300 * MiB }))).toBe(
      "**No memory limit was bound** (no builder to bind): the build could take all the engine's memory. **It fit, peak 300 MiB.**"
    )
    // A limit of its kind 'none' is none, whatever the bytes say.
    expect(fit(outcome({ exitCode: 0, enforcement: 'none', enforcementReason: 'r', limitBytes: 100 * MiB, peakBytes: null }))).toBe(
      "**No memory limit was bound** (r): the build could take all the engine's memory. **It fit** (peak not measured)."
    )
  })
})

describe('the table, the chart and its caption', () => {
  test('a peak with no limit: the table says none, and no chart is drawn', () => {
    const o = outcome({ enforcement: 'none', enforcementReason: 'r', limitBytes: null, peakBytes: 300 * MiB, durationMs: 61_250, memorySamples: [] })
    expect(paragraphs(buildSummary(passed, explanation([]), o))[2]).toBe(
      ['| Builder | Limit | Peak | Enforcement | Duration |', '| --- | ---: | ---: | --- | ---: |', '| — | none | 300 MiB | none | 61.3 s |'].join('\n')
    )
    expect(buildSummary(passed, explanation([]), o)).not.toContain('mermaid')
  })

  test('samples with no limit: one line, and the caption says it had none', () => {
    const o = outcome({
      enforcement: 'none',
      enforcementReason: 'r',
      limitBytes: null,
      peakBytes: 300 * MiB,
      memorySamples: [100, 300, 200].map((m, i) => ({ tMs: i * 1500, bytes: m * MiB }))
    })
    const md = paragraphs(buildSummary(passed, explanation([]), o))
    expect(md[3]).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Build memory (MiB)"',
        '  x-axis "seconds" [0, 2, 3]',
        '  y-axis "MiB" 0 --> 316',
        '  line [100, 300, 200]',
        '```'
      ].join('\n')
    )
    expect(md[4]).toBe("The line is the build's memory; it had no limit.")
  })

  test('one sample is no line: the peak beside the limit, and a peak of unknown source', () => {
    const o = outcome({ limitBytes: 200 * MiB, peakBytes: 250 * MiB, peakSource: null, memorySamples: [{ tMs: 0, bytes: 250 * MiB }] })
    const md = paragraphs(buildSummary(passed, explanation([]), o))
    expect(md[3]).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Peak against the 200 MiB limit (MiB)"',
        '  x-axis ["peak", "limit"]',
        '  y-axis "MiB" 0 --> 264',
        '  bar [250, 200]',
        '```'
      ].join('\n')
    )
    expect(md[4]).toBe('The peak is the high-water mark, read once after the build: no samples over time were taken.')
  })

  test(`more samples than ${MAX_CHART_POINTS}: one point per bucket, its highest`, () => {
    const samples = Array.from({ length: 3 * MAX_CHART_POINTS }, (_, i) => ({ tMs: i * 1000, bytes: ((i % 3) + 1) * MiB }))
    const o = outcome({ limitBytes: 4 * MiB, memorySamples: samples })
    const line = buildSummary(passed, explanation([]), o)
      .split('\n')
      .find((l) => l.startsWith('  line ['))!
    expect(line).toBe(`  line [${Array(MAX_CHART_POINTS).fill(3).join(', ')}]`)
    expect(downsample(samples, 3 * MAX_CHART_POINTS)).toBe(samples)
    expect(downsample(samples, 3 * MAX_CHART_POINTS + 1)).toBe(samples)
    expect(downsample(samples, 2).map((s) => s.tMs)).toEqual([2000, 92000])
  })
})

describe('the plan, the annotations, the steps and the kills', () => {
  test("the plan's line: profile, build, jobs, usable memory", () => {
    const plan = runnerPlan(16, 4)
    const md = buildSummary(passed, explanation([]), null, plan)
    expect(paragraphs(md)[1]).toMatch(/^Plan: \S+ profile, build [\d.]+ [GM]iB, \d+ parallel jobs?, [\d.]+ [GM]iB usable of 16 GiB on 4 CPUs\.$/)
    expect(paragraphs(md)[1]).toBe(
      `Plan: ${plan.profile} profile, build ${(plan.build.bytes / GiB).toString()} GiB, ${plan.jobs} parallel job${plan.jobs === 1 ? '' : 's'}, ${paragraphs(md)[1].split(', ')[3]}`
    )
    const one = { ...plan, jobs: 1 }
    expect(paragraphs(buildSummary(passed, explanation([]), null, one))[1]).toContain(', 1 parallel job, ')
  })

  test('each annotation as a GitHub alert of its level, with its file and line when known', () => {
    const annotations: Annotation[] = [
      { level: 'error', title: 'Out of memory: [4/4] RUN make', message: 'the **step** <was> killed', file: 'Dockerfile', startLine: 5, endLine: 5 },
      { level: 'warning', title: 'Killed but passed', message: 'm', file: 'docker/Dockerfile' },
      { level: 'notice', title: 'Build failed', message: 'n' }
    ]
    const md = paragraphs(buildSummary(passed, explanation([], { annotations }), null))
    expect(md.slice(1, 4)).toEqual([
      '> [!CAUTION]\n> **Out of memory: \\[4/4\\] RUN make** · `Dockerfile:5`\n> the \\*\\*step\\*\\* &lt;was&gt; killed',
      '> [!WARNING]\n> **Killed but passed** · `docker/Dockerfile`\n> m',
      '> [!NOTE]\n> **Build failed**\n> n'
    ])
  })

  test('every step with its duration and result; the memory column only with a kill that has a figure', () => {
    const log = analyzeBuildLog(
      '#1 [internal] load build definition from Dockerfile\n#1 DONE 0.0s\n#2 [1/4] FROM busybox\n#2 CACHED\n' +
        `#3 [2/4] RUN ${'x'.repeat(130)}\n#3 CANCELED\n#4 [3/4] RUN sleep 9\n#5 [4/4] RUN make\n#5 0.5 Killed\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n`
    )
    const rows = (e: Explanation): string[] =>
      buildSummary(log, e, null)
        .split('\n')
        .filter((l) => l.startsWith('| '))
    const step5 = log.steps.find((s) => s.id === '#5')!
    expect(rows(explanation(['step-oom']))).toEqual([
      '| Step | Duration | Result |',
      '| --- | ---: | --- |',
      '| \\[1/4\\] FROM busybox |  | ♻️ cached |',
      `| \\[2/4\\] RUN ${'x'.repeat(109)}… |  | ⏹ canceled |`,
      '| \\[3/4\\] RUN sleep 9 |  | … unfinished |',
      '| \\[4/4\\] RUN make |  | ❌ failed · Killed |'
    ])
    const killed = explanation([], {
      findings: [{ kind: 'step-oom', step: step5, kill: KILLS[0], confidence: 'seen by the kernel', evidence: [], memory: null, instruction: null }]
    })
    expect(rows(killed)).toEqual([
      '| Step | Duration | Result | Memory |',
      '| --- | ---: | --- | ---: |',
      '| \\[1/4\\] FROM busybox |  | ♻️ cached |  |',
      `| \\[2/4\\] RUN ${'x'.repeat(109)}… |  | ⏹ canceled |  |`,
      '| \\[3/4\\] RUN sleep 9 |  | … unfinished |  |',
      '| \\[4/4\\] RUN make |  | ❌ failed · Killed | 80.1 MiB when killed |'
    ])
    // A kill without a figure, or a finding without a step, makes no column.
    const noFigure = explanation([], {
      findings: [
        {
          kind: 'step-oom',
          step: step5,
          kill: { ...KILLS[0], anonRssBytes: null },
          confidence: 'seen by the kernel',
          evidence: [],
          memory: null,
          instruction: null
        },
        { kind: 'step-oom', step: null, kill: KILLS[0], confidence: 'seen by the kernel', evidence: [], memory: null, instruction: null }
      ]
    })
    expect(rows(noFigure)[0]).toBe('| Step | Duration | Result |')
  })

  test(`past ${MAX_STEP_ROWS} steps, a row says how many more, with or without the memory column`, () => {
    const lines: string[] = []
    for (let i = 1; i <= MAX_STEP_ROWS + 2; i++) lines.push(`#${i} [${i}/${MAX_STEP_ROWS + 2}] RUN echo ${i}`, `#${i} DONE 0.1s`)
    lines.push(`#${MAX_STEP_ROWS + 2} 0.2 Killed`)
    const log: BuildLogAnalysis = analyzeBuildLog(lines.join('\n') + '\n')
    const rows = (e: Explanation): string[] =>
      buildSummary(log, e, null)
        .split('\n')
        .filter((l) => l.startsWith('| '))
    const plain = rows(explanation([]))
    expect(plain).toHaveLength(2 + MAX_STEP_ROWS + 1)
    expect(plain.at(-2)).toBe(`| \\[${MAX_STEP_ROWS}/${MAX_STEP_ROWS + 2}\\] RUN echo ${MAX_STEP_ROWS} | 0.1 s | ✅ done |`)
    expect(plain.at(-1)).toBe('| … 2 more steps | | |')
    const first = log.steps[0]
    const withMemory = rows(
      explanation([], {
        findings: [{ kind: 'killed-but-passed', step: first, kill: KILLS[1], confidence: 'seen by the kernel', evidence: [], memory: null, instruction: null }]
      })
    )
    expect(withMemory[2]).toBe(`| \\[1/${MAX_STEP_ROWS + 2}\\] RUN echo 1 | 0.1 s | ✅ done | 78.3 MiB when killed |`)
    expect(withMemory.at(-1)).toBe('| … 2 more steps | | | |')
  })

  test('the kernel kills no step accounts for: their own list', () => {
    const md = buildSummary(passed, explanation([], { otherKills: [KILLS[2]] }), null)
    expect(md.endsWith(killList('Other processes the kernel killed during the build', [KILLS[2]]).join('\n'))).toBe(true)
    expect(md).toContain('### Other processes the kernel killed during the build')
    expect(buildSummary(passed, explanation([]), null)).not.toContain('###')
  })
})

describe('killList', () => {
  const host: OomKill = {
    timeSec: 12.04,
    process: 'java|x',
    pid: 77,
    anonRssBytes: null,
    totalVmBytes: null,
    scope: 'host',
    oomMemcg: null,
    taskMemcg: null,
    buildkitStepId: null
  }
  test('a row per kill: seconds, process, pid, memory, cgroup or the whole machine', () => {
    expect(killList('Kills', [KILLS[0], host, { ...host, scope: 'memcg' }])).toEqual([
      '### Kills',
      '',
      '| Seconds since boot | Process | PID | Memory | Cgroup |',
      '| ---: | --- | ---: | ---: | --- |',
      `| 967.3 | tail | 23135 | 80.1 MiB | \`${KILLS[0].taskMemcg}\` |`,
      '| 12.0 | java\\|x | 77 |  | whole machine |',
      '| 12.0 | java\\|x | 77 |  |  |',
      ''
    ])
  })

  test(`at most ${MAX_STEP_ROWS} rows, then how many more`, () => {
    const kills = Array.from({ length: MAX_STEP_ROWS + 3 }, (_, i) => ({ ...host, pid: i }))
    const out = killList('Kills', kills)
    expect(out).toHaveLength(4 + MAX_STEP_ROWS + 2)
    expect(out.at(-3)).toBe(`| 12.0 | java\\|x | ${MAX_STEP_ROWS - 1} |  | whole machine |`)
    expect(out.at(-2)).toBe('| … 3 more | | | | |')
    expect(killList('Kills', kills.slice(0, MAX_STEP_ROWS)).at(-2)).toBe(`| 12.0 | java\\|x | ${MAX_STEP_ROWS - 1} |  | whole machine |`)
  })
})

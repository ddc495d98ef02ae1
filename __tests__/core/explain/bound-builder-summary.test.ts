/**
 * The job summary of a build on a bound builder that was OOM-killed: the decision first (which
 * builder, what limit, by what, and that the build did not fit), the peak against the limit
 * over time where samples exist, and one unit style (GiB/MiB) in every sentence and chart.
 */
import { describe, expect, test } from '@jest/globals'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { explainBuild } from '../../../src/core/explain/explain.js'
import { buildSummary } from '../../../src/core/explain/summary.js'
import { GiB, MiB } from '../../../src/core/units.js'
import { fixture, outcome, runnerPlan } from './helpers.js'

const log = analyzeBuildLog(fixture('captured/buildx-0.28-history-logs-oom.plain.log'))

/** A docker-container builder bound in place to 1.5 GiB whose build climbed to it and was killed. */
const bound = (overrides: Parameters<typeof outcome>[0] = {}): ReturnType<typeof outcome> =>
  outcome({
    enforcement: 'builder',
    enforcementReason: 'builder ci-builder was bound in place',
    limitBytes: 1.5 * GiB,
    swapLimitBytes: 1.5 * GiB,
    limitScope: 'build',
    exitCode: 1,
    durationMs: 12_300,
    logFormat: 'plain',
    peakBytes: 1.5 * GiB,
    peakSource: 'memory.peak',
    builderName: 'ci-builder',
    memorySamples: [0.25, 0.5, 1, 1.25, 1.5].map((g, i) => ({ tMs: i * 2000, bytes: g * GiB })),
    ...overrides
  })

function summary(o: ReturnType<typeof outcome>): string {
  const plan = runnerPlan(16, 4, { 'build-memory': '1.5g' })
  return buildSummary(log, explainBuild({ log, dockerfile: null, outcome: o, kills: [], plan }), o, plan)
}

/** Sizes written as Docker writes them (`1536m`, `2g`) outside code, leaving out the Dockerfile's own `head -c 300m`. */
function dockerSizesInText(md: string): string[] {
  const text = md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replaceAll('head -c 300m', '')
  return [...text.matchAll(/\b\d+(?:\.\d+)?[kmgt]\b/gi)].map((m) => m[0])
}

describe('the summary of a bound builder that was OOM-killed', () => {
  const md = summary(bound())
  const paragraphs = md.split('\n\n')

  test('opens with the decision: the builder, its limit, the mechanism, and that the build did not fit', () => {
    expect(paragraphs[0]).toBe('## ❌ Docker build ran out of memory')
    expect(paragraphs[1]).toBe(
      "**Builder `ci-builder` limited to 1.5 GiB** (the BuildKit builder container's memory, all steps together). **It did not fit: OOM-killed, peak 1.5 GiB (100 % of the limit).**"
    )
  })

  test('then the builder, limit and peak as one row', () => {
    expect(paragraphs[2]).toBe(
      [
        '| Builder | Limit | Peak | Enforcement | Duration |',
        '| --- | ---: | ---: | --- | ---: |',
        '| `ci-builder` | 1.5 GiB | 1.5 GiB (100 %) | builder | 12.3 s |'
      ].join('\n')
    )
  })

  test('draws the memory against the limit over time, in GiB', () => {
    expect(paragraphs[3]).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Build memory against its 1.5 GiB limit (GiB)"',
        '  x-axis "seconds" [0, 2, 4, 6, 8]',
        '  y-axis "GiB" 0 --> 1.6',
        '  line [0.25, 0.5, 1, 1.25, 1.5]',
        '  line [1.5, 1.5, 1.5, 1.5, 1.5]',
        '```'
      ].join('\n')
    )
    expect(paragraphs[4]).toBe("The rising line is the build's memory, the flat one its limit.")
  })

  test('puts the decision before the annotations and the steps', () => {
    expect(md.indexOf('limited to 1.5 GiB')).toBeLessThan(md.indexOf('> [!CAUTION]'))
    expect(md.indexOf('xychart-beta')).toBeLessThan(md.indexOf('| Step |'))
  })

  test('writes every size one way: GiB or MiB in text, Docker sizes only inside code', () => {
    expect(md).toMatch(/raise build-memory to \S+ GiB \(build-memory: \d+(\.\d+)?g\)/)
    // The fix's `build-memory: 2.5g` is the one Docker size: what is typed into the input.
    expect(dockerSizesInText(md)).toEqual(['2.5g'])
    expect(md).toContain('raise build-memory to 2.5 GiB (build-memory: 2.5g)')
    expect(md).not.toMatch(/\bunknown\b/)
  })

  test('leaves out the memory column when no step has a figure', () => {
    expect(md).toContain('| Step | Duration | Result |\n| --- | ---: | --- |\n')
    expect(md).toContain('| \\[4/4\\] RUN head -c 300m /dev/zero \\| tail &gt; /dev/null |  | ❌ failed · Killed |')
  })
})

describe('the same build explained after the job, from the builder (no samples over time)', () => {
  test('shows the peak beside the limit, and says the peak was read once', () => {
    const md = summary(bound({ memorySamples: [] }))
    expect(md).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Peak against the 1.5 GiB limit (GiB)"',
        '  x-axis ["peak", "limit"]',
        '  y-axis "GiB" 0 --> 1.6',
        '  bar [1.5, 1.5]',
        '```',
        '',
        'The peak is the high-water mark of `memory.peak`, read once after the build: no samples over time were taken.'
      ].join('\n')
    )
  })

  test('a peak that could not be read is "not measured", and no chart is drawn', () => {
    const md = summary(bound({ memorySamples: [], peakBytes: null, peakSource: null, builderOomKilled: true }))
    expect(md).toContain('**It did not fit: OOM-killed.**')
    expect(md).toContain('| `ci-builder` | 1.5 GiB | not measured | builder | 12.3 s |')
    expect(md).not.toContain('xychart-beta')
  })

  test('a small build is drawn in MiB', () => {
    const md = summary(bound({ limitBytes: 512 * MiB, peakBytes: 500 * MiB, memorySamples: [] }))
    expect(md).toContain('  title "Peak against the 512 MiB limit (MiB)"')
    expect(md).toContain('  bar [500, 512]')
  })
})

describe('a build nothing bound', () => {
  test('says so first, with the reason, escaped', () => {
    const o = outcome({ enforcement: 'none', enforcementReason: 'the **remote** driver <runs> elsewhere', limitBytes: null, builderName: null })
    const md = buildSummary(log, explainBuild({ log, dockerfile: null, outcome: o, kills: [], plan: null }), o)
    expect(md.split('\n\n')[1]).toBe(
      "**No memory limit was bound** (the \\*\\*remote\\*\\* driver &lt;runs&gt; elsewhere): the build could take all the engine's memory. **It did not fit: OOM-killed, peak 100 MiB.**"
    )
    expect(md).toContain('| — | none | 100 MiB | none | 4.0 s |')
  })

  test('a builder name is shown as code, whatever it holds', () => {
    const o = bound({ builderName: 'a`b|<i>' })
    expect(summary(o)).toContain('| ``a`b\\|<i>`` | 1.5 GiB |')
  })
})

import { describe, expect, test } from '@jest/globals'
import { stepPeaksSection } from '../../../src/core/render/step-peaks.js'
import type { StepPeaks } from '../../../src/core/build/step-peaks.js'

const MiB = 1024 * 1024

describe('stepPeaksSection', () => {
  const peaks: StepPeaks = {
    seen: true,
    parent: '/sys/fs/cgroup/memory/docker/buildx/abc/buildkit',
    steps: [
      { instruction: '[a 1/1] RUN head -c 80m /dev/zero | tail', platform: null, bytes: 82 * MiB, cgroups: 1 },
      { instruction: '[build 2/2] RUN echo "<img src=x>" `id` # [x](http://evil)', platform: 'linux/arm64', bytes: 41 * MiB, cgroups: 1 }
    ],
    unattributed: [{ bytes: 30 * MiB, command: '/bin/sh -c make | tee `log`', candidates: ['[linux/amd64 b 1/1] RUN make', '[linux/arm64 b 1/1] RUN make'] }]
  }

  test('a bar per step against the limit line, a table, and the peaks not tied to one step with their candidates', () => {
    const out = stepPeaksSection(peaks, 200 * MiB, 190 * MiB).join('\n')
    expect(out).toContain('  bar [82, 41]\n  line [200, 200]')
    expect(out).toContain('against the 200 MiB build limit (MiB)')
    expect(out).toContain('| \\[a 1/1\\] RUN head -c 80m /dev/zero \\| tail | — | 82 MiB (41 %) |')
    expect(out).toContain('30 MiB peak of a step running `` /bin/sh -c make | tee `log` ``: it may be any of')
    const unread = stepPeaksSection({ ...peaks, unattributed: [{ bytes: MiB / 4, command: null, candidates: [] }] }, 200 * MiB, null).join('\n')
    expect(unread).toContain(
      '- 256 KiB peak of a step whose command could not be read: its process was gone (or not visible from here) before its command could be read.'
    )
  })

  test('everything from the Dockerfile is escaped: no tag, link or code span in the table, no quote or # in a chart label', () => {
    const out = stepPeaksSection(peaks, 200 * MiB, null)
    const label = out.find((l) => l.startsWith('  x-axis'))!
    expect(label).toContain('"linux/arm64 [build 2/2] RUN echo #quot;#lt;img …"')
    expect(label.match(/"/g)).toHaveLength(4)
    const row = out.find((l) => l.includes('RUN echo'))!
    expect(row).not.toMatch(/<img|\]\(http|[^\\]`/)
  })

  test('where step cgroups could not be seen it says so and falls back to the builder’s peak', () => {
    expect(stepPeaksSection({ seen: false, reason: 'the builder’s cgroup is on another host' }, 200 * MiB, 190 * MiB)).toEqual([
      '### Each step’s peak',
      '',
      'Not measured per step: the builder’s cgroup is on another host; the build’s peak, 190 MiB for all steps together, stands for them.',
      ''
    ])
  })

  test('the whole section, in order: chart with the limit line, the sentence under it, the table with each step’s share, the unattributed peak', () => {
    expect(stepPeaksSection(peaks, 200 * MiB, 190 * MiB)).toEqual([
      '### Each step’s peak',
      '',
      '```mermaid',
      'xychart-beta',
      '  title "Each step\'s peak against the 200 MiB build limit (MiB)"',
      '  x-axis ["[a 1/1] RUN head -c 80m /dev/zero | tail", "linux/arm64 [build 2/2] RUN echo #quot;#lt;img …"]',
      '  y-axis "MiB" 0 --> 211',
      '  bar [82, 41]',
      '  line [200, 200]',
      '```',
      '',
      "The bars are each step's own high-water mark, read from its cgroup under `/sys/fs/cgroup/memory/docker/buildx/abc/buildkit`; the flat line is the limit all steps share.",
      '',
      '| Step | Platform | Peak |',
      '| --- | --- | ---: |',
      '| \\[a 1/1\\] RUN head -c 80m /dev/zero \\| tail | — | 82 MiB (41 %) |',
      '| \\[build 2/2\\] RUN echo "&lt;img src=x&gt;" \\`id\\` # \\[x\\](http\\://evil) | `linux/arm64` | 41 MiB (21 %) |',
      '',
      '- 30 MiB peak of a step running `` /bin/sh -c make | tee `log` ``: it may be any of \\[linux/amd64 b 1/1\\] RUN make; \\[linux/arm64 b 1/1\\] RUN make, so it is not given to one.',
      ''
    ])
  })

  test('without a limit: no line in the chart, no share in the table, no sentence about a shared limit', () => {
    const out = stepPeaksSection(peaks, null, null)
    expect(out).toContain('  title "Each step\'s peak (MiB)"')
    expect(out).toContain('  y-axis "MiB" 0 --> 87')
    expect(out.some((l) => l.startsWith('  line'))).toBe(false)
    expect(out).toContain("The bars are each step's own high-water mark, read from its cgroup under `/sys/fs/cgroup/memory/docker/buildx/abc/buildkit`.")
    expect(out).toContain('| \\[a 1/1\\] RUN head -c 80m /dev/zero \\| tail | — | 82 MiB |')
  })

  test('52 steps: the 12 heaviest drawn and said so, 50 rows and the count of the rest; a command over 120 characters cut at 119', () => {
    const many: StepPeaks = {
      seen: true,
      parent: '/p',
      steps: Array.from({ length: 52 }, (_, i) => ({ instruction: `[s ${i + 1}/52] RUN step-${i + 1}`, platform: null, bytes: (60 - i) * MiB, cgroups: 1 })),
      unattributed: [{ bytes: MiB, command: 'x'.repeat(121), candidates: [] }]
    }
    const out = stepPeaksSection(many, null, null)
    expect(out.find((l) => l.startsWith('  x-axis'))!.match(/"\[s \d+\/52\]/g)).toHaveLength(12)
    expect(out).toContain('  bar [60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49]')
    expect(out).toContain("The bars are each step's own high-water mark, read from its cgroup under `/p`. The 12 heaviest of 52 are drawn.")
    expect(out.filter((l) => l.startsWith('| \\[s '))).toHaveLength(50)
    expect(out.slice(-5)).toEqual([
      '| \\[s 50/52\\] RUN step-50 | — | 11 MiB |',
      '| … 2 more steps | | |',
      '',
      `- 1 MiB peak of a step running \`${'x'.repeat(119)}…\`: no step of the log runs that command.`,
      ''
    ])
    // 12 steps are all drawn and 50 all listed, without a word about the rest; 120 characters are not cut.
    const twelve = { ...many, steps: many.steps.slice(0, 12), unattributed: [{ bytes: MiB, command: 'x'.repeat(120), candidates: [] }] }
    const drawn = stepPeaksSection(twelve, null, null)
    expect(drawn).toContain("The bars are each step's own high-water mark, read from its cgroup under `/p`.")
    expect(drawn).toContain(`- 1 MiB peak of a step running \`${'x'.repeat(120)}\`: no step of the log runs that command.`)
    const fifty = stepPeaksSection({ ...many, steps: many.steps.slice(0, 50), unattributed: [] }, null, null)
    expect(fifty.filter((l) => l.startsWith('| \\[s '))).toHaveLength(50)
    expect(fifty.at(-2)).toBe('| \\[s 50/52\\] RUN step-50 | — | 11 MiB |')
    expect(fifty.at(-1)).toBe('')
  })

  test('a chart label of 40 characters is whole, of 41 cut to 39 and an ellipsis', () => {
    const step = (instruction: string) => ({
      seen: true as const,
      parent: '/p',
      steps: [{ instruction, platform: null, bytes: MiB, cgroups: 1 }],
      unattributed: []
    })
    const axis = (instruction: string) => stepPeaksSection(step(instruction), null, null).find((l) => l.startsWith('  x-axis'))
    expect(axis('a'.repeat(40))).toBe(`  x-axis ["${'a'.repeat(40)}"]`)
    expect(axis('a'.repeat(41))).toBe(`  x-axis ["${'a'.repeat(39)}…"]`)
  })

  test('no step seen, or only a peak no step runs the command of, or nothing measured and no build peak', () => {
    expect(stepPeaksSection({ seen: true, parent: '/p', steps: [], unattributed: [] }, 200 * MiB, null)).toEqual([
      '### Each step’s peak',
      '',
      'No RUN step’s cgroup appeared under `/p` while the build ran (all cached, or none ran long enough to be seen).',
      ''
    ])
    expect(
      stepPeaksSection({ seen: true, parent: '/p', steps: [], unattributed: [{ bytes: 2 * MiB, command: 'make', candidates: [] }] }, 200 * MiB, null)
    ).toEqual(['### Each step’s peak', '', '- 2 MiB peak of a step running `make`: no step of the log runs that command.', ''])
    expect(stepPeaksSection({ seen: false, reason: 'no `cgroup`' }, 200 * MiB, null)).toEqual([
      '### Each step’s peak',
      '',
      'Not measured per step: no \\`cgroup\\`; the build’s peak was not measured either.',
      ''
    ])
  })
})

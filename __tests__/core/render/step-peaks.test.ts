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
})

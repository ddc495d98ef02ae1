import { describe, expect, test } from '@jest/globals'
import { plan } from '../../src/core/plan/plan.js'
import { planSummary } from '../../src/core/render/summary.js'
import { historyLine, planText } from '../../src/core/render/text.js'
import { GiB } from '../../src/core/units.js'
import { machine, request } from '../helpers/machine.js'

describe('the summary and the text never show a limit or a fit that is not there', () => {
  // 8 GiB less the 1 GiB reserve: the containers take all 7 GiB and the build gets 0 B.
  const facts = machine({ totalGiB: 8 })
  const starved = plan(facts, request({ containers: [{ name: 'db', bytes: 7 * GiB }], onInsufficient: 'warn' }))

  test('no build limit: no ✅ on the build row, a red build node, and "none" instead of 0 B', () => {
    const md = planSummary(starved, facts)
    expect(md).toMatch(/^## ❌ /)
    expect(md).toContain('**Build limit none (0 B left for the build)**')
    expect(md).toMatch(/\| 3 · Build \| none \(0 B left for the build\) \| balanced profile \| ❌ /)
    expect(md).toContain('class B bad')
    expect(md).not.toContain('Build limit<br/>0 B')
    expect(planText(starved, facts)).toContain('  build limit  none (0 B left for the build) (profile)')
  })

  test('one job and one CPU are singular everywhere', () => {
    const one = plan(machine({ totalGiB: 4, cpus: { logical: 1 } }), request())
    expect(one.jobs).toBe(1)
    const md = planSummary(one, machine({ totalGiB: 4, cpus: { logical: 1 } }))
    expect(md).toContain('**1 parallel job**')
    expect(md).toContain('· 1 job"]')
    expect(md).toMatch(/1 × 2 GiB job \|/)
    expect(md).toContain('· 1 CPU ·')
    expect(md).not.toMatch(/\b1 (jobs|CPUs|parallel jobs)\b/)
    expect(planText(one, machine({ cpus: { logical: 1 } }))).toContain(', 1 CPU,')
  })

  test('a peak the machine holds only without its headroom is not "fits this one"', () => {
    // 8 GiB: 7 GiB for the build; a 6 GiB peak fits, 6 GiB + 1.5 GiB headroom does not.
    const p = plan(facts, request({ knownPeak: { key: 'web', bytes: 6 * GiB, runs: 2 } }))
    expect(p.history).toMatchObject({ fits: true, fitsWithHeadroom: false })
    expect(historyLine(p.history!)).toContain(': this one holds the peak but not all the headroom;')
    expect(historyLine(p.history!)).not.toContain('fits this one')
  })

  test.each([
    [3, 'fits this one'],
    [8, 'does NOT fit this one']
  ])('a %i GiB peak on 8 GiB: %s', (peakGiB, words) => {
    const p = plan(facts, request({ knownPeak: { key: 'web', bytes: peakGiB * GiB, runs: 1 } }))
    expect(historyLine(p.history!)).toContain(`(web, 1 run)`)
    expect(historyLine(p.history!)).toContain(`: ${words};`)
  })
})

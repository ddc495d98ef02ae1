/**
 * What a build's state keeps when a log holds more steps than it may (log/state.ts): past
 * MAX_STEPS it evicts down to three quarters, clean steps first and the failed step never.
 */
import { describe, expect, test } from '@jest/globals'
import { BuildLogAnalyzer, MAX_STEPS } from '../../../src/core/explain/build-log.js'

function analyze(lines: string[]) {
  const analyzer = new BuildLogAnalyzer()
  analyzer.push(lines.join('\n') + '\n')
  return analyzer.end()
}

describe('more steps than a build keeps (MAX_STEPS)', () => {
  // Steps 1..RUNNING start and never end (a build cancelled mid-way prints no end for them);
  // then clean steps; then the failing one. When the kept steps pass MAX_STEPS the clean ones
  // go first, then the oldest running ones, down to three quarters of MAX_STEPS.
  const RUNNING = MAX_STEPS - 50
  const LAST_CLEAN = RUNNING + 60
  const FAILED = LAST_CLEAN + 1
  const lines: string[] = []
  for (let i = 1; i <= RUNNING; i++) lines.push(`#${i} [stage-1 ${i}/${FAILED}] RUN task ${i}`)
  for (let i = RUNNING + 1; i <= LAST_CLEAN; i++) lines.push(`#${i} [stage-2 ${i}/${FAILED}] RUN echo ${i}`, `#${i} DONE 0.1s`)
  lines.push(`#${FAILED} [stage-0 ${FAILED}/${FAILED}] RUN make`, `#${FAILED} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2`)
  const log = analyze(lines)
  const ids = new Set(log.steps.map((s) => s.id))

  test('within the bound, every step counted, the failed one kept', () => {
    expect(log.steps.length).toBeLessThanOrEqual(MAX_STEPS)
    expect(log.steps.length + log.omittedSteps).toBe(FAILED)
    expect(log.failedStepId).toBe(`#${FAILED}`)
    expect(ids.has(`#${FAILED}`)).toBe(true)
  })

  test('clean steps evicted before any running one, then the oldest running ones, down to three quarters of MAX_STEPS', () => {
    const running = log.steps.filter((s) => s.result === 'running').map((s) => Number(s.id.slice(1)))
    // The newest running steps, in a row up to the last one: the oldest went first.
    expect(running[running.length - 1]).toBe(RUNNING)
    expect(running.length).toBe(RUNNING - running[0] + 1)
    expect(running.length).toBeLessThanOrEqual((MAX_STEPS * 3) / 4)
    expect(running.length).toBeGreaterThan((MAX_STEPS * 3) / 4 - 10)
    // No clean step read before the eviction outlived a running one: those kept came after it.
    const clean = log.steps.filter((s) => s.result === 'done').map((s) => Number(s.id.slice(1)))
    expect(clean.length).toBeGreaterThan(0)
    expect(Math.min(...clean)).toBeGreaterThanOrEqual(MAX_STEPS)
  })
})

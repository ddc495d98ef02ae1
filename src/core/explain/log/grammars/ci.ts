/**
 * What a CI says of the job around a build: that it succeeded (Cloud Build's final `DONE`,
 * GitLab's `Job succeeded`, Jenkins' `Finished: SUCCESS`). What is printed after that, a
 * credential helper killed while the job cleans up, is no longer the build's.
 */
import type { Grammar } from './grammar.js'

// A module-level pattern is built once, when the module is loaded; the mutation run keeps modules loaded between
// mutants, so a mutant of it is never active. Each of its words (and lines that only hold one) is pinned by
// __tests__/core/explain/finders-and-ci.test.ts.
// Stryker disable next-line Regex: never active (above)
const SUCCEEDED = /^(?:DONE|Job succeeded|Finished: SUCCESS|status changed to "DONE")$/

export const ci: Grammar = (line, ctx) => {
  if (!SUCCEEDED.test(line)) return false
  const b = ctx.build
  if (b.failedStepId === null && b.finalError === null) b.succeeded = true
  return true
}

// `npm run test:mutation` only: the suites that import src/core directly, run by vitest so
// StrykerJS can test each mutant without reloading every module (see stryker.config.mjs).
// `npm test` stays on jest.
import { defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

// MUTATION_QUICK=1 leaves out the three explain suites that read megabytes or run properties
// (leaps, parsers-property, many-steps: ~18 s of the ~25 s the explain suites take quietly).
// Every surviving mutant of a module they cover re-runs all of them, so the log readers'
// 2,700 mutants took hours with them on 2 shared cores. A score measured so is a lower bound
// (fewer tests kill fewer mutants); the explain modules' floors were recorded that way.
const QUICK = process.env.MUTATION_QUICK === '1'
const SLOW = ['__tests__/core/explain/leaps.test.ts', '__tests__/core/explain/parsers-property.test.ts', '__tests__/core/explain/many-steps.test.ts']

/**
 * The quickest suites first. A mutant's run stops at its first failing test (Stryker's bail), and
 * vitest's own order (the longest suites first) made every killed mutant of a log reader wait for
 * the multi-megabyte suites before the small one that kills it.
 */
class QuickestFirst extends BaseSequencer {
  async sort(files) {
    const cache = this.ctx.cache
    const cost = (file) => {
      const key = `${file.project.name}:${path.relative(this.ctx.config.root, file.moduleId)}`
      return cache.getFileTestResults(key)?.duration ?? cache.getFileStats(key)?.size ?? 0
    }
    return [...files].sort((a, b) => cost(a) - cost(b))
  }
}

export default defineConfig({
  resolve: { alias: { '@jest/globals': fileURLToPath(new URL('./__tests__/helpers/jest-globals-for-vitest.ts', import.meta.url)) } },
  test: {
    include: [
      '__tests__/core/**/*.test.ts',
      '__tests__/concurrency/*.test.ts',
      '__tests__/bind/{parsers,decisions,builder-marks,engine-api,engine-api-edges,decisions-edges,engine-lock,binding-summary,holder}.test.ts',
      '__tests__/resize/{core,editors.property,encoding}.test.ts',
      '__tests__/guardrails/{defaults,input-error}.test.ts',
      // In-process suites outside __tests__/core that reach core modules no core suite does
      // (the engine lock, the builder marks, errors, cgroup files): each
      // under 3 s, none starting a process.
      '__tests__/history/{file-store,build-peak}.test.ts',
      '__tests__/probes/docker-socket.test.ts',
      '__tests__/enforce/*.test.ts',
      '__tests__/runners/lines.test.ts',
      '__tests__/build/undo.test.ts',
      '__tests__/files/write.test.ts'
    ],
    exclude: QUICK ? SLOW : [],
    testTimeout: 120000,
    // Property tests run a tenth of their cases here (__tests__/helpers/runs.ts).
    env: { DMA_MUTATION_RUN: '1' },
    pool: 'threads',
    // One module graph for every test file of a run: with each file isolated, every mutant paid for
    // importing src/ again in each of the ~20 files that cover a log reader's mutant (8.3 s of
    // loading against 1.9 s, 2026-12-04, 2 cores), and the six log-reading modules' 2,375 mutants
    // ran at 4-5 a minute. No suite of this set depends on a fresh module (1,817 tests pass
    // either way); a module-level value is computed once, with no mutant active, and mutants
    // reached only while a module loads are ignored (stryker.config.mjs: ignoreStatic).
    isolate: false,
    sequence: { sequencer: QuickestFirst }
  }
})

// `npm run test:mutation` only: the suites that import src/core directly, run by vitest so
// StrykerJS can test each mutant without reloading every module (see stryker.config.mjs).
// `npm test` stays on jest.
import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// MUTATION_QUICK=1 leaves out the three explain suites that read megabytes or run properties
// (leaps, parsers-property, many-steps: ~18 s of the ~25 s the explain suites take quietly).
// Every surviving mutant of a module they cover re-runs all of them, so the log readers'
// 2,700 mutants took hours with them on 2 shared cores. A score measured so is a lower bound
// (fewer tests kill fewer mutants); the explain modules' floors were recorded that way.
const QUICK = process.env.MUTATION_QUICK === '1'
const SLOW = ['__tests__/core/explain/leaps.test.ts', '__tests__/core/explain/parsers-property.test.ts', '__tests__/core/explain/many-steps.test.ts']

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
    exclude: ['__tests__/core/explain/bounded-and-multi-build.test.ts', ...(QUICK ? SLOW : [])],
    testTimeout: 120000,
    pool: 'threads'
  }
})

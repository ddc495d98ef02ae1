// `npm run test:mutation` only: the suites that import src/core directly, run by vitest so
// StrykerJS can test each mutant without reloading every module (see stryker.config.mjs).
// `npm test` stays on jest.
import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  resolve: { alias: { '@jest/globals': fileURLToPath(new URL('./__tests__/helpers/jest-globals-for-vitest.ts', import.meta.url)) } },
  test: {
    include: [
      '__tests__/core/**/*.test.ts',
      '__tests__/concurrency/*.test.ts',
      '__tests__/bind/{parsers,decisions}.test.ts',
      '__tests__/resize/{core,editors.property}.test.ts',
      '__tests__/guardrails/defaults.test.ts'
    ],
    exclude: ['__tests__/core/publish-env.test.ts', '__tests__/core/explain/bounded-and-multi-build.test.ts'],
    testTimeout: 120000,
    pool: 'threads'
  }
})

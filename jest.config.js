import { availableParallelism } from 'node:os'

// The unit tier (`npm test`): no root, no Docker engine; dist/ is bundled first (global setup). The engine tier is
// jest.e2e.config.js, run by `npm run test:e2e`; the v2 tier (a cgroup v2 + systemd VM) is jest.v2.config.js, run by
// `npm run test:v2`.
// ESM + TypeScript: each file's types are stripped by esbuild (jest.transform.cjs); type errors
// are caught by `npm run typecheck`.
export const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/jest.transform.cjs' },
  testTimeout: 120000,
  verbose: false
}

export default {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/', '<rootDir>/__tests__/v2/'],
  globalSetup: '<rootDir>/__tests__/helpers/unit-global-setup.ts',
  globalTeardown: '<rootDir>/__tests__/helpers/unit-global-teardown.ts',
  // Much of the time goes to waiting on the processes the tests start, so more workers than CPUs:
  // three per CPU. A count, not a percentage: jest reads '150%' as 150 workers (a percentage only
  // up to 100 %), which ran every suite at once (~126 workers, load past 100) where 3 were meant.
  // Measured 2026-12-03 at load 20-50 on 2 CPUs: 6 workers 224 s (156 s of CPU), 150 253 s (191 s).
  // The test that sampled on a timer and starved with more workers now counts its ticks (cgroup-watch).
  maxWorkers: 3 * availableParallelism()
}

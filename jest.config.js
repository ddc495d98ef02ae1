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
  // Much of the time goes to waiting on the processes the tests start: jest's default (one
  // worker less than the CPUs, one on 2 CPUs) took 4.9 min against 7.5; one per CPU left the
  // CPUs idle while a worker waited: 108 s quiet on 2 CPUs (168 s of CPU), 3 workers 84 s
  // (2026-12-03). The test that sampled on a timer and starved with more workers now counts its
  // ticks (cgroup-watch).
  maxWorkers: '150%'
}

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
  // Most of the time goes to waiting on the processes the tests start: a worker per CPU (jest's
  // default leaves one out, which on a 2-CPU machine means one) took 4.9 min against 7.5. Two
  // per CPU starve the tests that sample on a timer (cgroup-watch saw 130 samples of 300).
  maxWorkers: '100%'
}

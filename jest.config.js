// The unit tier (`npm test`): no root, no Docker engine, nothing rebuilt. The engine tier is
// jest.e2e.config.js, run by `npm run test:e2e`.
// ESM + TypeScript, as in actions/typescript-action: ts-jest only transpiles
// (type errors are caught by `npm run typecheck`), which keeps the suite fast.
export const base = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 120000,
  verbose: false
}

export default {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/'],
  globalSetup: '<rootDir>/__tests__/helpers/unit-global-setup.ts',
  globalTeardown: '<rootDir>/__tests__/helpers/unit-global-teardown.ts',
  // Most of the time goes to waiting on the processes the tests start: a worker per CPU (jest's
  // default leaves one out, which on a 2-CPU machine means one) took 4.9 min against 7.5.
  maxWorkers: '100%'
}

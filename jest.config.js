// ESM + TypeScript, as in actions/typescript-action: ts-jest only transpiles
// (type errors are caught by `npm run typecheck`), which keeps the suite fast.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  globalSetup: '<rootDir>/__tests__/setup/global-setup.ts',
  globalTeardown: '<rootDir>/__tests__/setup/global-teardown.ts',
  // The end-to-end tests share one Docker engine, its BuildKit cgroup and the kernel log:
  // test files run one at a time, as they do anyway on a 2-CPU CI machine.
  maxWorkers: 1,
  testTimeout: 120000,
  verbose: false
}

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
  testTimeout: 120000,
  verbose: false
}

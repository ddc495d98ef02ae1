// Mutation testing of the pure core (`npm run test:mutation`): StrykerJS changes src/core one
// mutant at a time and runs the tests that cover it; a mutant no test notices is a behaviour no
// test pins down. Scores are checked per module by scripts/mutation.mjs.
// The runner is vitest (vitest.mutation.config.mjs runs the core's jest suites unchanged): it
// keeps modules loaded between mutants, where jest's runner re-imported every ESM module for each
// one (8 s a mutant on this project, against well under a second).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs' },
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that loops forever is killed by this timeout (counted as detected); a low one keeps such mutants cheap.
  timeoutMS: 3000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The gate is per module, in scripts/mutation.mjs (mutation-floors.json), not on the total.
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}

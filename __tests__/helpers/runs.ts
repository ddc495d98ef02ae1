/**
 * How many cases a property test runs: all of them under jest; a tenth (at least 2) in the
 * mutation run, which sets DMA_MUTATION_RUN (vitest.mutation.config.mjs). There every mutant a
 * log reader's property test survives runs it again, and the property suites were a third of
 * the time of each of the log readers' ~2,000 mutants. Stryker runs each mutant's tests once
 * with a random seed; `npm test` runs every case on every change.
 */
export function runs(cases: number): number {
  return process.env.DMA_MUTATION_RUN === '1' ? Math.max(2, Math.ceil(cases / 10)) : cases
}

// The mutation run (`npm run test:mutation`) runs the pure core's suites under vitest, whose
// Stryker runner keeps modules loaded between mutants (jest's re-imports every ESM module per
// mutant: 8 s a mutant here). The suites are written against @jest/globals; this maps the few
// names they use onto vitest's, so one test file serves both runners.
export { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, it, vi as jest } from 'vitest'

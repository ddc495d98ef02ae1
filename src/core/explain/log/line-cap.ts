/**
 * The longest line any reader of a build's output keeps whole (the build's own output, a saved
 * log explained): a longer one keeps its head and its tail. One log line can be gigabytes; what
 * is read from a line is at its ends (`#7 12.3 …`, `… Killed`).
 */
// A module-level constant is computed once, when the module is loaded; the mutation run keeps modules loaded
// between mutants, so a mutant of it is never active. The cap is pinned by __tests__/runners/lines.test.ts (a
// 64 MiB line keeps 64 KiB: the count of bytes cut).
// Stryker disable next-line ArithmeticOperator: never active (above)
export const MAX_LINE_BYTES = 64 * 1024

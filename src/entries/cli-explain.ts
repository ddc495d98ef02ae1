import { explainCommand } from '../cli/commands/explain.js'
import { runCli } from '../cli/run.js'

/**
 * `explain`, bundled into one CommonJS file with commander and the core it uses: from the full
 * CLI (dist/chunks/lazy-cli-program.mjs, then its explain chunk) it started Node's ES module
 * loader and read 20 modules, ~25 ms of a run's CPU beside a bare `node -e 0`'s ~70
 * (bench/explain-throughput.mjs: on a log of many tiny steps that start is a third of the time).
 * What it loads only when asked (the Dockerfile parser, `--builder`, `--format github`) stays lazy.
 */
export function runExplain(argv: string[]): Promise<void> {
  return runCli(argv, { explain: () => Promise.resolve(explainCommand()) })
}

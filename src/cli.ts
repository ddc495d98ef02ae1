#!/usr/bin/env node
import module from 'node:module'
import { probeDockerEarly } from './probes/docker.js'

// plan and detect ask Docker unless told not to: start that before loading the CLI.
const args = process.argv.slice(2)
const quick = args[0] === 'plan' || args[0] === 'detect'
const asked = quick && !args.some((a) => a === '--no-docker' || a.startsWith('--total-memory')) ? probeDockerEarly() : null

// Node ≥ 22.1 keeps the V8 code of the CLI's bundles in a cache (under the OS temp dir), so the
// next run skips compiling them; earlier Node has no such call and compiles every time.
if (typeof module.enableCompileCache === 'function') module.enableCompileCache()

const load = (): void => {
  if (quick) void import('./cli/quick.js').then(({ runQuick }) => runQuick(process.argv, asked))
  else void import('./cli/program.js').then(({ main }) => main(process.argv))
}
// The question leaves only when the event loop turns (the connection completes, then the
// request is written): load the command after one turn, so the engine answers while it loads.
if (asked !== null) setImmediate(load)
else load()

#!/usr/bin/env node
import module from 'node:module'
import { probeDockerEarly } from '../probes/docker.js'

const args = process.argv.slice(2)
const runPlanOrDetect = (): void => void import('./cli-plan-detect.js').then((planOrDetect) => planOrDetect.runPlanOrDetect(process.argv))

// explain (run on logs of any size) and plan/detect start from their own one-file bundles; plan
// and detect ask Docker unless told not to: the question goes before the CLI loads.
if (args[0] === 'explain') void import('./cli-explain.js').then((explain) => explain.runExplain(process.argv))
else if (args[0] !== 'plan' && args[0] !== 'detect') void import('../cli/program.js').then(({ main }) => main(process.argv))
else if (args.some((a) => a === '--no-docker' || a.startsWith('--total-memory'))) runPlanOrDetect()
else probeDockerEarly(runPlanOrDetect)

// Node ≥ 22.1 keeps the V8 code of the CLI's bundles in a cache (under the OS temp dir), so the
// next run skips compiling them; earlier Node has no such call and compiles every time. (The
// bundles load after this line runs: an import() waits for the script's end.)
if (typeof module.enableCompileCache === 'function') module.enableCompileCache()

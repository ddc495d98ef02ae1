import { detectCommand } from '../cli/commands/detect.js'
import { planCommand } from '../cli/commands/plan.js'
import { runCli } from '../cli/run.js'

/**
 * `plan` and `detect`, bundled into one file with nothing else: each extra ES module costs a
 * file read, a resolve and a link (bench/plan-startup.mjs). The plan's `probeDocker()` takes the
 * `/info` that dist/cli.js asked for before loading this file.
 */
export function runPlanOrDetect(argv: string[]): Promise<void> {
  return runCli(argv, { plan: () => Promise.resolve(planCommand()), detect: () => Promise.resolve(detectCommand()) })
}

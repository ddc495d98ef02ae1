import { adoptDockerProbe, type DockerProbe } from '../probes/docker.js'
import { detectCommand } from '../cli/commands/detect.js'
import { planCommand } from '../cli/commands/plan.js'
import { runCli } from '../cli/run.js'

/**
 * `plan` and `detect`, bundled into one file with nothing else: each extra ES module costs a
 * file read, a resolve and a link (bench/plan-startup.mjs). `asked` is the `/info` that
 * dist/cli.js started before loading this file.
 */
export function runPlanOrDetect(argv: string[], asked: Promise<DockerProbe> | null): Promise<void> {
  if (asked !== null) adoptDockerProbe(asked)
  return runCli(argv, { plan: () => Promise.resolve(planCommand()), detect: () => Promise.resolve(detectCommand()) })
}

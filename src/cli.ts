#!/usr/bin/env node
import { probeDockerEarly } from './probes/docker.js'

// plan and detect ask Docker unless told not to: start that before loading the CLI.
const args = process.argv.slice(2)
const asksDocker = (args[0] === 'plan' || args[0] === 'detect') && !args.some((a) => a === '--no-docker' || a.startsWith('--total-memory'))
const asked = asksDocker ? probeDockerEarly() : null
if (args[0] === 'plan' || args[0] === 'detect') {
  const { runQuick } = await import('./cli/quick.js')
  await runQuick(process.argv, asked)
} else {
  const { main } = await import('./cli/program.js')
  await main(process.argv)
}

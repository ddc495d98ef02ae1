#!/usr/bin/env node
import { probeDockerEarly } from './probes/docker.js'

// plan and detect ask Docker unless told not to: start that before loading the CLI.
const args = process.argv.slice(2)
if ((args[0] === 'plan' || args[0] === 'detect') && !args.some((a) => a === '--no-docker' || a.startsWith('--total-memory'))) {
  probeDockerEarly()
}
const { main } = await import('./cli/program.js')
await main(process.argv)

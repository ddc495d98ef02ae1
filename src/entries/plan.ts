import { probeDockerEarly } from '../probes/docker.js'

// As in src/main.ts: the engine answers while the action's modules load.
const asked = probeDockerEarly()
const { run } = await import('../action/main.js')
await run('plan-only', asked)

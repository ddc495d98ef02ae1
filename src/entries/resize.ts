import { probeDockerEarly } from '../probes/docker.js'

// As in src/main.ts: the engine answers while the action's modules load.
const asked = probeDockerEarly()
const { run } = await import('../action/main.js')
// No post step runs after the resize sub-action, so it binds no builder it could not give back.
await run('resize-only', asked)

import { probeDockerEarly } from '../probes/docker.js'

// As in src/main.ts: the engine answers while the action's modules load.
const asked = probeDockerEarly()
setImmediate(() => void import('../action/main.js').then(({ run }) => run('plan-only', asked)))

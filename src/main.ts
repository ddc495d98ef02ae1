import { probeDockerEarly } from './probes/docker.js'

// The engine takes tens of ms to answer /info (it asks runc and containerd for their versions):
// ask it while the action's modules load. The step always plans, so it always asks. The
// question leaves only when the event loop turns (the connection completes, then the request
// is written), so the step is loaded after one turn, not before it.
const asked = probeDockerEarly()
setImmediate(() => void import('./action/main.js').then(({ run }) => run('plan-and-build', asked)))

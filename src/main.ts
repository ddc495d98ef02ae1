import { probeDockerEarly } from './probes/docker.js'

// The engine takes tens of ms to answer /info (it asks runc and containerd for their versions):
// ask it while the action's modules load. The step always plans, so it always asks.
const asked = probeDockerEarly()
const { run } = await import('./action/main.js')
await run('plan-and-build', asked)

import { probeDockerEarly } from './probes/docker.js'

// The engine takes tens of ms to answer /info (it asks runc and containerd for their versions):
// ask it while the action's modules load. The step always plans, so it always asks.
const asked = probeDockerEarly()
void import('./action/main.js').then(({ run }) => run('plan-and-build', asked))

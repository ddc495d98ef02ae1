import { probeDockerEarly } from '../probes/docker.js'

// The engine answers /info while the action's modules load. The step always plans, so it always asks.
probeDockerEarly(() => void import('./action-main.js').then(({ run }) => run('plan-and-build')))

import { probeDockerEarly } from '../probes/docker.js'

// As in src/entries/main.ts: the engine answers while the action's modules load.
probeDockerEarly(() => void import('./action-main.js').then(({ run }) => run('plan-only')))

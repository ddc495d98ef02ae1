import { probeDockerEarly } from '../probes/docker.js'

// As in src/entries/main.ts: the engine answers while the action's modules load.
// No post step runs after the resize sub-action, so it binds no builder it could not give back.
probeDockerEarly(() => void import('./action-main.js').then(({ run }) => run('resize-only')))

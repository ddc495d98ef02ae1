// The engine tier: run it with `sudo npm run test:e2e`, which starts the fresh engine these
// tests need (scripts/fresh-engine.sh); run directly, its global setup fails.
import { base } from './jest.config.js'

export default {
  ...base,
  roots: ['<rootDir>/__tests__/e2e'],
  globalSetup: '<rootDir>/__tests__/setup/e2e-global-setup.ts',
  // The tests share one engine, its BuildKit cgroup and the kernel log: one file at a time.
  maxWorkers: 1
}

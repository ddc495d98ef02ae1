// The v2 tier: run it with `sudo npm run test:v2` (vm/run.sh), which boots a cgroup v2 + systemd VM
// with Docker 28 and runs these tests inside it; run anywhere else, its global setup fails.
import { base } from './jest.config.js'

export default {
  ...base,
  roots: ['<rootDir>/__tests__/v2'],
  globalSetup: '<rootDir>/__tests__/v2/helpers/global-setup.ts',
  // One engine, its cgroups and the kernel log are shared: one file at a time.
  maxWorkers: 1,
  // Everything runs under software emulation: a build takes tens of seconds. The longest test
  // (mechanisms' auto: two builders booted, four builds) took 177 s at load 6 on 2 shared cores;
  // 15 min leaves room for load 15, which made runs 2-3 times slower.
  testTimeout: 900000
}

import { spawnSync } from 'node:child_process'
import { statfsSync } from 'node:fs'

/**
 * The v2 tier runs only inside the VM vm/run.sh boots (cgroup v2 alone, systemd, Docker 28 with
 * the systemd cgroup driver): anywhere else its tests would prove nothing about v2, so the tier
 * fails here, it never skips.
 */
export default function globalSetup(): void {
  if (process.env.DMA_V2_VM !== '1') throw new Error('the v2 tests run inside the VM: `sudo npm run test:v2` boots it (jest args after --)')
  if (process.getuid?.() !== 0) throw new Error('the v2 tests need root (systemd scopes, memory cgroups, the kernel log)')
  // CGROUP2_SUPER_MAGIC: /sys/fs/cgroup is the unified hierarchy, not v1 or hybrid.
  if (statfsSync('/sys/fs/cgroup').type !== 0x63677270) throw new Error('the v2 tests need /sys/fs/cgroup to be cgroup v2 (cgroup2fs)')
  const info = spawnSync('docker', ['info', '--format', '{{.CgroupVersion}} {{.CgroupDriver}}'], { encoding: 'utf8' })
  if (info.status !== 0) throw new Error(`the VM's engine does not answer: ${info.stderr.trim()}`)
  if (info.stdout.trim() !== '2 systemd') throw new Error(`the VM's engine runs cgroup ${info.stdout.trim()}, not 2 with systemd`)
}

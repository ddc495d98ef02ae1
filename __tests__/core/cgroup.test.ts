import { describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { cgroupDirs, parseCfsQuota, parseCpuMax, parseCpusetCount, parseMemoryLimit, parseMountinfo, parseProcCgroup } from '../../src/core/cgroup.js'
import { GiB, MiB } from '../../src/core/units.js'
import { probeCgroup } from '../../src/probes/cgroup.js'

const fixtures = join(import.meta.dirname, '../fixtures/cgroup')

describe('parsers', () => {
  test.each([
    ['max', null],
    ['9223372036854771712', null], // cgroup v1 "unlimited"
    ['18446744073709551615', null], // what process.constrainedMemory() reports when unlimited
    ['3221225472\n', 3 * GiB],
    ['', null],
    ['garbage', null]
  ])('memory limit %j', (text, expected) => {
    expect(parseMemoryLimit(text)).toBe(expected)
  })

  test.each([
    ['max 100000', null],
    ['150000 100000\n', 1.5],
    ['200000 100000', 2]
  ])('cpu.max %j', (text, expected) => {
    expect(parseCpuMax(text)).toBe(expected)
  })

  test.each([
    ['-1', '100000', null],
    ['150000', '100000', 1.5]
  ])('cfs quota %s/%s', (q, p, expected) => {
    expect(parseCfsQuota(q, p)).toBe(expected)
  })

  test.each([
    ['0-3', 4],
    ['0', 1],
    ['0-3,6,8-9', 7],
    ['', null],
    ['x', null]
  ])('cpuset %j', (text, expected) => {
    expect(parseCpusetCount(text)).toBe(expected)
  })

  test('/proc/self/cgroup of a v1 docker container', () => {
    const entries = parseProcCgroup('4:memory:/docker/abc\n1:cpu,cpuacct:/docker/abc\n0::/\n')
    expect(entries).toEqual([
      { hierarchyId: '4', controllers: ['memory'], path: '/docker/abc' },
      { hierarchyId: '1', controllers: ['cpu', 'cpuacct'], path: '/docker/abc' },
      { hierarchyId: '0', controllers: [], path: '/' }
    ])
  })

  test('mountinfo keeps only cgroup mounts, with their roots and octal escapes undone', () => {
    const mounts = parseMountinfo(
      [
        '31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755',
        '82 78 0:32 /docker/abc /sys/fs/cgroup/memory ro,nosuid - cgroup cgroup rw,memory',
        '41 31 0:38 / /sys/fs/cgroup/un\\040ified rw,relatime shared:4 - cgroup2 cgroup2 rw'
      ].join('\n')
    )
    expect(mounts).toEqual([
      { mountPoint: '/sys/fs/cgroup/memory', root: '/docker/abc', fsType: 'cgroup', options: ['rw', 'memory'] },
      { mountPoint: '/sys/fs/cgroup/un ified', root: '/', fsType: 'cgroup2', options: ['rw'] }
    ])
  })

  test.each([
    // host view: walk from the process's cgroup up to the mount
    ['/', '/a/b', ['/m/a/b', '/m/a', '/m']],
    // container without a cgroup namespace: the mount shows the container's own cgroup
    ['/docker/abc', '/docker/abc', ['/m']],
    // cgroup namespace: the process sits at the namespace root
    ['/', '/', ['/m']],
    // a path outside the mount: only the mount itself is ours
    ['/docker/abc', '/other', ['/m']]
  ])('mount root %s, process path %s', (root, path, dirs) => {
    expect(cgroupDirs({ mountPoint: '/m', root, fsType: 'cgroup', options: [] }, path)).toEqual(dirs)
  })
})

describe('probeCgroup on fixture trees', () => {
  test.each([
    ['v1-hybrid-unlimited', { version: 1, memoryLimitBytes: null, cpuQuota: null, cpusetCount: 2 }],
    ['v1-nested-parent-limit', { version: 1, memoryLimitBytes: 3 * GiB, memoryLimitPath: '/sys/fs/cgroup/memory/dma-lead-fx', path: '/dma-lead-fx/job' }],
    ['v1-docker-container', { version: 1, memoryLimitBytes: 512 * MiB, cpuQuota: 1.5, cpusetCount: 1 }],
    [
      'v2-container-cgroupns',
      { version: 2, memoryLimitBytes: 3 * GiB, memoryUsageBytes: 100 * MiB, memoryReclaimableBytes: 50 * MiB, cpuQuota: null, cpusetCount: 4 }
    ],
    ['v2-kubernetes-pod', { version: 2, memoryLimitBytes: 4 * GiB, cpuQuota: 2, cpusetCount: 8 }],
    ['v2-systemd-runner', { version: 2, memoryLimitBytes: null, memoryLimitPath: null, cpuQuota: null, cpusetCount: 4 }]
  ])('%s', (name, expected) => {
    expect(probeCgroup(join(fixtures, name))).toMatchObject(expected)
  })

  test('a root without /proc gives no cgroup facts rather than an error', () => {
    expect(probeCgroup(join(fixtures, 'does-not-exist'))).toBeNull()
  })
})

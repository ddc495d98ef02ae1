import { describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import {
  cgroupDirs,
  findMount,
  parseCfsQuota,
  parseCounter,
  parseCpuMax,
  parseCpusetCount,
  parseKeyValues,
  parseMemoryLimit,
  parseMountinfo,
  parseProcCgroup
} from '../../src/core/cgroup.js'
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
    ['garbage', null],
    // 2^62 is where "no limit" starts; under it, a limit.
    ['4611686018427387904', null],
    ['4611686018427387392', 2 ** 62 - 512], // the largest double under 2^62
    [' 104857600 \n', 100 * MiB],
    ['100M', null],
    ['x100', null]
  ])('memory limit %j', (text, expected) => {
    expect(parseMemoryLimit(text)).toBe(expected)
  })

  test.each([
    ['max 100000', null],
    ['150000 100000\n', 1.5],
    ['200000 100000', 2],
    ['150000', 1.5], // no period: the kernel's default 100000
    ['  50000   100000\n', 0.5],
    ['0 100000', null],
    ['100000 0', null],
    ['', null]
  ])('cpu.max %j', (text, expected) => {
    expect(parseCpuMax(text)).toBe(expected)
  })

  test.each([
    ['-1', '100000', null],
    ['150000', '100000', 1.5],
    ['50000\n', '100000\n', 0.5],
    ['0', '100000', null],
    ['50000', '0', null],
    ['50000', '', null]
  ])('cfs quota %s/%s', (q, p, expected) => {
    expect(parseCfsQuota(q, p)).toBe(expected)
  })

  test.each([
    ['0-3', 4],
    ['0', 1],
    ['0-3,6,8-9', 7],
    ['', null],
    ['x', null],
    ['10', 1],
    ['0-15', 16],
    ['0-1, 4\n', 3],
    ['1-0', null],
    ['0-3x', null],
    ['x0-3', null],
    ['0-3,', null]
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

  test('/proc/self/cgroup: two-digit hierarchy ids, CRLF, and lines that are not entries', () => {
    expect(parseProcCgroup('12:memory:/docker/abc\r\n x3:cpu:/a\n0::/system.slice/x.service\r\n\n')).toEqual([
      { hierarchyId: '12', controllers: ['memory'], path: '/docker/abc' },
      { hierarchyId: '0', controllers: [], path: '/system.slice/x.service' }
    ])
  })

  test.each([
    ['104857600\n', 100 * MiB],
    ['0', 0],
    ['12kB', null],
    ['x12', null],
    ['', null]
  ])('counter %j', (text, expected) => {
    expect(parseCounter(text)).toBe(expected)
  })

  test('memory.stat and memory.events: whole numbers only, whatever the spacing', () => {
    expect(parseKeyValues('anon 5\n  file   7\nbad 12kB\nworse x12\nneg -3\nlonely\n\n')).toEqual({ anon: 5, file: 7, neg: -3 })
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
    ['/docker/abc', '/other', ['/m']],
    // a sibling whose name starts with the root's is outside it too
    ['/docker/abc', '/docker/abcdef/x', ['/m']],
    // inside the root: walk up to the mount
    ['/docker/abc', '/docker/abc/sub/leaf', ['/m/sub/leaf', '/m/sub', '/m']],
    // a namespace's view of a cgroup above it
    ['/', '/../..', ['/m']]
  ])('mount root %s, process path %s', (root, path, dirs) => {
    expect(cgroupDirs({ mountPoint: '/m', root, fsType: 'cgroup', options: [] }, path)).toEqual(dirs)
  })

  test('a mount at / (a trailing slash) and the root of it', () => {
    expect(cgroupDirs({ mountPoint: '/sys/fs/cgroup/', root: '/', fsType: 'cgroup2', options: [] }, '/a')).toEqual(['/sys/fs/cgroup/a', '/sys/fs/cgroup'])
    expect(cgroupDirs({ mountPoint: '/', root: '/', fsType: 'cgroup2', options: [] }, '/')).toEqual(['/'])
  })

  test('findMount: v2 only where the unified hierarchy holds the controller; else the v1 mount that has it', () => {
    const v1 = { mountPoint: '/sys/fs/cgroup/memory', root: '/', fsType: 'cgroup' as const, options: ['rw', 'memory'] }
    const v2 = { mountPoint: '/sys/fs/cgroup/unified', root: '/', fsType: 'cgroup2' as const, options: ['rw'] }
    const hybrid = parseProcCgroup('4:memory:/job\n0::/job.scope\n')
    expect(findMount([v1, v2], hybrid, 'memory', ['memory'])).toEqual({ mount: v2, path: '/job.scope', version: 2 })
    expect(findMount([v1, v2], hybrid, 'memory', ['cpu'])).toEqual({ mount: v1, path: '/job', version: 1 })
    // A 0:: line that names controllers is not the unified hierarchy.
    expect(findMount([v1, v2], parseProcCgroup('4:memory:/job\n0:x:/y\n'), 'memory', ['memory'])).toEqual({ mount: v1, path: '/job', version: 1 })
    expect(findMount([v2], hybrid, 'cpu', ['memory'])).toBeNull()
    expect(findMount([{ ...v1, options: ['rw', 'cpu'] }], hybrid, 'memory', [])).toBeNull()
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

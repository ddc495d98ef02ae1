import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  buildsSince,
  historyInspectCommand,
  historyLogsCommand,
  historyLsCommand,
  BuildRecordParseError,
  parseHistoryInspect,
  parseHistoryLs,
  parseRefsEntry,
  parseSources
} from '../../src/core/build/build-records.js'
import {
  ContainerParseError,
  containerLevel,
  containerMemoryCgroup,
  limitsOf,
  parseContainerState,
  restoreCommands,
  systemdSliceDir,
  updateLimitCommand,
  type ContainerState
} from '../../src/core/bind/builder-container.js'

const captured = (f: string): string => readFileSync(join('__tests__/fixtures/captured', f), 'utf8')
const own = (f: string): string => readFileSync(join('__tests__/fixtures/build', f), 'utf8')
const MiB = 1024 * 1024

describe('parseHistoryLs', () => {
  const lines = captured('buildx-0.28-history-ls.json')
  test.each([
    ['one object per line (buildx 0.28)', lines],
    ['a JSON array', `[${lines.trim().split('\n').join(',')}]`]
  ])('%s', (_, text) => {
    expect(parseHistoryLs(text)).toEqual([
      {
        ref: 'cap/cap0/zaxnxaxlcr9gu8gjr92uw2l26',
        id: 'zaxnxaxlcr9gu8gjr92uw2l26',
        name: 'tmp.H5rzl4HnJh/Dockerfile.fail',
        status: 'Error',
        createdAt: '2026-11-29T15:06:52.363361485Z',
        completedAt: '2026-11-29T15:06:53.476976186Z'
      },
      {
        ref: 'cap/cap0/ir0up95m4hf3gp4wdmupy3rmb',
        id: 'ir0up95m4hf3gp4wdmupy3rmb',
        name: 'tmp.H5rzl4HnJh/Dockerfile.piped',
        status: 'Completed',
        createdAt: '2026-11-29T15:06:50.683667047Z',
        completedAt: '2026-11-29T15:06:51.868672316Z'
      }
    ])
  })

  test('no builds is an empty list', () => {
    expect(parseHistoryLs('\n')).toEqual([])
  })

  test.each(['ERROR: no builder "x" found', '{"name":"no ref"}'])('%j is refused', (text) => {
    expect(() => parseHistoryLs(text)).toThrow(BuildRecordParseError)
  })

  test('buildsSince keeps the builds from a time on, oldest first', () => {
    const records = parseHistoryLs(lines)
    expect(buildsSince(records, '2026-11-29T15:00:00Z').map((r) => r.id)).toEqual(['ir0up95m4hf3gp4wdmupy3rmb', 'zaxnxaxlcr9gu8gjr92uw2l26'])
    expect(buildsSince(records, '2026-11-29T15:06:52Z').map((r) => r.id)).toEqual(['zaxnxaxlcr9gu8gjr92uw2l26'])
  })
})

describe('parseHistoryInspect', () => {
  test.each([
    [
      'the failed build',
      'buildx-0.28-history-inspect-oom.json',
      {
        name: 'tmp.H5rzl4HnJh/Dockerfile.fail',
        context: '.',
        dockerfile: 'Dockerfile.fail',
        status: 'failed',
        startedAt: '2026-11-29T15:06:52.363361485Z',
        completedAt: '2026-11-29T15:06:53.476976186Z',
        error: {
          message: 'process "/bin/sh -c head -c 300m /dev/zero | tail > /dev/null" did not complete successfully: exit code: 137',
          step: '[4/4] RUN head -c 300m /dev/zero | tail > /dev/null',
          logs: ['Killed'],
          excerpt: { file: 'Dockerfile.fail', startLine: 5, endLine: 5 }
        }
      }
    ],
    [
      'the killed-but-passed build',
      'buildx-0.28-history-inspect-killed-but-passed.json',
      {
        name: 'tmp.H5rzl4HnJh/Dockerfile.piped',
        context: '.',
        dockerfile: 'Dockerfile.piped',
        status: 'completed',
        startedAt: '2026-11-29T15:06:50.683667047Z',
        completedAt: '2026-11-29T15:06:51.868672316Z',
        error: null
      }
    ]
  ])('%s', (_, file, expected) => {
    expect(parseHistoryInspect(captured(file))).toEqual(expected)
  })

  test('the text form is refused, not misread', () => {
    expect(() => parseHistoryInspect(captured('buildx-0.28-history-inspect-oom.txt'))).toThrow(BuildRecordParseError)
  })

  test('the excerpt of the text form reads as the JSON Sources do', () => {
    expect(parseSources(captured('buildx-0.28-history-inspect-oom.txt'))).toEqual({ file: 'Dockerfile.fail', startLine: 5, endLine: 5 })
  })
})

describe('parseRefsEntry', () => {
  test('the refs file buildx wrote beside the build', () => {
    const entry = captured('buildx-0.28-refs-entry.txt').split('\n')[2]
    expect(parseRefsEntry(entry)).toEqual({ target: 'default', localPath: '/tmp/tmp.YETIcZ17cz', dockerfilePath: '/tmp/tmp.YETIcZ17cz/docker/app/Dockerfile' })
  })

  test.each(['not json', '{"Target":"default"}'])('%j is refused', (text) => {
    expect(() => parseRefsEntry(text)).toThrow(BuildRecordParseError)
  })
})

test('history argv', () => {
  expect(historyLsCommand('cap').args).toEqual(['buildx', 'history', 'ls', '--builder', 'cap', '--format', 'json'])
  expect(historyInspectCommand('cap', 'zax').args).toEqual(['buildx', 'history', 'inspect', '--builder', 'cap', 'zax', '--format', 'json'])
  expect(historyLogsCommand('cap', 'zax').args).toEqual(['buildx', 'history', 'logs', '--builder', 'cap', 'zax'])
})

describe('parseContainerState', () => {
  test.each([
    [
      'a running container with 100 MiB',
      own('docker-inspect-container-running-100m-engine-20.10.json'),
      { running: true, pid: 4199, oomKilled: false, memoryBytes: 100 * MiB, memorySwapBytes: 100 * MiB, cgroupParent: '', name: 'dma-build-cap-run' }
    ],
    ['an OOM-killed container', own('docker-inspect-container-oomkilled-engine-20.10.json'), { running: false, pid: 0, oomKilled: true }]
  ])('%s', (_, text, expected) => {
    expect(parseContainerState(text)).toMatchObject(expected)
  })

  test.each(['', '[]', '{"State":{}}'])('%j is refused', (text) => {
    expect(() => parseContainerState(text)).toThrow(ContainerParseError)
  })
})

describe('docker update', () => {
  test('binds in bytes, so the read-back compares exactly', () => {
    expect(updateLimitCommand('buildx_buildkit_upd0', { memoryBytes: 100 * MiB, memorySwapBytes: 100 * MiB }).args).toEqual([
      'update',
      '--memory',
      '104857600',
      '--memory-swap',
      '104857600',
      'buildx_buildkit_upd0'
    ])
  })

  // docker-update-running-builder.txt: `--memory 0` left 104857600 in place.
  test('an unlimited container is never restored with --memory 0', () => {
    const restore = restoreCommands('buildx_buildkit_upd0', { memoryBytes: 0, memorySwapBytes: 0 }, 8 * 1024 * MiB)
    const cmds = restore.commands.map((c) => c.args)
    expect(restore.expected).toEqual({ memoryBytes: 8 * 1024 * MiB, memorySwapBytes: -1 })
    expect(cmds).toEqual([
      ['update', '--memory', String(8 * 1024 * MiB), '--memory-swap', String(16 * 1024 * MiB), 'buildx_buildkit_upd0'],
      ['update', '--memory-swap', '-1', 'buildx_buildkit_upd0']
    ])
    expect(cmds.flat()).not.toContain('0')
  })

  test('a finite limit is given back as it was', () => {
    const restore = restoreCommands('c', { memoryBytes: 4096 * MiB, memorySwapBytes: 6144 * MiB }, 1)
    expect(restore.commands.map((c) => c.args)).toEqual([['update', '--memory', String(4096 * MiB), '--memory-swap', String(6144 * MiB), 'c']])
    expect(restore.expected).toEqual({ memoryBytes: 4096 * MiB, memorySwapBytes: 6144 * MiB })
  })
})

describe('containerMemoryCgroup', () => {
  const id = 'a'.repeat(64)
  const state = (cgroupParent: string): ContainerState => ({
    id,
    name: 'buildx_buildkit_b0',
    image: 'sha256:' + 'b'.repeat(64),
    running: true,
    pid: 42,
    oomKilled: false,
    memoryBytes: 0,
    memorySwapBytes: 0,
    cgroupParent
  })
  const hostMounts = '30 25 0:26 / /sys/fs/cgroup/memory rw,nosuid,nodev,noexec,relatime shared:12 - cgroup cgroup rw,memory\n'
  const v2Mounts = '25 1 0:23 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw\n'
  test.each([
    [
      'v1, pid readable: buildx parent',
      { procCgroup: `4:memory:/docker/buildx/${id}\n`, mountinfo: hostMounts, v2Controllers: [], cgroupVersion: '1', cgroupDriver: 'cgroupfs' },
      '',
      `/sys/fs/cgroup/memory/docker/buildx/${id}`,
      1
    ],
    [
      'v2 systemd, pid readable',
      {
        procCgroup: `0::/system.slice/docker-${id}.scope\n`,
        mountinfo: v2Mounts,
        v2Controllers: ['memory', 'pids'],
        cgroupVersion: '2',
        cgroupDriver: 'systemd'
      },
      '',
      `/sys/fs/cgroup/system.slice/docker-${id}.scope`,
      2
    ],
    [
      // BuildKit on v2 moves buildkitd into `init` below the container's scope (Docker 28.5, the v2 tier).
      "v2 systemd, the pid in BuildKit's init child: the container's scope",
      {
        procCgroup: `0::/system.slice/docker-${id}.scope/init\n`,
        mountinfo: v2Mounts,
        v2Controllers: ['memory', 'pids'],
        cgroupVersion: '2',
        cgroupDriver: 'systemd'
      },
      '',
      `/sys/fs/cgroup/system.slice/docker-${id}.scope`,
      2
    ],
    [
      "v2 cgroupfs, the pid in BuildKit's init child: the container's cgroup",
      { procCgroup: `0::/docker/buildx/${id}/init\n`, mountinfo: v2Mounts, v2Controllers: ['memory'], cgroupVersion: '2', cgroupDriver: 'cgroupfs' },
      '',
      `/sys/fs/cgroup/docker/buildx/${id}`,
      2
    ],
    [
      'v2, a pid cgroup not named with the id (a cgroup namespace): kept as it is',
      { procCgroup: `0::/init\n`, mountinfo: v2Mounts, v2Controllers: ['memory'], cgroupVersion: '2', cgroupDriver: 'systemd' },
      '',
      `/sys/fs/cgroup/init`,
      2
    ],
    [
      'v1 cgroupfs, no pid: CgroupParent',
      { procCgroup: null, mountinfo: null, v2Controllers: [], cgroupVersion: '1', cgroupDriver: 'cgroupfs' },
      '/docker/buildx',
      `/sys/fs/cgroup/memory/docker/buildx/${id}`,
      1
    ],
    [
      'v2 cgroupfs, no pid, default parent',
      { procCgroup: null, mountinfo: null, v2Controllers: [], cgroupVersion: '2', cgroupDriver: 'cgroupfs' },
      '',
      `/sys/fs/cgroup/docker/${id}`,
      2
    ],
    [
      'v2 systemd, no pid, nested slice',
      { procCgroup: null, mountinfo: null, v2Controllers: [], cgroupVersion: '2', cgroupDriver: 'systemd' },
      'ci-builds.slice',
      `/sys/fs/cgroup/ci.slice/ci-builds.slice/docker-${id}.scope`,
      2
    ]
  ])('%s', (_, host, parent, path, version) => {
    expect(containerMemoryCgroup(state(parent), host)).toEqual({ path, version })
  })

  test('an engine that says nothing of its cgroups gives no path', () => {
    expect(containerMemoryCgroup(state(''), { procCgroup: null, mountinfo: null, v2Controllers: [], cgroupVersion: null, cgroupDriver: null })).toBeNull()
  })

  test('systemd slice names nest by their dashes', () => {
    expect(systemdSliceDir('system.slice')).toBe('system.slice')
    expect(systemdSliceDir('a-b-c.slice')).toBe('a.slice/a-b.slice/a-b-c.slice')
  })
})

describe('builder containers, field by field', () => {
  test('inspect without State or HostConfig: not running, no limit, the default parent', () => {
    expect(parseContainerState('{"Id":"abc"}')).toEqual({
      id: 'abc',
      name: '',
      image: '',
      running: false,
      pid: 0,
      oomKilled: false,
      memoryBytes: 0,
      memorySwapBytes: 0,
      cgroupParent: ''
    })
  })
  test('the name loses only its leading slash; running and OOMKilled only when true', () => {
    const state = parseContainerState(
      JSON.stringify({
        Id: 'abc',
        Name: '/b/0',
        Image: 'sha256:1',
        State: { Running: 'yes', Pid: 42, OOMKilled: 1 },
        HostConfig: { CgroupParent: '/docker/buildx' }
      })
    )
    expect(state).toMatchObject({ name: 'b/0', image: 'sha256:1', running: false, pid: 42, oomKilled: false, cgroupParent: '/docker/buildx' })
    expect(parseContainerState('{"Id":"abc","Name":"b/0"}').name).toBe('b/0')
    expect(limitsOf(parseContainerState('{"Id":"abc","HostConfig":{"Memory":5,"MemorySwap":-1}}'))).toEqual({ memoryBytes: 5, memorySwapBytes: -1 })
  })
  test('what is not a container inspect says so', () => {
    expect(() => parseContainerState('[')).toThrow('docker inspect did not print JSON')
    expect(() => parseContainerState('null')).toThrow('docker inspect printed no container Id')
    expect(() => parseContainerState('{"Id":5}')).toThrow(ContainerParseError)
  })

  test('restore: unlimited swap beside a limit takes a second call; unset swap is given twice the memory', () => {
    expect(restoreCommands('c', { memoryBytes: 4096 * MiB, memorySwapBytes: -1 }, 1)).toEqual({
      commands: [
        { args: ['update', '--memory', String(4096 * MiB), '--memory-swap', String(8192 * MiB), 'c'], env: {} },
        { args: ['update', '--memory-swap', '-1', 'c'], env: {} }
      ],
      expected: { memoryBytes: 4096 * MiB, memorySwapBytes: -1 }
    })
    expect(restoreCommands('c', { memoryBytes: 4096 * MiB, memorySwapBytes: 0 }, 1)).toEqual({
      commands: [{ args: ['update', '--memory', String(4096 * MiB), '--memory-swap', String(8192 * MiB), 'c'], env: {} }],
      expected: { memoryBytes: 4096 * MiB, memorySwapBytes: 8192 * MiB }
    })
  })

  test('the container level: the deepest part named with the id, from any depth; no id, the path as it is', () => {
    expect(containerLevel('/system.slice/docker-abc.scope/init', 'abc')).toBe('/system.slice/docker-abc.scope')
    expect(containerLevel('docker-abc.scope/init', 'abc')).toBe('docker-abc.scope')
    expect(containerLevel('/docker/abc', 'abc')).toBe('/docker/abc')
    expect(containerLevel('/system.slice/other.scope', 'abc')).toBe('/system.slice/other.scope')
    expect(containerLevel('/a/b', '')).toBe('/a/b')
  })

  test('the pid path needs both files; without either the engine facts decide, and an unknown driver gives none', () => {
    const state = parseContainerState('{"Id":"abc"}')
    const host = { v2Controllers: ['memory'], cgroupVersion: '2', cgroupDriver: 'systemd' }
    const mountinfo = '41 31 0:38 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw'
    expect(containerMemoryCgroup(state, { ...host, procCgroup: '0::/system.slice/docker-abc.scope/init\n', mountinfo })).toEqual({
      path: '/sys/fs/cgroup/system.slice/docker-abc.scope',
      version: 2
    })
    const fallback = { path: '/sys/fs/cgroup/system.slice/docker-abc.scope', version: 2 }
    expect(containerMemoryCgroup(state, { ...host, procCgroup: '0::/elsewhere\n', mountinfo: null })).toEqual(fallback)
    expect(containerMemoryCgroup(state, { ...host, procCgroup: null, mountinfo })).toEqual(fallback)
    // A pid whose cgroup has no memory mount here: the engine facts, not a wrong path.
    expect(containerMemoryCgroup(state, { ...host, procCgroup: '3:cpu:/x\n', mountinfo: '1 1 0:1 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu' })).toEqual(
      fallback
    )
    expect(containerMemoryCgroup(state, { ...host, cgroupDriver: 'none', procCgroup: null, mountinfo: null })).toBeNull()
    expect(containerMemoryCgroup(state, { ...host, cgroupVersion: '3', procCgroup: null, mountinfo: null })).toBeNull()
  })
})

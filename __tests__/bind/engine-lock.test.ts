/**
 * The engine lock's pure half (src/core/bind/engine-lock.ts): the docker commands that take,
 * read and drop it, how docker's refusals are told apart, what `docker inspect` of a lock says,
 * and when a lock may be taken over. The lock's runs against an engine are in
 * bind-transaction-faults, bind-concurrent and the engine tier.
 */
import { describe, expect, test } from '@jest/globals'
import {
  createLockCommand,
  inspectLockCommand,
  isLockStale,
  isNameConflict,
  isNoSuchContainer,
  lockName,
  parseLock,
  removeLockCommand,
  type LockHolder
} from '../../src/core/bind/engine-lock.js'

const ID = '0123456789abcdef'.repeat(4)
const holder: LockHolder = { host: 'runner-1', pid: 4242, token: 'tok-1', expires: 1_800_000_000_000 }
/** What `docker inspect --format '{{json .}}'` shows of a created container: only the fields read. */
const inspect = (labels: Record<string, string> | null, id = 'c'.repeat(64)): string =>
  JSON.stringify({ Id: id, Name: `/${lockName(ID)}`, State: { Status: 'created' }, Config: { Image: 'sha256:abc', Labels: labels } })
const labelsOf = (h: LockHolder): Record<string, string> => {
  const args = createLockCommand(ID, 'sha256:img', h).args
  return Object.fromEntries(args.flatMap((a, i) => (args[i - 1] === '--label' ? [a.split(/=(.*)/s).slice(0, 2) as [string, string]] : [])))
}

describe('the lock container', () => {
  test('is named after the first 12 characters of the builder container id', () => {
    expect(lockName(ID)).toBe('docker-memory-lock-0123456789ab')
    expect(lockName('short')).toBe('docker-memory-lock-short')
  })

  test('create: the name, no network, who holds it in labels, the builder image last; no env', () => {
    expect(createLockCommand(ID, 'sha256:img', holder)).toEqual({
      args: [
        'create',
        '--name',
        'docker-memory-lock-0123456789ab',
        '--network',
        'none',
        '--label',
        `io.docker-memory.lock=${ID}`,
        '--label',
        'io.docker-memory.lock.host=runner-1',
        '--label',
        'io.docker-memory.lock.pid=4242',
        '--label',
        'io.docker-memory.lock.token=tok-1',
        '--label',
        'io.docker-memory.lock.expires=1800000000000',
        'sha256:img'
      ],
      env: {}
    })
  })

  test('inspect by name as a container, remove by id', () => {
    expect(inspectLockCommand(ID)).toEqual({ args: ['inspect', '--type', 'container', '--format', '{{json .}}', 'docker-memory-lock-0123456789ab'], env: {} })
    expect(removeLockCommand('deadbeef')).toEqual({ args: ['rm', 'deadbeef'], env: {} })
  })
})

describe("docker's refusals", () => {
  test('a name in use is a conflict (docker 20.10 and 28 wordings, any case); a missing container is not', () => {
    expect(isNameConflict('Error response from daemon: Conflict. The container name "/docker-memory-lock-0123456789ab" is already in use')).toBe(true)
    expect(isNameConflict('the name is ALREADY IN USE by container 1234')).toBe(true)
    expect(isNameConflict('conflict: unable to delete')).toBe(true)
    expect(isNameConflict('Error: No such container: docker-memory-lock-0123456789ab')).toBe(false)
    expect(isNameConflict('')).toBe(false)
  })

  test('no such container / object, any case; a conflict is not', () => {
    expect(isNoSuchContainer('Error: No such container: docker-memory-lock-0123456789ab')).toBe(true)
    expect(isNoSuchContainer('Error: No such object: docker-memory-lock-0123456789ab')).toBe(true)
    expect(isNoSuchContainer('error: no such CONTAINER: x')).toBe(true)
    expect(isNoSuchContainer('No such image: x')).toBe(false)
    expect(isNoSuchContainer('Conflict. The container name is already in use')).toBe(false)
  })
})

describe('parseLock', () => {
  test('reads back what create wrote, with the lock container id', () => {
    expect(parseLock(inspect(labelsOf(holder)))).toEqual({ id: 'c'.repeat(64), ...holder })
  })

  test('a holder without host or token reads them as empty', () => {
    const labels = labelsOf(holder)
    delete labels['io.docker-memory.lock.host']
    delete labels['io.docker-memory.lock.token']
    expect(parseLock(inspect(labels))).toEqual({ id: 'c'.repeat(64), host: '', pid: 4242, token: '', expires: holder.expires })
  })

  test('not ours, or not a lock: null', () => {
    const labels = labelsOf(holder)
    expect(parseLock('not json')).toBeNull()
    expect(parseLock('null')).toBeNull()
    expect(parseLock(inspect(null))).toBeNull()
    expect(parseLock(JSON.stringify({ Id: 'c'.repeat(64) }))).toBeNull()
    expect(parseLock(JSON.stringify({ Config: { Labels: labels } }))).toBeNull()
    expect(parseLock(JSON.stringify({ Id: 7, Config: { Labels: labels } }))).toBeNull()
    const { ['io.docker-memory.lock']: _ours, ...notOurs } = labels
    expect(parseLock(inspect(notOurs))).toBeNull()
    expect(parseLock(inspect({ ...labels, 'io.docker-memory.lock.pid': 'abc' }))).toBeNull()
    expect(parseLock(inspect({ ...labels, 'io.docker-memory.lock.expires': 'soon' }))).toBeNull()
    const { ['io.docker-memory.lock.pid']: _pid, ...noPid } = labels
    expect(parseLock(inspect(noPid))).toBeNull()
  })
})

describe('isLockStale: taken over only when its holder is provably gone', () => {
  const now = holder.expires - 1000
  const alive = (pid: number): boolean => pid === holder.pid
  const dead = (): boolean => false

  test('same host, process alive, within expiry: held', () => {
    expect(isLockStale(holder, now, 'runner-1', alive)).toBe(false)
  })
  test('same host, process gone: stale at once', () => {
    expect(isLockStale(holder, now, 'runner-1', dead)).toBe(true)
  })
  test('another host within expiry: waited for, whatever a local pid of that number does', () => {
    expect(isLockStale(holder, now, 'runner-2', dead)).toBe(false)
    expect(isLockStale(holder, now, 'runner-2', alive)).toBe(false)
  })
  test('past expiry: stale from any host, alive or not; at the expiry itself: still held', () => {
    expect(isLockStale(holder, holder.expires + 1, 'runner-2', alive)).toBe(true)
    expect(isLockStale(holder, holder.expires + 1, 'runner-1', alive)).toBe(true)
    expect(isLockStale(holder, holder.expires, 'runner-2', alive)).toBe(false)
  })
})

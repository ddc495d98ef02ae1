/**
 * The lock every binding transaction on one builder container takes, kept in the engine that
 * runs the container: jobs sharing a builder share that engine, not always a host or a file
 * system. The lock is a created (never started) container named after the builder's container:
 * the engine refuses a second container of the same name, so creating it is atomic where a
 * volume (`volume create` of an existing name succeeds) or a file is not. Who holds it is in its
 * labels. Pure.
 */
import type { DockerCommand } from '../build/argv.js'

const L = 'io.docker-memory.lock'

export interface LockHolder {
  host: string
  /** The process running the transaction: the lock lives only as long as one bind or release. */
  pid: number
  /** Tells two transactions of one process apart. */
  token: string
  /** Epoch ms after which the holder is overdue: no transaction takes that long (every docker call has a timeout). */
  expires: number
}

export interface HeldLock extends LockHolder {
  /** The lock container's id: removed by id, so a lock taken over meanwhile is never removed by mistake. */
  id: string
}

/** `docker-memory-lock-<first 12 of the builder container's id>`. */
export function lockName(containerId: string): string {
  return `docker-memory-lock-${containerId.slice(0, 12)}`
}

/**
 * `image`: the builder container's own image (its id), which the engine has for as long as the
 * container exists, so the lock needs no pull. No network: the container never runs.
 */
export function createLockCommand(containerId: string, image: string, holder: LockHolder): DockerCommand {
  const labels: Record<string, string> = {
    [L]: containerId,
    [`${L}.host`]: holder.host,
    [`${L}.pid`]: String(holder.pid),
    [`${L}.token`]: holder.token,
    [`${L}.expires`]: String(holder.expires)
  }
  return {
    args: ['create', '--name', lockName(containerId), '--network', 'none', ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]), image],
    env: {}
  }
}

export function inspectLockCommand(containerId: string): DockerCommand {
  return { args: ['inspect', '--type', 'container', '--format', '{{json .}}', lockName(containerId)], env: {} }
}

export function removeLockCommand(lockId: string): DockerCommand {
  return { args: ['rm', lockId], env: {} }
}

/** docker's answer when the name is taken (`Conflict. The container name "/…" is already in use`). */
export function isNameConflict(stderr: string): boolean {
  return /Conflict|already in use/i.test(stderr)
}

export function isNoSuchContainer(stderr: string): boolean {
  return /No such (container|object)/i.test(stderr)
}

/** The lock as `docker inspect` shows it; null when it is not one of ours (a container of that name someone else made). */
export function parseLock(json: string): HeldLock | null {
  let raw: { Id?: string; Config?: { Labels?: Record<string, string> | null } }
  try {
    raw = JSON.parse(json) as typeof raw
  } catch {
    return null
  }
  const l = raw?.Config?.Labels ?? {}
  const pid = Number(l[`${L}.pid`])
  const expires = Number(l[`${L}.expires`])
  if (typeof raw?.Id !== 'string' || !l[L] || !Number.isFinite(pid) || !Number.isFinite(expires)) return null
  return { id: raw.Id, host: l[`${L}.host`] ?? '', pid, token: l[`${L}.token`] ?? '', expires }
}

/**
 * A lock is left behind only when its holder is provably gone: its process is dead on this
 * host, or it is past its expiry (a transaction that took longer than any can is dead or hung,
 * and a hung one undoes on its own timeouts). A lock from another host within its expiry is
 * waited for.
 */
export function isLockStale(lock: LockHolder, now: number, host: string, alive: (pid: number) => boolean): boolean {
  if (lock.host === host && !alive(lock.pid)) return true
  return now > lock.expires
}

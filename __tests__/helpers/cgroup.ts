import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'

/**
 * A real memory cgroup for the tests (needs root): v2 when the unified hierarchy has the
 * memory controller, else v1. `wrap` turns a shell command into one that runs inside it.
 */
export function memoryCgroup(name: string, limitBytes: number) {
  const v2 = existsSync('/sys/fs/cgroup/cgroup.controllers') && readFileSync('/sys/fs/cgroup/cgroup.controllers', 'utf8').split(/\s+/).includes('memory')
  const dir = v2 ? `/sys/fs/cgroup/${name}` : `/sys/fs/cgroup/memory/${name}`
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/${v2 ? 'memory.max' : 'memory.limit_in_bytes'}`, String(limitBytes))
  return {
    dir,
    version: v2 ? 2 : 1,
    wrap: (cmd: string) => ['sh', '-c', `echo $$ > ${dir}/cgroup.procs && ${cmd}`],
    remove: () => {
      for (let i = 0; ; i++) {
        try {
          rmdirSync(dir)
          return
        } catch (error) {
          // the process may still be leaving the cgroup; after 5 s a leaked cgroup is a failure
          if (i >= 50) throw new Error(`could not remove the test cgroup ${dir}: ${(error as Error).message}`, { cause: error })
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)
        }
      }
    }
  }
}

/** Where the engine's embedded BuildKit puts its steps on cgroup v1 with the cgroupfs driver. */
export const BUILDKIT_CGROUP = '/sys/fs/cgroup/memory/docker/buildkit'
export const UNLIMITED_V1 = '9223372036854771712'

/** The BuildKit cgroup's limit, or 'absent' where the engine has not made it (a fresh engine). */
export function buildkitLimit(): string {
  return existsSync(BUILDKIT_CGROUP) ? readFileSync(`${BUILDKIT_CGROUP}/memory.limit_in_bytes`, 'utf8').trim() : 'absent'
}

/**
 * Puts the engine's BuildKit cgroup into the state a test starts from, and returns what undoes
 * it. 'absent' is a fresh engine's: the empty directories are removed (the kernel refuses while
 * a step is in one; the engine makes them again at its next step). 'present' makes the missing
 * ones, as the engine's first step would, and the undo removes those again.
 */
export function buildkitCgroup(want: 'absent' | 'present'): () => void {
  if (want === 'absent') {
    for (const dir of [BUILDKIT_CGROUP, '/sys/fs/cgroup/memory/docker'])
      if (existsSync(dir) && readdirSync(dir, { withFileTypes: true }).every((d) => !d.isDirectory())) rmdirSync(dir)
    if (existsSync(BUILDKIT_CGROUP)) throw new Error(`${BUILDKIT_CGROUP} is in use and cannot be removed`)
    return () => undefined
  }
  const made = [BUILDKIT_CGROUP, '/sys/fs/cgroup/memory/docker'].filter((dir) => !existsSync(dir))
  mkdirSync(BUILDKIT_CGROUP, { recursive: true })
  return () => {
    for (const dir of made) if (readdirSync(dir, { withFileTypes: true }).every((d) => !d.isDirectory())) rmdirSync(dir)
  }
}

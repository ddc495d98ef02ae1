import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'

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
          if (i >= 50) throw new Error(`could not remove the test cgroup ${dir}: ${(error as Error).message}`)
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)
        }
      }
    }
  }
}

/**
 * What the v2 tests that run `docker-memory build` share: a build context holding busybox (the VM
 * has no network: images are `FROM scratch`), a Dockerfile whose step needs 300 MiB and one whose
 * step needs 50 MiB, a docker config of its own (no buildx builder chosen yet: buildx's default
 * is the engine's own, the docker driver), and the commands run against them.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI } from '../../helpers/build.js'

const BUSYBOX = 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n'

export interface Ran {
  status: number | null
  /** stdout then stderr. */
  out: string
  stdout: string
}

export interface BuildContext {
  ctx: string
  run(cmd: string, args: string[], extra?: NodeJS.ProcessEnv): Ran
  /** `docker-memory build --build-memory 100m … --format json`: the outcome, and everything it printed. */
  productBuild(args: string[]): { status: number | null; out: string; json: Record<string, unknown> | null }
  remove(): void
}

/** `more`: further Dockerfiles, by name, each a RUN (or more) after the busybox lines. */
export function buildContext(prefix: string, more: Record<string, string> = {}): BuildContext {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const config = join(root, 'docker-config')
  const ctx = join(root, 'ctx')
  mkdirSync(ctx)
  copyFileSync('/bin/busybox', join(ctx, 'busybox'))
  // dd reads 300 MiB (or 50 MiB) into one buffer: the step needs that much at once, in seconds even
  // under emulation (a pipe into `tail` took minutes of reclaim at the limit).
  const files: Record<string, string> = {
    'Dockerfile.300': 'RUN dd if=/dev/zero of=/dev/null bs=300M count=1\n',
    'Dockerfile.50': 'RUN dd if=/dev/zero of=/dev/null bs=50M count=1\n',
    ...more
  }
  for (const [name, steps] of Object.entries(files)) writeFileSync(join(ctx, name), `${BUSYBOX}${steps}`)
  const run = (cmd: string, args: string[], extra: NodeJS.ProcessEnv = {}): Ran => {
    const r = spawnSync(cmd, args, { env: { ...process.env, DOCKER_CONFIG: config, ...extra }, encoding: 'utf8' })
    return { status: r.status, out: r.stdout + r.stderr, stdout: r.stdout }
  }
  return {
    ctx,
    run,
    productBuild(args) {
      const r = run(process.execPath, [CLI, 'build', '--build-memory', '100m', '--network', 'none', '--format', 'json', ...args, ctx])
      try {
        return { status: r.status, out: r.out, json: JSON.parse(r.stdout) as Record<string, unknown> }
      } catch {
        return { status: r.status, out: r.out, json: null }
      }
    },
    remove: () => rmSync(root, { recursive: true, force: true })
  }
}

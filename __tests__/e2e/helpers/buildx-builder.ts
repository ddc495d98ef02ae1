/**
 * A real docker-container buildx builder — what docker/setup-buildx-action makes on every
 * GitHub runner — on the engine tier's fresh engine. No image can be pulled here, so the
 * BuildKit image is assembled from ../shared/buildkit/ (BuildKit v0.32.2, `make-image.sh`) and
 * buildx is that kit's v0.36.1 plugin; scripts/fresh-engine.sh runs containers through the
 * kit's `caprunc` where the machine lacks CAP_SYS_RESOURCE (a privileged builder cannot start
 * without it). Provenance of the binaries: ../shared/buildkit/README.md.
 *
 * buildx is opt-in: only the environment `buildxEnv()` returns has the plugin (a DOCKER_CONFIG of
 * the engine's own), so the tests of the paths without buildx still run without it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'

const KIT = resolve(process.cwd(), '..', 'shared', 'buildkit')

function engineState(): string {
  const state = process.env.DMA_E2E_ENGINE
  if (state === undefined) throw new Error('buildx-builder: not under scripts/fresh-engine.sh (no DMA_E2E_ENGINE)')
  return state
}

/** The environment for docker commands that use buildx: a DOCKER_CONFIG holding the kit's plugin. */
export function buildxEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const config = join(engineState(), 'docker-config-buildx')
  const plugin = join(config, 'cli-plugins', 'docker-buildx')
  if (!existsSync(plugin)) {
    if (!existsSync(join(KIT, 'bin', 'docker-buildx'))) throw new Error(`buildx-builder: ${KIT}/bin/docker-buildx is missing`)
    mkdirSync(join(config, 'cli-plugins'), { recursive: true })
    symlinkSync(join(KIT, 'bin', 'docker-buildx'), plugin)
  }
  return { ...base, DOCKER_CONFIG: config }
}

/** Assembles the BuildKit image on this engine once (the name buildx boots by default). */
export function ensureBuildkitImage(): void {
  const present = spawnSync('docker', ['image', 'inspect', 'moby/buildkit:buildx-stable-1'], { stdio: 'ignore' })
  if (present.status === 0) return
  execFileSync('bash', [join(KIT, 'make-image.sh')], { stdio: ['ignore', 'ignore', 'inherit'] })
}

export interface Builder {
  name: string
  /** The BuildKit container buildx runs for the builder's only node. */
  container: string
  env: NodeJS.ProcessEnv
  /** `docker buildx rm`: the container and its state volume go. */
  remove(): void
}

/**
 * Creates and boots a docker-container builder, as setup-buildx-action does (`driverOpts`: e.g.
 * `['memory=4g']` for a builder created with a limit of its own).
 */
export function createBuilder(name: string, driverOpts: string[] = []): Builder {
  ensureBuildkitImage()
  const env = buildxEnv()
  const opts = driverOpts.flatMap((o) => ['--driver-opt', o])
  execFileSync('docker', ['buildx', 'create', '--name', name, '--driver', 'docker-container', ...opts, '--bootstrap'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  return {
    name,
    container: `buildx_buildkit_${name}0`,
    env,
    remove: () => {
      spawnSync('docker', ['buildx', 'rm', '--force', name], { env, stdio: 'ignore' })
    }
  }
}

// A real buildx plugin and a docker-container builder made current, for the plan startup bench's
// row "action main, buildx installed" (issue 17): what every GitHub runner has after
// docker/setup-buildx-action. CI is a fresh machine, so the bench gets both itself:
// - the plugin: Debian's docker-buildx 0.29.1 from the forky suite (it needs only libc ≥ 2.34 and
//   runs on bookworm; ../shared/FACTS.md §6), fetched with `apt-get download` into a folder of
//   the bench's own (its own sources list, lists and cache: the machine's apt setup is not
//   touched) and unpacked with `dpkg -x`; where that fails, the kit's buildx 0.36.1
//   (../shared/buildkit/bin), said in the output;
// - the builder: BuildKit's image assembled from ../shared/buildkit (no image can be pulled
//   here), then `docker buildx create --driver docker-container --use --bootstrap` in a
//   DOCKER_CONFIG of the bench's own, whose cli-plugins holds the plugin.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const KIT = resolve(process.cwd(), '..', 'shared', 'buildkit')

/** The plugin's path and what it is, or null with why. */
function fetchDebianBuildx(dir) {
  const apt = join(dir, 'apt')
  for (const d of ['lists/partial', 'cache/archives/partial', 'sources']) mkdirSync(join(apt, d), { recursive: true })
  writeFileSync(
    join(apt, 'sources', 'forky.sources'),
    'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: forky\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
  )
  const o = [
    '-o',
    'Dir::Etc::SourceList=/dev/null',
    '-o',
    `Dir::Etc::SourceParts=${join(apt, 'sources')}`,
    '-o',
    `Dir::State::Lists=${join(apt, 'lists')}`,
    '-o',
    `Dir::Cache=${join(apt, 'cache')}`,
    '-o',
    'Debug::NoLocking=1',
    '-qq'
  ]
  const run = (args) => spawnSync('apt-get', [...o, ...args], { cwd: apt, encoding: 'utf8', timeout: 300000 })
  const update = run(['update'])
  if (update.status !== 0)
    return { path: null, why: `apt-get update (forky) failed: ${(update.stderr || update.error?.message || '').trim().split('\n').pop()}` }
  const download = run(['download', 'docker-buildx'])
  const deb = readdirSync(apt).find((f) => /^docker-buildx_.*\.deb$/.test(f))
  if (download.status !== 0 || !deb) return { path: null, why: `apt-get download docker-buildx failed: ${(download.stderr || '').trim().split('\n').pop()}` }
  execFileSync('dpkg', ['-x', join(apt, deb), join(apt, 'x')])
  const path = join(apt, 'x', 'usr', 'libexec', 'docker', 'cli-plugins', 'docker-buildx')
  return existsSync(path) ? { path, what: `Debian's ${deb}` } : { path: null, why: `${deb} holds no docker-buildx plugin` }
}

/**
 * Sets up buildx and a current docker-container builder under `dir`; returns the environment
 * for docker commands (DOCKER_CONFIG), a line saying what was set up, and `remove`.
 * Throws with why when it cannot.
 */
export function setUpBuildx(dir) {
  const config = join(dir, 'docker-config')
  mkdirSync(join(config, 'cli-plugins'), { recursive: true })
  let plugin = fetchDebianBuildx(dir)
  if (plugin.path === null) {
    const kit = join(KIT, 'bin', 'docker-buildx')
    if (!existsSync(kit)) throw new Error(`no buildx plugin: ${plugin.why}, and ${kit} is missing`)
    plugin = { path: kit, what: `the kit's buildx (${plugin.why})` }
  }
  copyFileSync(plugin.path, join(config, 'cli-plugins', 'docker-buildx'))
  execFileSync('chmod', ['755', join(config, 'cli-plugins', 'docker-buildx')])
  const env = { ...process.env, DOCKER_CONFIG: config }
  const version = execFileSync('docker', ['buildx', 'version'], { env, encoding: 'utf8' }).trim()
  if (spawnSync('docker', ['image', 'inspect', 'moby/buildkit:buildx-stable-1'], { stdio: 'ignore' }).status !== 0) {
    if (!existsSync(join(KIT, 'make-image.sh'))) throw new Error(`no BuildKit image and no ${KIT}/make-image.sh to assemble one`)
    execFileSync('bash', [join(KIT, 'make-image.sh')], { stdio: ['ignore', 'ignore', 'inherit'] })
  }
  const name = `dma-bench-${process.pid}`
  execFileSync('docker', ['buildx', 'create', '--name', name, '--driver', 'docker-container', '--use', '--bootstrap'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  return {
    env: { DOCKER_CONFIG: config },
    what: `${version} from ${plugin.what}; builder ${name} (docker-container, current)`,
    remove: () => spawnSync('docker', ['buildx', 'rm', '--force', name], { env, stdio: 'ignore' })
  }
}

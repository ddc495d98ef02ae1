import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yaml from 'js-yaml'

/**
 * What the workflows promise that actionlint cannot see: the reusable workflow lower-cases
 * image names (its shell step runs here), logs in and sets up QEMU only when needed, and the
 * release moves the major tag only after checking and testing.
 */

interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown> & { workflow_call?: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } }
  permissions?: Record<string, string>
  jobs: Record<string, { steps?: Step[]; uses?: string; with?: Record<string, unknown>; permissions?: Record<string, string> }>
}

const load = (path: string): Workflow => yaml.load(readFileSync(path, 'utf8')) as Workflow
const reusable = load('.github/workflows/docker-memory-build.yml')
const steps = reusable.jobs.build.steps ?? []
const step = (pred: (s: Step) => boolean): Step => {
  const found = steps.find(pred)
  if (!found) throw new Error('no such step')
  return found
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** Runs the lower-casing step as the runner would (bash -e) and returns its `tags` output. */
function lowerCase(tags: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'docs-workflow-'))
  dirs.push(dir)
  const output = join(dir, 'output')
  writeFileSync(output, '')
  const r = spawnSync('bash', ['-e', '-c', step((s) => s.id === 'tags').run ?? ''], {
    env: { PATH: process.env.PATH ?? '', TAGS: tags, GITHUB_OUTPUT: output },
    encoding: 'utf8'
  })
  expect(r.status).toBe(0)
  const m = /^tags<<(\S+)\n([\s\S]*?)\n?\1\n$/.exec(readFileSync(output, 'utf8'))
  if (!m) throw new Error(`not a multi-line output: ${readFileSync(output, 'utf8')}`)
  return m[2] === '' ? [] : m[2].split('\n')
}

describe('the reusable workflow', () => {
  test.each([
    ['ghcr.io/My-Org/App:Sha-1', ['ghcr.io/my-org/app:Sha-1']],
    ['localhost:5000/Team/Web', ['localhost:5000/team/web']],
    ['ghcr.io/A/b:v1, docker.io/Me/b:latest', ['ghcr.io/a/b:v1', 'docker.io/me/b:latest']],
    ['ghcr.io/A/b:1\n\nghcr.io/A/c:2\n', ['ghcr.io/a/b:1', 'ghcr.io/a/c:2']],
    ['', []]
  ])('lower-cases the repository of %j, never the tag', (tags, expected) => {
    expect(lowerCase(tags)).toEqual(expected)
  })

  test('builds the lower-cased names', () => {
    expect(step((s) => s.id === 'build').with?.tags).toBe('${{ steps.tags.outputs.tags }}')
  })

  test('logs in only to push, with the secrets or the job token for ghcr.io', () => {
    const login = step((s) => s.uses?.startsWith('docker/login-action@') ?? false)
    expect(login.if).toBe('inputs.push')
    expect(login.with).toEqual({
      registry: '${{ inputs.registry }}',
      username: '${{ secrets.registry-username || github.actor }}',
      password: '${{ secrets.registry-password || github.token }}'
    })
    expect(steps.indexOf(login)).toBeLessThan(steps.indexOf(step((s) => s.id === 'build')))
  })

  test('sets up QEMU only for other platforms, before buildx', () => {
    const qemu = step((s) => s.uses?.startsWith('docker/setup-qemu-action@') ?? false)
    expect(qemu.if).toBe("inputs.platforms != ''")
    expect(steps.indexOf(qemu)).toBeLessThan(steps.indexOf(step((s) => s.uses?.startsWith('docker/setup-buildx-action@') ?? false)))
  })

  test('passes the cache inputs on', () => {
    expect(step((s) => s.id === 'build').with).toMatchObject({ 'cache-from': '${{ inputs.cache-from }}', 'cache-to': '${{ inputs.cache-to }}' })
  })

  test("returns build-push-action's digest, imageid and metadata, and passes labels, attestations and secrets on", () => {
    const outputs = (reusable.on.workflow_call as unknown as { outputs: Record<string, { value: string }> }).outputs
    const jobOutputs = (reusable.jobs.build as unknown as { outputs: Record<string, string> }).outputs
    for (const name of ['digest', 'imageid', 'metadata']) {
      expect(outputs[name].value).toBe(`\${{ jobs.build.outputs.${name} }}`)
      expect(jobOutputs[name]).toBe(`\${{ steps.build.outputs.${name} }}`)
    }
    expect(Object.keys(reusable.on.workflow_call?.secrets ?? {})).toContain('build-secrets')
    expect(step((s) => s.id === 'build').with).toMatchObject({
      labels: '${{ inputs.labels }}',
      provenance: '${{ inputs.provenance }}',
      sbom: '${{ inputs.sbom }}',
      secrets: '${{ secrets.build-secrets }}'
    })
  })

  test('calls the action at the major version the README documents, and says what pinning the workflow pins', () => {
    expect(step((s) => s.id === 'build').uses).toBe('org/docker-memory-action@v1')
    expect(readFileSync('.github/workflows/docker-memory-build.yml', 'utf8')).toMatch(/calling this workflow at a SHA pins the workflow, not the action/)
  })

  test('declares no permissions, so the caller decides what the token may do', () => {
    expect(reusable.permissions).toBeUndefined()
    expect(reusable.jobs.build.permissions).toBeUndefined()
  })
})

test('CI calls the reusable workflow, pushing only on a push', () => {
  const job = load('.github/workflows/ci.yml').jobs['reusable-workflow']
  expect(job.uses).toBe('./.github/workflows/docker-memory-build.yml')
  expect(job.with?.push).toBe("${{ github.event_name == 'push' }}")
  expect(job.permissions).toEqual({ contents: 'read', packages: 'write' })
})

test('the release checks the tag, dist/, the unit tests and release-check before it publishes, releases and moves the major tag', () => {
  const release = load('.github/workflows/release.yml')
  expect(Object.keys(release.on).sort()).toEqual(['push', 'workflow_dispatch'])
  expect(release.on.push).toEqual({ tags: ['v*.*.*'] })
  const runs = (release.jobs.release.steps ?? []).map((s) => s.run ?? '')
  const at = (text: string): number => runs.findIndex((r) => r.includes(text))
  const order = [
    'release tag vX.Y.Z',
    'npm run check:dist',
    'npm test',
    'scripts/release-check.mjs',
    'npm publish --provenance --access public',
    'gh release create',
    'git push --force origin'
  ]
  expect(order.map(at).every((i) => i >= 0)).toBe(true)
  expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b))
})

describe('the release steps, run here', () => {
  const steps = load('.github/workflows/release.yml').jobs.release.steps ?? []
  function run(name: string, tag: string): { status: number | null; stdout: string; stderr: string; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), 'docs-release-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'env'), '')
    const script = steps.find((s) => s.name === name)?.run ?? ''
    // The release-check step, without packing (its pack, dry run and npx run in .ci/run).
    const r = spawnSync('bash', ['-e', '-c', script.replace('release-check.mjs', 'release-check.mjs --versions-only')], {
      env: { PATH: process.env.PATH ?? '', TAG: tag, GITHUB_ENV: join(dir, 'env'), RUNNER_TEMP: dir },
      encoding: 'utf8'
    })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, dir }
  }
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
  const CHECK = 'One version everywhere, the tarball, npm publish --dry-run, npx of the tarball'

  test('a release tag names the major tag to move', () => {
    const r = run('The tag is vX.Y.Z', `v${version}`)
    expect(r.status).toBe(0)
    expect(readFileSync(join(r.dir, 'env'), 'utf8')).toBe(`MAJOR=v${version.split('.')[0]}\n`)
  })

  test.each([
    ['v1', '::error::v1 is not a release tag vX.Y.Z'],
    [`v${version}-rc.1`, `::error::v${version}-rc.1 is not a release tag vX.Y.Z`]
  ])('%s is refused', (tag, message) => {
    const r = run('The tag is vX.Y.Z', tag)
    expect({ status: r.status, stdout: r.stdout.trim() }).toEqual({ status: 1, stdout: message })
  })

  test("the notes are the version's CHANGELOG section; a tag that is not package.json's version is refused", () => {
    const r = run(CHECK, `v${version}`)
    expect(r.status).toBe(0)
    const notes = readFileSync(join(r.dir, 'notes.md'), 'utf8')
    expect(notes).toContain('### Added')
    expect(notes).not.toContain('## [')
    expect(notes).not.toContain(`[${version}]: `)
    const wrong = run(CHECK, 'v99.0.0')
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toContain(`release-check: the tag v99.0.0 is not v${version}, package.json's version\n`)
  })
})

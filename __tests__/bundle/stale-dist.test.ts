import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { distIsCurrent } from '../../scripts/dist-stamp.mjs'
import globalSetup from '../helpers/unit-global-setup.js'
import globalTeardown from '../helpers/unit-global-teardown.js'

// The suites that run dist/ must never pass on a dist/ older than the source: `npm test`'s
// global setup bundles first. Shown on a copy of the project whose source changed after its
// dist/ was built, as a contributor's checkout is after an edit.

let copy: string
// What the setup sets for the workers: put back after the setup run here.
const savedEnv = Object.fromEntries(['TMPDIR', 'DMA_UNIT_TMPDIR', 'FAKE_DOCKER_SERVER', 'DMA_FAKE_DOCKER_SERVER_PID'].map((k) => [k, process.env[k]]))
beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'stale-dist-'))
  for (const part of ['src', 'scripts', 'dist', 'package.json']) cpSync(part, join(copy, part), { recursive: true })
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'))
})
afterEach(() => {
  rmSync(copy, { recursive: true, force: true })
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

test("the unit tier's setup rebuilds a stale dist/, so a bundle-run test sees the source as it is now", async () => {
  const errors = join(copy, 'src/core/errors.ts')
  writeFileSync(errors, readFileSync(errors, 'utf8').replace("this.name = 'InputError'", "this.name = 'InputErrorEditedAfterTheBuild'"))
  const nameSeen = (): string =>
    spawnSync(process.execPath, ['-e', "const { InputError } = require('./dist/shared.js'); console.log(new InputError('x').name)"], {
      cwd: copy,
      encoding: 'utf8'
    }).stdout.trim()
  expect(nameSeen()).toBe('InputError')
  await globalSetup({ rootDir: copy })
  // Its temporary folder and the fake docker's server it started, removed as after a run.
  await globalTeardown()
  expect(nameSeen()).toBe('InputErrorEditedAfterTheBuild')

  // The setup bundles only when dist/ is not what the checkout builds (scripts/dist-stamp.mjs):
  // the build it just made is current; an edited or a left-over file of dist/, or any change
  // to what the bundle reads, makes it stale again.
  expect(distIsCurrent(copy)).toBe(true)
  const shared = join(copy, 'dist/shared.js')
  const built = readFileSync(shared, 'utf8')
  writeFileSync(shared, built.replace('InputErrorEditedAfterTheBuild', 'InputErrorEditedInDist'))
  expect(distIsCurrent(copy)).toBe(false)
  writeFileSync(shared, built)
  expect(distIsCurrent(copy)).toBe(true)
  writeFileSync(join(copy, 'dist/chunks/left-over.mjs'), '')
  expect(distIsCurrent(copy)).toBe(false)
  rmSync(join(copy, 'dist/chunks/left-over.mjs'))
  for (const input of ['package-lock.json', 'src/core/units.ts', 'scripts/bundle.mjs']) {
    const path = join(copy, input)
    const before = existsSync(path) ? readFileSync(path, 'utf8') : null
    writeFileSync(path, `${before ?? ''}\n`)
    expect([input, distIsCurrent(copy)]).toEqual([input, false])
    if (before === null) rmSync(path)
    else writeFileSync(path, before)
    expect([input, distIsCurrent(copy)]).toEqual([input, true])
  }
})

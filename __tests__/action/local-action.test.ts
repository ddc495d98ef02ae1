import { expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../helpers/action.js'

// @github/local-action runs the TypeScript source as GitHub would run the bundle.
test('@github/local-action runs the action from source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dma-la-'))
  const envFile = join(dir, '.env')
  writeFileSync(envFile, 'INPUT_PROFILE=maximum\nINPUT_TOTAL-MEMORY=\nINPUT_CONTAINERS=redis=512m\n')
  const r = spawnSync(join(ROOT, 'node_modules/.bin/local-action'), ['run', ROOT, 'src/entries/action-main.ts', envFile], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root' }
  })
  rmSync(dir, { recursive: true, force: true })
  expect(r.status).toBe(0)
  expect(r.stdout).toMatch(/::set-output name=profile::maximum/)
  expect(r.stdout).toMatch(/::set-output name=containers::\{"redis":"512m"\}/)
  expect(r.stdout).toMatch(/::set-output name=build-memory-bytes::\d+/)
}, 180000)

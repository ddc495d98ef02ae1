/**
 * A build on a bound builder that memory did not hurt has nothing to explain, but what it left
 * (the builder's peak, its steps' peaks) is what the history learns from when nothing fails.
 * Against the fake docker replaying a real passing build's record (buildx 0.36); no root: the
 * fake builder container reports no pid here, so its peak is unknown (the engine tier's
 * bind-action-peak-fake.test.ts reads a real one and follows it into the history).
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { historySteps, stepPeaksOf } from '../../src/core/build/step-peaks.js'
import { explainBuildRecords } from '../../src/explain/build-records.js'

const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
const MiB = 1024 * 1024
const CONTAINER = 'bf9792f47fb8141c5e8ea951697f92c825e7c2f1d66602fdb44ab44893ee1d60'
// The captured passing build ran from 08:10:00.240 to 08:10:01.358.
const START = Date.parse('2026-12-03T08:10:00.240Z')
const saved = { PATH: process.env.PATH, FAKE_DOCKER_STATE: process.env.FAKE_DOCKER_STATE, FAKE_DOCKER_HISTORY: process.env.FAKE_DOCKER_HISTORY }
let state: string

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dm-history-passed-'))
  Object.assign(process.env, { PATH: `${FAKE}:${saved.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_HISTORY: 'passed' })
  execFileSync('docker', ['buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--bootstrap'], { env: process.env })
})
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(state, { recursive: true, force: true })
})

describe('explainBuildRecords on a build that passed untouched', () => {
  test('explains nothing, and returns the build with its step’s peak from the sampler, tied to its RUN line', async () => {
    const steps = [
      {
        id: 'before',
        firstMs: START - 60000,
        lastMs: START - 50000,
        peakBytes: 7 * MiB,
        command: '/bin/sh -c head -c 20m /dev/zero | tail > /dev/null; echo "held 20 MiB"'
      },
      {
        id: 'p4ss3d',
        firstMs: START + 600,
        lastMs: START + 1000,
        peakBytes: 21 * MiB,
        command: '/bin/sh -c head -c 20m /dev/zero | tail > /dev/null; echo "held 20 MiB"'
      }
    ]
    writeFileSync(join(state, `memory-${CONTAINER}.tsv.steps`), steps.map((c) => JSON.stringify(c)).join('\n') + '\n')
    const { builds, passed, problems } = await explainBuildRecords('setup', { since: '2026-12-03T08:00:00Z', workspace: state, logDir: state, plan: null })
    expect(problems).toEqual([])
    expect(builds).toEqual([])
    expect(passed.map((p) => [p.record.id, p.record.status, p.outcome.exitCode, p.outcome.builderName])).toEqual([
      ['gfj403ixgh2w3zdl03zfdacod', 'Completed', 0, 'setup']
    ])
    expect(historySteps(stepPeaksOf(passed[0].outcome.stepCgroups, passed[0].log))).toEqual([
      { instruction: '[3/3] RUN head -c 20m /dev/zero | tail > /dev/null; echo "held 20 MiB"', platform: null, bytes: 21 * MiB }
    ])
  })

  test('a builds-since after it leaves it out', async () => {
    const { builds, passed } = await explainBuildRecords('setup', { since: '2026-12-03T08:11:00Z', workspace: state, logDir: state, plan: null })
    expect([builds, passed]).toEqual([[], []])
  })
})

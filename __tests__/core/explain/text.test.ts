import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { explainBuilds, type LogExplanation } from '../../../src/core/explain/builds.js'
import { mapDockerfile } from '../../../src/core/explain/dockerfile-map.js'
import { explainBuild, type Annotation } from '../../../src/core/explain/explain.js'
import { explanationJson, explanationText, logExplanationJson, logExplanationText, statusLine } from '../../../src/core/explain/text.js'
import { CAPTURED_DOCKERFILES, capturedBuilds, OOM_LOG, PASSED_LOG, type CapturedDockerfile } from './helpers.js'

// `docker-memory explain --format text|json` as the CLI prints it, from the pure core: the CLI
// suites run dist/, which a change of src/ does not reach until it is bundled.
const PASSED = PASSED_LOG
const OOM = OOM_LOG
const RUN = 'RUN head -c 300m /dev/zero | tail > /dev/null'
const OOM_MESSAGE = `A process was killed (the log says so) in step [4/4] ${RUN} (exit code 137). Fix: give the build more memory; or run fewer jobs in parallel. Confidence: reported by the tool. Evidence: "Killed"; "process "/bin/sh -c head -c 300m /dev/zero | tail > /dev/null" did not complete successfully: exit code: 137".`
const PASSED_MESSAGE = `A process was killed (the log says so) in step [4/4] ${RUN}; echo "pipeline finished", yet the step succeeded (a pipe without pipefail, or a script without set -e): the image may be broken. Fix: give the build more memory; or run fewer jobs in parallel. Confidence: reported by the tool. Evidence: "Killed".`

const explain = (text: string, dockerfile: CapturedDockerfile | null) => {
  const log = analyzeBuildLog(text)
  const mapped = dockerfile ? { path: dockerfile, instructions: mapDockerfile(CAPTURED_DOCKERFILES[dockerfile]) } : null
  return { log, explanation: explainBuild({ log, dockerfile: mapped, outcome: null, kills: [], plan: null }) }
}

function twoBuilds(): LogExplanation {
  return explainBuilds(capturedBuilds(PASSED + OOM), null)
}

describe('explain --format text', () => {
  test('an OOM-killed step: the status line, then each annotation at its Dockerfile line with its message', () => {
    const { log, explanation } = explain(OOM, 'Dockerfile.fail')
    expect(explanationText(log, explanation)).toBe(
      `Build log (plain): 4 steps, failed at [4/4] ${RUN}\nerror Dockerfile.fail:5: Out of memory: [4/4] ${RUN}\n  ${OOM_MESSAGE}\n`
    )
  })

  test('without its Dockerfile an annotation names no place', () => {
    const { log, explanation } = explain(OOM, null)
    expect(explanationText(log, explanation).split('\n')[1]).toBe(`error: Out of memory: [4/4] ${RUN}`)
  })

  test('a place is a file, a line, or a range of lines', () => {
    const { log, explanation } = explain(OOM, null)
    const at = (a: Partial<Annotation>) =>
      explanationText(log, { ...explanation, annotations: [{ level: 'warning', title: 'T', message: 'M', ...a }] }).split('\n')[1]
    expect(at({ file: 'Dockerfile', startLine: 3, endLine: 6 })).toBe('warning Dockerfile:3-6: T')
    expect(at({ file: 'Dockerfile', startLine: 3, endLine: 3 })).toBe('warning Dockerfile:3: T')
    expect(at({ file: 'Dockerfile', startLine: 3 })).toBe('warning Dockerfile:3: T')
    expect(at({ file: 'Dockerfile' })).toBe('warning Dockerfile: T')
  })

  test('a build with nothing to say says so; a log with no build says that instead', () => {
    const { log, explanation } = explain(PASSED, null)
    expect(explanationText(log, { ...explanation, annotations: [] })).toBe('Build log (plain): 4 steps, succeeded\nNo sign of memory trouble.\n')
    const none = analyzeBuildLog('hello\nworld\n')
    expect(explanationText(none, explainBuild({ log: none, dockerfile: null, outcome: null, kills: [], plan: null }))).toBe(
      'No Docker build found in this log: no builder output, build step or builder error.\n'
    )
  })

  test("this project's README, prose that quotes build logs across its line breaks, is no build and holds no finding (issue 16)", () => {
    const readme = analyzeBuildLog(readFileSync('README.md', 'utf8'))
    expect(explanationText(readme, explainBuild({ log: readme, dockerfile: null, outcome: null, kills: [], plan: null }))).toBe(
      'No Docker build found in this log: no builder output, build step or builder error.\n'
    )
  })

  test('the status line: how the build ended, and every step counted when some were not kept', () => {
    const { log } = explain(PASSED, null)
    expect(statusLine({ ...log, succeeded: false, daemonLost: true })).toBe('Build log (plain): 4 steps, lost its builder')
    expect(statusLine({ ...log, succeeded: false })).toBe('Build log (plain): 4 steps, no result')
    expect(statusLine({ ...log, omittedSteps: 1000 })).toBe('Build log (plain): 1004 steps (4 kept), succeeded')
    // No step failed, but the build did: its error says how, cut at 160 characters.
    expect(statusLine({ ...log, succeeded: false, finalError: 'ERROR: failed to solve: failed to read dockerfile' })).toBe(
      'Build log (plain): 4 steps, failed: ERROR: failed to solve: failed to read dockerfile'
    )
    expect(statusLine({ ...log, succeeded: false, finalError: 'x'.repeat(161) })).toBe(`Build log (plain): 4 steps, failed: ${'x'.repeat(159)}…`)
    expect(statusLine({ ...log, succeeded: false, finalError: 'x'.repeat(160) })).toBe(`Build log (plain): 4 steps, failed: ${'x'.repeat(160)}`)
  })

  test('a build that failed before any step, sending its context to a full disk: said, and that it is the disk', () => {
    // 141 (eclipse-dirigible/dirigible#769): the legacy builder, GitHub's raw log.
    const text = [
      '2021-03-23T17:28:03.7510285Z Sending build context to Docker daemon  6.141GB',
      '2021-03-23T17:28:04.3930818Z Error response from daemon: Error processing tar file(exit status 1): write /x/rocksdbjni-5.18.4.jar: no space left on device',
      '2021-03-23T17:28:04.3954101Z ##[error]Process completed with exit code 1.'
    ].join('\n')
    const log = analyzeBuildLog(text)
    expect(explanationText(log, explainBuild({ log, dockerfile: null, outcome: null, kills: [], plan: null }))).toBe(
      'Build log (legacy): 0 steps, failed: Error response from daemon: Error processing tar file(exit status 1): write /x/rocksdbjni-5.18.4.jar: no space left on device\n' +
        'No sign of memory trouble: the disk is full (no space left on device).\n'
    )
  })

  test('several builds: each under its heading, named by its Dockerfile or its target; one build gets no heading', () => {
    const all = twoBuilds()
    expect(logExplanationText(all)).toBe(
      '== Build 1 of 2: Dockerfile.piped\n' +
        'Build log (plain): 4 steps, succeeded\n' +
        `warning Dockerfile.piped:5: Killed but passed: [4/4] ${RUN}; echo "pipeline finished"\n  ${PASSED_MESSAGE}\n` +
        '== Build 2 of 2: Dockerfile.fail\n' +
        `Build log (plain): 4 steps, failed at [4/4] ${RUN}\nerror Dockerfile.fail:5: Out of memory: [4/4] ${RUN}\n  ${OOM_MESSAGE}\n`
    )
    const targeted = { ...all, builds: all.builds.map((b) => ({ ...b, log: { ...b.log, target: 'app' } })) }
    expect(logExplanationText(targeted).split('\n')[0]).toBe('== Build 1 of 2: target app (Dockerfile.piped)')
    const one = { ...all, builds: [all.builds[1]] }
    expect(logExplanationText(one)).toBe(explanationText(all.builds[1].log, all.builds[1].explanation))
  })
})

describe('explain --format json', () => {
  test('one build: its status, how it ended, its steps and what was found', () => {
    const { log, explanation } = explain(OOM, 'Dockerfile.fail')
    const json = explanationJson(log, explanation)
    expect(json).toEqual({
      format: 'plain',
      docker: true,
      logStatus: `Build log (plain): 4 steps, failed at [4/4] ${RUN}`,
      succeeded: false,
      failedStep: log.steps[3],
      exitCode: 137,
      daemonLost: false,
      excerpt: { file: 'Dockerfile.fail', startLine: 5, endLine: 5 },
      steps: log.steps,
      omittedSteps: 0,
      findings: explanation.findings,
      annotations: explanation.annotations,
      fixes: explanation.fixes
    })
    expect(log.steps[3].id).toBe(log.failedStepId)
    expect(explanationJson(analyzeBuildLog(PASSED), explanation).failedStep).toBeNull()
  })

  test("several builds: the failed build's fields on top, every annotation, and each build under builds", () => {
    const all = twoBuilds()
    const json = logExplanationJson(all)
    expect(json).toMatchObject({ logStatus: `Build log (plain): 4 steps, failed at [4/4] ${RUN}`, annotations: all.annotations })
    expect((json.builds as Array<Record<string, unknown>>).map((b) => [b.dockerfile, b.dockerfileName, b.target, b.logStatus])).toEqual([
      ['Dockerfile.piped', 'Dockerfile.piped', null, 'Build log (plain): 4 steps, succeeded'],
      ['Dockerfile.fail', 'Dockerfile.fail', null, `Build log (plain): 4 steps, failed at [4/4] ${RUN}`]
    ])
    // The failed build is on top wherever it stands among the builds.
    expect(logExplanationJson({ ...all, builds: [all.builds[1], all.builds[0]] }).logStatus).toBe(`Build log (plain): 4 steps, failed at [4/4] ${RUN}`)
    // No build failed: the last one's fields are on top; a build without a Dockerfile has null.
    const passed = {
      ...all,
      builds: [
        { ...all.builds[1], log: { ...all.builds[1].log, failedStepId: null } },
        { ...all.builds[0], dockerfile: null }
      ]
    }
    const top = logExplanationJson(passed)
    expect(top.logStatus).toBe('Build log (plain): 4 steps, succeeded')
    expect((top.builds as Array<Record<string, unknown>>).map((b) => b.dockerfile)).toEqual(['Dockerfile.fail', null])
  })
})

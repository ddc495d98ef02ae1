import { describe, expect, test } from '@jest/globals'
import { chooseDockerfile, explainBuilds } from '../../../src/core/explain/builds.js'
import { capturedBuilds as builds, OOM_LOG as OOM, PASSED_LOG as PASSED } from './helpers.js'

// The builds of one log, in process (__tests__/cli/explain-log-files.test.ts runs the CLI on
// them): which Dockerfile each build is given, and what the log says.

describe('chooseDockerfile', () => {
  test.each<[string | null, string[], boolean, string[] | null, { path: string | null; problem: string | null; search: boolean }]>([
    ['Dockerfile.fail', ['a/Dockerfile.fail', 'b/Dockerfile.piped'], false, null, { path: 'a/Dockerfile.fail', problem: null, search: false }],
    ['Dockerfile.fail', ['b/Dockerfile.piped', 'a\\Dockerfile.fail'], false, null, { path: 'a\\Dockerfile.fail', problem: null, search: false }],
    ['Dockerfile', ['docker/app/Containerfile'], true, null, { path: 'docker/app/Containerfile', problem: null, search: false }],
    ['Dockerfile', ['docker/app/Containerfile'], false, null, { path: null, problem: null, search: true }],
    [null, ['Dockerfile'], false, null, { path: 'Dockerfile', problem: null, search: false }],
    [null, [], false, null, { path: null, problem: null, search: false }],
    [
      null,
      ['a/Dockerfile', 'b/Dockerfile'],
      false,
      null,
      { path: null, problem: 'a build names no Dockerfile in the log, and several --file values were given', search: false }
    ],
    [
      'Dockerfile',
      ['a/Dockerfile', 'b/Dockerfile'],
      true,
      null,
      { path: null, problem: 'the build of Dockerfile matches several --file values (a/Dockerfile, b/Dockerfile)', search: false }
    ],
    ['Dockerfile', [], false, null, { path: null, problem: null, search: true }],
    ['Dockerfile', [], false, ['docker/Dockerfile'], { path: 'docker/Dockerfile', problem: null, search: false }],
    [
      'Dockerfile',
      [],
      false,
      [],
      { path: null, problem: "no Dockerfile in the workspace: its build's annotations carry no line (give --file)", search: false }
    ],
    [
      'Dockerfile',
      [],
      false,
      ['a/Dockerfile', 'b/Dockerfile'],
      {
        path: null,
        problem: '2 files named Dockerfile in the workspace (a/Dockerfile, b/Dockerfile): give --file to say which one the build used',
        search: false
      }
    ],
    [
      'Dockerfile',
      [],
      false,
      ['1/Dockerfile', '2/Dockerfile', '3/Dockerfile', '4/Dockerfile', '5/Dockerfile', '6/Dockerfile'],
      {
        path: null,
        problem:
          '6 files named Dockerfile in the workspace (1/Dockerfile, 2/Dockerfile, 3/Dockerfile, 4/Dockerfile, 5/Dockerfile, …): give --file to say which one the build used',
        search: false
      }
    ],
    [
      'Dockerfile',
      [],
      false,
      ['1/Dockerfile', '2/Dockerfile', '3/Dockerfile', '4/Dockerfile', '5/Dockerfile'],
      {
        path: null,
        problem:
          '5 files named Dockerfile in the workspace (1/Dockerfile, 2/Dockerfile, 3/Dockerfile, 4/Dockerfile, 5/Dockerfile): give --file to say which one the build used',
        search: false
      }
    ]
  ])('%j given %j (one build: %p), found %j', (name, given, only, found, want) => {
    expect(chooseDockerfile(name, given, only, found)).toEqual(want)
  })
})

describe('explainBuilds', () => {
  test('two builds: every annotation, a summary section per build under its heading, and killed', () => {
    const all = explainBuilds(builds(PASSED + OOM), null)
    expect(all.annotations.map((a) => [a.level, a.file])).toEqual([
      ['error', 'Dockerfile.fail'],
      ['warning', 'Dockerfile.piped']
    ])
    const headings = all.summary.split('\n').filter((l) => l.startsWith('### Build'))
    expect(headings).toEqual(['### Build 1 of 2: Dockerfile.piped', '### Build 2 of 2: Dockerfile.fail'])
    expect(all.summary).toContain('\n### Build 2 of 2')
    expect(all.killed).toBe(true)
  })

  test('one build: its summary with no heading; a build only killed-but-passed is killed too', () => {
    const one = explainBuilds(builds(PASSED), null)
    expect(one.summary).not.toMatch(/### Build/)
    expect(one.killed).toBe(true)
  })

  test('a build with no kill is not killed, even beside others; the heading escapes a Dockerfile name', () => {
    const quiet = builds(PASSED, 'x*y*/Dockerfile').map((b) => ({
      ...b,
      log: { ...b.log, steps: b.log.steps.map((s) => ({ ...s, killedLines: 0, signals: [] })) }
    }))
    const all = explainBuilds([...quiet, ...quiet], null)
    expect(all.killed).toBe(false)
    expect(all.annotations).toEqual([])
    expect(all.summary.split('\n').filter((l) => l.startsWith('### Build'))[0]).toBe('### Build 1 of 2: x\\*y\\*/Dockerfile')
    expect(explainBuilds([], null)).toMatchObject({ builds: [], annotations: [], summary: '', killed: false })
  })

  test('a build whose Dockerfile is not known is labelled by the name the log gives, else as unknown', () => {
    const [b] = builds(OOM)
    const all = explainBuilds(
      [
        { ...b, dockerfile: null },
        { ...b, dockerfile: null, log: { ...b.log, dockerfileName: null } }
      ],
      null
    )
    expect(all.summary.split('\n').filter((l) => l.startsWith('### Build'))).toEqual([
      '### Build 1 of 2: Dockerfile.fail',
      '### Build 2 of 2: Dockerfile unknown'
    ])
  })
})

import { describe, expect, test } from '@jest/globals'
import { analyzeBuildLog, analyzeBuildLogs } from '../../../src/core/explain/build-log.js'

// The legacy builder's log (`DOCKER_BUILDKIT=0`, docker-compose v1) made line by line: steps,
// their containers, the final "returned a non-zero code" line, and the next build.
const parse = (lines: string[]) => analyzeBuildLog(lines.join('\n') + '\n')
const RETURNED = "The command '/bin/sh -c make' returned a non-zero code: 137"

describe('legacy builder logs', () => {
  test('a build killed at its second step: steps, container, the failed command and its code', () => {
    const log = parse([
      'Sending build context to Docker daemon  2.048kB',
      'Step 1/3 : FROM alpine',
      ' ---> 1d34ffeaf190',
      'Step 2/3 : RUN make',
      ' ---> Running in 0123456789ab',
      'Killed',
      RETURNED
    ])
    expect(log).toMatchObject({ format: 'legacy', docker: true, succeeded: false, failedStepId: 'Step 2', exitCode: 137, finalError: RETURNED })
    expect(log.steps.map((s) => [s.id, s.name, s.index, s.total, s.result, s.containerId, s.killedLines, s.inferred])).toEqual([
      ['Step 1', 'FROM alpine', 1, 3, 'done', null, 0, false],
      ['Step 2', 'RUN make', 2, 3, 'error', '0123456789ab', 1, false]
    ])
  })

  test('steps without a total, and a build that succeeds', () => {
    const log = parse([
      'Step 1 : FROM alpine',
      ' ---> Using cache',
      'Step 2 : RUN true',
      'Removing intermediate container 0123456789ab',
      'Successfully built 0123456789ab'
    ])
    expect(log).toMatchObject({ docker: true, succeeded: true, failedStepId: null })
    expect(log.steps.map((s) => [s.id, s.index, s.total, s.result])).toEqual([
      ['Step 1', 1, null, 'done'],
      ['Step 2', 2, null, 'done']
    ])
  })

  test('a final line without its Step line: a step inferred from the command it names', () => {
    const log = parse([RETURNED])
    expect(log).toMatchObject({ docker: true, exitCode: 137, failedStepId: 'Step ?1' })
    expect(log.steps.map((s) => [s.id, s.name, s.inferred, s.result])).toEqual([['Step ?1', 'RUN make', true, 'error']])
  })

  test('only the first failure is the final error; a second one after an error gets a step of its own', () => {
    const second = "The command '/bin/sh -c make test' returned a non-zero code: 2"
    const log = parse(['Step 1/1 : RUN make', RETURNED, second])
    expect(log.finalError).toBe(RETURNED)
    expect(log.steps.map((s) => [s.id, s.name, s.inferred])).toEqual([
      ['Step 1', 'RUN make', false],
      ['Step ?2', 'RUN make test', true]
    ])
  })

  test("docker-compose's 'Service failed to build' is the build's error, not a step", () => {
    const line = "ERROR: Service 'app' failed to build: The command '/bin/sh -c make' returned a non-zero code: 137"
    const log = parse(['Step 1/1 : RUN make', line])
    expect(log.docker).toBe(true)
    expect(log.finalError).toBe(line)
    const alone = parse(["ERROR: Service 'app' failed to build : Build failed"])
    expect(alone).toMatchObject({ docker: true, finalError: "ERROR: Service 'app' failed to build : Build failed", steps: [] })
  })

  test("the daemon's error within a build is its final error, the current step's if one runs; elsewhere in a job it is none", () => {
    const daemon = 'Error response from daemon: Error processing tar file(exit status 1): write /x.jar: no space left on device'
    // Sending the context failed: no step.
    expect(parse(['Sending build context to Docker daemon  6.141GB', daemon])).toMatchObject({ docker: true, finalError: daemon, diskFull: true, steps: [] })
    // A step was running: it failed with the daemon's error.
    const unknown = 'Error response from daemon: Unknown instruction: RUNN'
    const inStep = parse(['Step 2/3 : RUNN make', unknown])
    expect(inStep).toMatchObject({ finalError: unknown, diskFull: false })
    expect(inStep.steps.find((s) => s.id === inStep.failedStepId)).toMatchObject({ id: 'Step 2', error: unknown, result: 'error' })
    // No build in the log (`docker run`, `docker push` in a job), or after the build passed: not the build's.
    expect(parse([unknown])).toMatchObject({ docker: false, finalError: null })
    expect(parse(['Step 1/1 : RUN make', 'Successfully built 0123456789ab', unknown])).toMatchObject({ succeeded: true, finalError: null, failedStepId: null })
    // The first error is the build's.
    expect(parse(['Sending build context to Docker daemon  2kB', daemon, unknown]).finalError).toBe(daemon)
  })

  test("the builder's own COPY and ADD errors fail the step they ran in (Docker 17.06+)", () => {
    // 151 (Azure/CloudShell#29): Azure DevOps' `##[error]` repeats it.
    const copy = 'COPY failed: stat /var/lib/docker/tmp/docker-builder951648395/linux/blobxfer: no such file or directory'
    const log = parse([
      'Step 21/64 : COPY ./linux/blobxfer /usr/local/bin',
      copy,
      `##[error]${copy}`,
      "##[error]The process '/usr/bin/docker' failed with exit code 1"
    ])
    expect(log).toMatchObject({ docker: true, finalError: copy })
    expect(log.steps.find((s) => s.id === log.failedStepId)).toMatchObject({ id: 'Step 21', error: copy, result: 'error' })
    const add = 'ADD failed: file not found in build context or excluded by .dockerignore: stat app.tar: file does not exist'
    expect(parse(['Sending build context to Docker daemon  2kB', add])).toMatchObject({ docker: true, finalError: add, steps: [] })
    // After the build passed, or not at a line's start, it is none of the build's.
    expect(parse(['Step 1/1 : RUN make', 'Successfully built 0123456789ab', copy])).toMatchObject({ finalError: null })
    expect(parse(['the error was COPY failed: stat x'])).toMatchObject({ docker: false, finalError: null })
  })

  test('a line that only looks like a step, a container or noise is not one', () => {
    const log = parse(['Stepping 1/2 : FROM x', 'Step one : FROM x', '---> Running in xyz', 'Successfully tagged app:latest'])
    expect(log.steps).toEqual([])
  })

  test('a step number not above the last one starts the next build', () => {
    const builds = analyzeBuildLogs(
      ['Step 1/2 : FROM alpine', 'Step 2/2 : RUN a', 'Step 1/1 : RUN b', 'Step 1/1 : RUN c', 'Step 2/2 : RUN d'].join('\n') + '\n'
    )
    expect(builds.map((b) => b.steps.map((s) => s.name))).toEqual([['FROM alpine', 'RUN a'], ['RUN b'], ['RUN c', 'RUN d']])
  })

  test('a build that succeeded, then the next one (compose v1 building two services): two builds, the first still a success', () => {
    const builds = analyzeBuildLogs(
      [
        'Step 1/2 : FROM alpine',
        'Step 2/2 : RUN true',
        'Successfully built 0123456789ab',
        'Successfully tagged web:latest',
        'Step 1/2 : FROM alpine',
        'Step 2/2 : RUN make',
        RETURNED
      ].join('\n') + '\n'
    )
    expect(builds.map((b) => [b.succeeded, b.failedStepId, b.steps.map((s) => [s.name, s.result])])).toEqual([
      [
        true,
        null,
        [
          ['FROM alpine', 'done'],
          ['RUN true', 'done']
        ]
      ],
      [
        false,
        'Step 2',
        [
          ['FROM alpine', 'done'],
          ['RUN make', 'error']
        ]
      ]
    ])
  })

  test("each step's span ends where the next step, or the build's success, starts", () => {
    // Lines are counted from 1: Step 1/2 is line 1, Step 2/2 line 3, Successfully built line 5.
    const log = parse([
      'Step 1/2 : FROM alpine',
      ' ---> 1d34ffeaf190',
      'Step 2/2 : RUN true',
      ' ---> Running in 0123456789ab',
      'Successfully built 0123456789ab'
    ])
    expect(log.steps.map((s) => [s.id, s.span])).toEqual([
      ['Step 1', { start: 1, end: 3 }],
      ['Step 2', { start: 3, end: 5 }]
    ])
  })

  test("the builder's own lines alone say it is a Docker build, and none of them is a success but 'Successfully built'", () => {
    for (const line of [
      'Sending build context to Docker daemon  2.048kB',
      ' ---> Using cache',
      ' ---> 1d34ffeaf190',
      'Removing intermediate container 0123456789ab',
      'Successfully tagged app:latest',
      ' ---> Running in 0123456789ab'
    ]) {
      expect([line, parse([line])]).toEqual([line, expect.objectContaining({ docker: true, succeeded: false, steps: [] })])
    }
    expect(parse(['Successfully built 0123456789ab'])).toMatchObject({ docker: true, succeeded: true, steps: [] })
    expect(parse(['Stepping 1/2 : FROM x', 'Some other line'])).toMatchObject({ docker: false, succeeded: false })
  })

  test('the final line is no signal of its own', () => {
    const log = parse(['Step 1/1 : RUN make', RETURNED, "The command '/bin/sh -c make test' returned a non-zero code: 2"])
    // Its 137 is the step's, read once as the step's error: not a second signal beside the step's.
    expect(log.signals).toEqual([])
    expect(log.steps[0]).toMatchObject({ exitCode: 137, signals: [{ kind: 'exit-137', text: RETURNED }] })
  })

  test('a JVM flag that names OutOfMemoryError in a step (-XX:+ExitOnOutOfMemoryError) is no memory trouble', () => {
    const step = 'Step 2/2 : RUN java -XX:+ExitOnOutOfMemoryError -jar /app/tool.jar'
    const log = parse([
      'Step 1/2 : FROM eclipse-temurin:21',
      step,
      ' ---> Running in 0123456789ab',
      'Removing intermediate container 0123456789ab',
      'Successfully built 0123456789ab'
    ])
    expect(log).toMatchObject({ succeeded: true, signals: [] })
    expect(log.steps.map((s) => s.signals)).toEqual([[], []])
  })

  test('a compose line only at the start of a line is its error', () => {
    const log = parse(['Step 1/1 : RUN ./check.sh', "check: ERROR: Service 'db' failed to build is a known message", 'Successfully built 0123456789ab'])
    expect(log).toMatchObject({ finalError: null, succeeded: true })
  })

  test('a step after the final error is the next build, also when the failed step was inferred from a pasted tail', () => {
    const builds = analyzeBuildLogs([RETURNED, 'Step 0 : FROM alpine', 'Step 1 : RUN make'].join('\n') + '\n')
    expect(builds.map((b) => [b.failedStepId, b.steps.map((s) => s.name)])).toEqual([
      ['Step ?1', ['RUN make']],
      [null, ['FROM alpine', 'RUN make']]
    ])
    // Counted from 0 (before Docker 1.13): Step 0 starts no build of its own.
    expect(analyzeBuildLogs(['Step 0 : FROM alpine', 'Step 1 : RUN make'].join('\n') + '\n').map((b) => b.steps.length)).toEqual([2])
  })
})

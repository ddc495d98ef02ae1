import { describe, expect, test } from '@jest/globals'
import { analyzeBuildLog, BuildLogAnalyzer, detectFormat, isKilledLine } from '../../../src/core/explain/build-log.js'
import { fixture } from './helpers.js'

// Every real log we have, and what it holds (read off the log by hand).
const LOGS: Array<
  [
    string,
    { format: string; failed: string | null; exitCode: number | null; killed: string[]; succeeded: boolean; steps: number; excerpt?: [string, number, number] }
  ]
> = [
  [
    'captured/buildx-0.28-docker-container-oom.plain.log',
    {
      format: 'plain',
      failed: '[4/4] RUN head -c 300m /dev/zero | tail > /dev/null',
      exitCode: 137,
      killed: ['#7'],
      succeeded: false,
      steps: 4,
      excerpt: ['Dockerfile.fail', 5, 5]
    }
  ],
  [
    'captured/buildx-0.28-docker-container-oom.rawjson.log',
    {
      format: 'rawjson',
      failed: '[4/4] RUN head -c 300m /dev/zero | tail > /dev/null',
      exitCode: 137,
      killed: ['sha256:b724117851d988a749ec79088d42afccef3c46f0879ccb3a8135696384de5071'],
      succeeded: false,
      steps: 4,
      excerpt: ['Dockerfile.fail', 5, 5]
    }
  ],
  [
    'captured/buildx-0.28-docker-container-killed-but-passed.plain.log',
    // buildx's last line (`WARNING: No output specified …`) says the build finished: it passed, killed.
    { format: 'plain', failed: null, exitCode: null, killed: ['#7'], succeeded: true, steps: 4 }
  ],
  [
    'captured/embedded-buildkit-engine-20.10-oom.plain.log',
    { format: 'plain', failed: '[4/4] RUN head -c 300m /dev/zero | tail > /dev/null', exitCode: 137, killed: ['#7'], succeeded: false, steps: 4 }
  ],
  [
    'captured/legacy-docker-28-client-engine-20.10-oom.log',
    { format: 'legacy', failed: 'RUN head -c 300m /dev/zero | tail > /dev/null', exitCode: 137, killed: ['Step 5'], succeeded: false, steps: 5 }
  ],
  [
    'captured/legacy-docker-28-client-engine-20.10-killed-but-passed.log',
    { format: 'legacy', failed: null, exitCode: null, killed: ['Step 5'], succeeded: true, steps: 5 }
  ],
  [
    'explain/legacy-multistage-oom.log',
    { format: 'legacy', failed: 'RUN head -c 300m /dev/zero     | tail > /dev/null', exitCode: 137, killed: ['Step 6'], succeeded: false, steps: 6 }
  ],
  [
    'explain/embedded-buildkit-multistage-oom.plain.log',
    { format: 'plain', failed: '[compile 2/2] RUN head -c 300m /dev/zero     | tail > /dev/null', exitCode: 137, killed: ['#7'], succeeded: false, steps: 4 }
  ],
  [
    'explain/legacy-subdir-oom.log',
    {
      format: 'legacy',
      failed: 'RUN head -c 300m /dev/zero | tail > /dev/null &&     echo never printed',
      exitCode: 137,
      killed: ['Step 6'],
      succeeded: false,
      steps: 6
    }
  ],
  [
    'explain/embedded-buildkit-subdir-oom.plain.log',
    {
      format: 'plain',
      failed: '[5/5] RUN head -c 300m /dev/zero | tail > /dev/null &&     echo never printed',
      exitCode: 137,
      killed: ['#8'],
      succeeded: false,
      steps: 5
    }
  ],
  ['explain/legacy-multistage-killed-but-passed.log', { format: 'legacy', failed: null, exitCode: null, killed: ['Step 6'], succeeded: true, steps: 7 }],
  ['explain/embedded-buildkit-killed-but-passed.plain.log', { format: 'plain', failed: null, exitCode: null, killed: ['#7'], succeeded: true, steps: 6 }],
  // Coolify's PHP stack after the build (`#1 /var/www/…(271): …`): frames, not steps.
  [
    'real-world/137-coolify-bun-build-exit-1-php-stack-trace.log',
    { format: 'plain', failed: 'RUN bun run build', exitCode: 1, killed: [], succeeded: false, steps: 1 }
  ],
  // The tty view cut the step's name; the error box has it whole, the final error its exit code.
  [
    'real-world/138-solana-devcontainer-bracket-iso-curl-403.log',
    {
      format: 'plain',
      failed: '[dev_container_auto_added_stage_label 13/19] RUN sh -c "$(curl -sSfL https://release.solana.com/stable/install)"',
      exitCode: 1,
      killed: [],
      succeeded: false,
      steps: 1
    }
  ],
  // The legacy builder failed sending its context: the daemon's error, no step.
  ['real-world/141-dirigible-gha-iso-legacy-context-no-space.log', { format: 'legacy', failed: null, exitCode: null, killed: [], succeeded: false, steps: 0 }],
  // Zeabur's clock glued to every line.
  [
    'real-world/142-zeabur-glued-clock-prefix-checksum-not-found.log',
    { format: 'plain', failed: '[builder 4/6] COPY ./VERSION .', exitCode: null, killed: [], succeeded: false, steps: 3 }
  ],
  // The paste starts at the step's error; the box's title, variables expanded, names the same step.
  [
    'real-world/147-osparc-qx-compile-exit-134-js-stack-error-first.log',
    {
      format: 'plain',
      failed:
        '[build-client 7/7] RUN qx compile --target=build   --set-env osparc.vcsOriginUrl="https://github.com/ITISFoundation/osparc-simcore"   --set-env osparc.vcsRef="c2df268"   --set-env osparc.vcsRefClient="c2df268"   --set-env osparc.vcsStatusClient="clean" &&   ls -la build-output',
      exitCode: 134,
      killed: [],
      succeeded: false,
      steps: 1
    }
  ]
]

describe('analyzeBuildLog over real logs', () => {
  test.each(LOGS)('%s', (file, want) => {
    const log = analyzeBuildLog(fixture(file))
    expect(log.format).toBe(want.format)
    expect(log.steps.find((s) => s.id === log.failedStepId)?.name ?? null).toBe(want.failed)
    expect(log.exitCode).toBe(want.exitCode)
    expect(log.steps.filter((s) => s.killedLines > 0).map((s) => s.id)).toEqual(want.killed)
    expect(log.succeeded).toBe(want.succeeded)
    expect(log.steps).toHaveLength(want.steps)
    expect(log.excerpt).toEqual(want.excerpt ? { file: want.excerpt[0], startLine: want.excerpt[1], endLine: want.excerpt[2] } : null)
  })

  test.each(LOGS.map(([file]) => [file]))('%s gives the same result fed in chunks of 7 bytes', (file) => {
    const text = fixture(file)
    const analyzer = new BuildLogAnalyzer()
    for (let i = 0; i < text.length; i += 7) analyzer.push(text.slice(i, i + 7))
    expect(analyzer.end()).toEqual(analyzeBuildLog(text))
  })
})

describe('steps', () => {
  test('BuildKit plain: stage, index, instruction, duration and result', () => {
    const log = analyzeBuildLog(fixture('explain/embedded-buildkit-multistage-oom.plain.log'))
    expect(log.steps.map((s) => [s.stage, s.index, s.total, s.result])).toEqual([
      ['base', 1, 2, 'done'],
      ['base', 2, 2, 'done'],
      ['compile', 1, 2, 'done'],
      ['compile', 2, 2, 'error']
    ])
    expect(log.steps[1].durationMs).toBe(200)
    expect(log.steps[3].instruction).toBe('RUN head -c 300m /dev/zero     | tail > /dev/null')
    expect(log.steps[3].error).toBe('executor failed running [/bin/sh -c head -c 300m /dev/zero     | tail > /dev/null]: exit code: 137')
  })

  test('rawjson: durations from started and completed, error from the vertex', () => {
    const log = analyzeBuildLog(fixture('captured/buildx-0.28-docker-container-oom.rawjson.log'))
    const failed = log.steps.find((s) => s.id === log.failedStepId)!
    expect(failed.durationMs).toBe(2154)
    expect(failed.error).toMatch(/did not complete successfully: exit code: 137$/)
    expect(log.steps.map((s) => s.result)).toEqual(['done', 'done', 'done', 'error'])
  })

  test('the new wording without an exit code: cannot allocate memory', () => {
    const log = analyzeBuildLog(
      '#5 [2/2] RUN make -j8\n#5 12.1 cc1plus: out of memory\n#5 ERROR: process "/bin/sh -c make -j8" did not complete successfully: cannot allocate memory\n'
    )
    expect(log.outOfMemoryError).toBe(true)
    expect(log.failedStepId).toBe('#5')
    expect(log.exitCode).toBeNull()
  })

  test('a daemon lost mid-build (FACTS §2 wording)', () => {
    const log = analyzeBuildLog(
      '#5 [2/2] RUN make\n#5 1.2 compiling\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n'
    )
    expect(log.daemonLost).toBe(true)
    expect(log.finalError).toMatch(/rpc error/)
  })

  test.each([7, 64, 1 << 20])('parallel stages interleaved, fed in chunks of %d bytes', (size) => {
    const out = (n: number, lines: number): string => Array.from({ length: lines }, (_, i) => `#${n} ${i}.0 compiling file_${i}.c [-Wall]`).join('\n')
    const text = [
      '#4 [a 1/1] RUN make a',
      out(4, 50),
      '#5 [b 1/1] RUN make b',
      out(5, 50),
      '#4 60.0 Killed',
      out(4, 50),
      '#6 [c 1/1] RUN make c',
      '#5 DONE 70.1s',
      '#4 ERROR: process "/bin/sh -c make a" did not complete successfully: exit code: 137',
      '#6 CANCELED',
      ''
    ].join('\n')
    const analyzer = new BuildLogAnalyzer()
    for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size))
    const log = analyzer.end()
    expect(log.steps.map((s) => [s.id, s.name, s.result, s.killedLines])).toEqual([
      ['#4', '[a 1/1] RUN make a', 'error', 1],
      ['#5', '[b 1/1] RUN make b', 'done', 0],
      ['#6', '[c 1/1] RUN make c', 'canceled', 0]
    ])
    expect(log.failedStepId).toBe('#4')
  })

  test('a canceled sibling does not take the blame from the step that failed', () => {
    const log = analyzeBuildLog(
      '#5 [a 1/1] RUN sleep 9\n#6 [b 1/1] RUN big\n#6 0.5 Killed\n#6 ERROR: process "/bin/sh -c big" did not complete successfully: exit code: 137\n#5 CANCELED\n'
    )
    expect(log.failedStepId).toBe('#6')
    expect(log.steps.find((s) => s.id === '#5')?.result).toBe('canceled')
  })
})

describe('the error box and the tty view name the step their lines cut short', () => {
  const error = (command: string): string => `#15 ERROR: executor failed running [/bin/sh -c ${command}]: exit code: 134`
  const box = (title: string, lines: string[]): string[] => ['------', ` > [build 7/7] RUN ${title}:`, ...lines.map((l) => `#15 149.5 ${l}`), '------']

  test("a paste from the step's error: its one box is that step, its variables expanded in the title", () => {
    const log = analyzeBuildLog(
      [
        error('qx compile --set-env url="${VCS_URL}" --set-env ref=${REF}'),
        ...box('qx compile --set-env url="https://x/y" --set-env ref=c2df268', ['Killed'])
      ].join('\n')
    )
    expect(log.steps).toHaveLength(1)
    expect(log.steps[0]).toMatchObject({
      id: '#15',
      name: '[build 7/7] RUN qx compile --set-env url="https://x/y" --set-env ref=c2df268',
      index: 7,
      killedLines: 1
    })
  })

  test('not one step: a variable that expanded to words, or two boxes', () => {
    const spaced = analyzeBuildLog([error('make ${FLAGS} all'), ...box('make -j 4 all', ['Killed'])].join('\n'))
    expect(spaced.steps.map((s) => s.id)).toEqual(['#15', 'box:[build 7/7] RUN make -j 4 all'])
    const two = analyzeBuildLog([error('make ${T}'), ...box('make a', []), ...box('make b', [])].join('\n'))
    expect(two.steps).toHaveLength(3)
    expect(two.steps.find((s) => s.id === two.failedStepId)?.name).toBe('RUN make ${T}')
  })

  test("a tty name cut short takes the box's whole title, and its bare ERROR the final error whose command is its own", () => {
    const tty = ' => ERROR [build 3/4] RUN sh -c "$(curl   3.6s'
    const final = 'ERROR: failed to solve: executor failed running [/bin/sh -c sh -c "$(curl -sSfL https://x/install)"]: exit code: 1'
    const log = analyzeBuildLog(
      [tty, '------', ' > [build 3/4] RUN sh -c "$(curl -sSfL https://x/install)":', '#0 3.6 curl: (22) 403', '------', final].join('\n')
    )
    const failed = log.steps.find((s) => s.id === log.failedStepId)
    expect(failed).toMatchObject({ name: '[build 3/4] RUN sh -c "$(curl -sSfL https://x/install)"', error: final, exitCode: 1 })
    // The final error names another command: the tty's word stays, with no exit code.
    const other = analyzeBuildLog([tty, 'ERROR: failed to solve: executor failed running [/bin/sh -c make]: exit code: 2'].join('\n'))
    expect(other.steps.find((s) => s.id === other.failedStepId)).toMatchObject({ error: 'ERROR', exitCode: null })
    // A box title cut shorter than the tty's name renames nothing.
    const shorter = analyzeBuildLog([' => ERROR [build 3/4] RUN sh -c "$(curl -sSfL   3.6s', ' > [build 3/4] RUN sh -c "$(curl:'].join('\n'))
    expect(shorter.steps.map((s) => s.name)).toEqual(['[build 3/4] RUN sh -c "$(curl -sSfL'])
  })
})

describe('detectFormat and isKilledLine', () => {
  test.each([
    ['{"vertexes":[]}\n', 'rawjson'],
    ['#0 building with "x" instance using docker-container driver\n', 'plain'],
    ['DEPRECATED: The legacy builder is deprecated\nSending build context to Docker daemon  2MB\n', 'legacy'],
    ['\nStep 1/2 : FROM scratch\n', 'legacy']
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format)
  })

  test.each([
    ['Killed', true],
    ['\x1b[91mKilled', true],
    ['g++: fatal error: Killed signal terminated program cc1plus', true],
    ['make: *** [Makefile:12: all] Killed', true],
    ['Killed 3 zombies and moved on', false],
    ['pipeline finished', false],
    // A progress bar that printed no newline before the shell's word (superset's webpack, 058).
    [' 92% chunk asset optimization TerserPluginKilled                   ', true],
    ['"OOMKilled": false', false]
  ])('%j → %s', (line, killed) => {
    expect(isKilledLine(line)).toBe(killed)
  })

  test("the failed command as BuildKit quotes it (Go's %q) and under its QEMU wrapper is the step the error box names, not a second one", () => {
    // go-f3#846 (an arm64 step under emulation) and ThinLineRadio#184 (a command with quotes), as pasted.
    const emulated = analyzeBuildLog(
      '> [linux/arm64 build 6/6] RUN go build -o /go/bin/f3 ./cmd/f3:\n87.02 runtime/cgo: gcc: signal: segmentation fault (core dumped)\n------\nDockerfile:9\n--------------------\n   9 | >>> RUN go build -o /go/bin/f3 ./cmd/f3\n--------------------\nERROR: failed to solve: process "/dev/.buildkit_qemu_emulator /bin/sh -c go build -o /go/bin/f3 ./cmd/f3" did not complete successfully: exit code: 1\n'
    )
    expect(emulated.steps.map((s) => [s.name, s.instruction, s.stage, s.exitCode])).toEqual([
      ['[linux/arm64 build 6/6] RUN go build -o /go/bin/f3 ./cmd/f3', 'RUN go build -o /go/bin/f3 ./cmd/f3', 'build', 1]
    ])
    const quoted = analyzeBuildLog(
      '57 | >>> RUN go build -ldflags="-s -w -extldflags \'-static\'" -o thinline-radio .\n--------------------\nfailed to solve: process "/bin/sh -c go build -ldflags=\\"-s -w -extldflags \'-static\'\\" -o thinline-radio ." did not complete successfully: exit code: 1\n'
    )
    expect(quoted.steps.map((s) => s.instruction)).toEqual([`RUN go build -ldflags="-s -w -extldflags '-static'" -o thinline-radio .`])
  })

  test('a step known only by its number (the paste lost its header) is named by the command its own error line quotes', () => {
    // occlum via buildx#484: a GitHub raw log, clipped at 1 MiB, whose #10 header is long gone.
    const log = analyzeBuildLog(
      '2020-12-18T00:48:25.5045945Z #10 272.4 [output clipped, log limit 1MiB reached]\n2020-12-18T00:52:18.2647230Z #10 ERROR: executor failed running [/bin/sh -c git clone https://github.com/occlum/linux-sgx &&     ./compile_and_install.sh]: exit code: 7\n'
    )
    expect(log.steps.map((s) => [s.id, s.instruction, s.inferred, s.exitCode])).toEqual([
      ['#10', 'RUN git clone https://github.com/occlum/linux-sgx &&     ./compile_and_install.sh', true, 7]
    ])
    // A step whose header the log has keeps its header's name.
    const named = analyzeBuildLog('#10 [2/2] RUN ./build.sh\n#10 ERROR: process "/bin/sh -c ./build.sh --all" did not complete successfully: exit code: 1\n')
    expect(named.steps.map((s) => [s.name, s.inferred])).toEqual([['[2/2] RUN ./build.sh', false]])
  })

  test("Node's spawn ENOMEM (a fork the kernel refused memory for) is memory trouble that is no kill; ENOMEM as a word in prose is not", () => {
    const log = analyzeBuildLog('Error: spawn ENOMEM\n    at ChildProcess.spawn (internal/child_process.js:366:11)\nwe saw ENOMEMORY-ish names\n')
    expect(log.signals.map((s) => [s.kind, s.memory, s.text])).toEqual([['memory', 'native', 'Error: spawn ENOMEM']])
  })
})

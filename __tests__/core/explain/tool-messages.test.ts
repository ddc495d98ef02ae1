/**
 * The grammar of what a killed or starved process says (src/core/explain/log/grammars/tool-messages.ts),
 * rule by rule: a real line for each (from __tests__/fixtures/real-world, the shared captures, or
 * as the tool prints it where the corpus has none), what it is read as, the order between rules
 * that overlap, and the look-alikes refused.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { exitsOnPurpose, isKilledLine, MAX_SIGNAL_TEXT, readSignal } from '../../../src/core/explain/log/grammars/tool-messages.js'
import { normalizeLine } from '../../../src/core/explain/log/normalize.js'
import { FIXTURES, fixture } from './helpers.js'

/** The first line of a real-world log that holds `needle`, as the grammar reads it. */
function realLine(log: string, needle: string): string {
  const line = readFileSync(path.join(FIXTURES, 'real-world', log), 'utf8')
    .split('\n')
    .find((l) => l.includes(needle))
  if (line === undefined) throw new Error(`${log} holds no ${needle}`)
  return normalizeLine(line)
}

const dmesg = fixture('captured/dmesg-memcg-oom-cgroupv1.txt').split('\n')
const dmesgLine = (needle: string): string => normalizeLine(dmesg.find((l) => l.includes(needle))!)

type Want = [kind: string, source: string, memory?: string]

describe('readSignal: each rule, a real line', () => {
  test.each<[string, string, Want]>([
    // The kernel (captured: a buildx builder's step killed in its cgroup, cgroup v1).
    ['memcg kill', dmesgLine('Memory cgroup out of memory: Killed process'), ['kernel-kill', 'kernel']],
    ['oom-kill line', dmesgLine('oom-kill:constraint'), ['kernel-kill', 'kernel']],
    ['invoked oom-killer', dmesgLine('invoked oom-killer'), ['kernel-kill', 'kernel']],
    ['host-wide kill', '[ 12.5] Out of memory: Killed process 77 (java) total-vm:9000kB, anon-rss:8000kB', ['kernel-kill', 'kernel']],
    ['older kernel', 'Out of memory: Kill process 77 (java) score 900 or sacrifice child', ['kernel-kill', 'kernel']],
    // docker inspect's State, as JSON, as `docker ps` reads it and as kubectl describes it.
    ['State.OOMKilled true', '"OOMKilled": true,', ['kernel-kill', 'container state']],
    ['OOMKilled at the end', 'State.OOMKilled', ['kernel-kill', 'container state']],
    ["OOMKilled quoted'", "'OOMKilled'", ['kernel-kill', 'container state']],
    ['kubectl Reason', 'Reason:       OOMKilled', ['kernel-kill', 'container state']],
    ['docker ps status', 'Exited (137) 5 seconds ago (OOMKilled)', ['kernel-kill', 'container state']],
    ['BuildKit ENOMEM', realLine('019-dadsmmo-resourceexhausted-cannot-allocate.log', 'cannot allocate memory'), ['enomem', 'BuildKit']],
    ['g++ killed', realLine('051-helium-miner-cc1plus-killed-rebar3-code-1.log', 'Killed signal terminated program'), ['tool-kill', 'compiler driver']],
    ['g++ ICE killed', realLine('014-fmm-cc1plus-killed-legacy-code-2.log', 'internal compiler error: Killed'), ['tool-kill', 'compiler driver']],
    ['rustc', realLine('005-lumen-rustc-sigkill-compose-v1.log', 'signal: 9, SIGKILL'), ['tool-kill', 'rustc']],
    ['go', realLine('029-drone-docker-1x-step-11-go-signal-killed.log', 'signal: killed'), ['tool-kill', 'go']],
    ['go linker', realLine('030-distribution-docker-1x-step-5-6l-killed.log', 'signal: killed'), ['tool-kill', 'go']],
    ['yarn', realLine('055-quivr-yarn-sigkill-failed-to-solve.log', 'failed with signal'), ['tool-kill', 'yarn']],
    ['yarn unquoted', 'error Command failed with signal SIGKILL.', ['tool-kill', 'yarn']],
    ['node child_process', realLine('063-eliza-turbo-signal-sigkill-node-error.log', "signal: 'SIGKILL'"), ['tool-kill', 'node']],
    ['npm', 'npm ERR! signal SIGKILL', ['tool-kill', 'node']],
    ['podman', realLine('065-podman-build-m-1M-container-exited-on-killed.log', 'exited on killed'), ['tool-kill', 'container runtime']],
    ['runtime', 'Error: container killed by SIGKILL', ['tool-kill', 'container runtime']],
    ['react-scripts', realLine('026-tgve-react-scripts-ran-out-of-memory.log', 'someone called'), ['tool-kill', 'react-scripts']],
    ['react-scripts unquoted', 'This probably means the system ran out of memory or someone called kill -9 on the process.', ['tool-kill', 'react-scripts']],
    ['turbo', 'ERROR: command finished with error: an external process killed a task', ['tool-kill', 'turbo']],
    ['shell, pid and command', realLine('006-coreos-installer-podman-exec-killed.log', ' Killed '), ['tool-kill', 'shell']],
    ['shell, alone', realLine('002-szurubooru-tty-node-build-killed.log', '14.91 Killed'), ['tool-kill', 'shell']],
    ['shell, after a progress bar', ' 92% chunk asset optimization TerserPluginKilled   ', ['tool-kill', 'shell']],
    ['make', 'make: *** [Makefile:12: all] Killed', ['tool-kill', 'shell']],
    ['node heap', realLine('016-chatwoot-vite-heap-oom-exit-1.log', 'Reached heap limit'), ['memory', 'node', 'node-heap']],
    ['node heap, mark-compacts', realLine('059-it-tools-heap-oom-error-box.log', 'Ineffective mark-compacts'), ['memory', 'node', 'node-heap']],
    ['node heap, its last words', 'FATAL ERROR: JavaScript heap out of memory', ['memory', 'node', 'node-heap']],
    ['node heap, the limit alone', '<--- Last few GCs ---> Reached heap limit', ['memory', 'node', 'node-heap']],
    ['node heap, mark-compacts alone', 'Ineffective mark-compacts near heap limit', ['memory', 'node', 'node-heap']],
    // What V8 prints before the FATAL ERROR line, which an error box or a paste may cut off.
    ['node heap, its last GCs', realLine('060-drawdb-heap-oom-npm-sigabrt.log', '<--- Last few GCs --->'), ['memory', 'node', 'node-heap']],
    ['node heap, its JS stack', realLine('061-mwdb-compose-heap-young-promotion.log', '<--- JS stacktrace --->'), ['memory', 'node', 'node-heap']],
    ['java', 'Exception in thread "main" java.lang.OutOfMemoryError: Metaspace', ['memory', 'java', 'java-heap']],
    // What -XX:+ExitOnOutOfMemoryError prints when the heap runs out, its own flag on the same line.
    ['java, exiting on it', 'Terminating due to java.lang.OutOfMemoryError: Java heap space (-XX:+ExitOnOutOfMemoryError)', ['memory', 'java', 'java-heap']],
    ['maven heap', realLine('081-cygnus-maven-java-heap-space.log', 'Java heap space'), ['memory', 'java', 'java-heap']],
    ['maven GC', realLine('082-druid-maven-gc-overhead-limit.log', 'GC overhead limit'), ['memory', 'java', 'java-heap']],
    ['c++ runtime', realLine('123-colima-tty-npm-install-std-bad-alloc.log', 'bad_alloc'), ['memory', 'c++', 'bad-alloc']],
    ['c++ what()', '  what():  std::bad_alloc', ['memory', 'c++', 'bad-alloc']],
    ['c++ bare', 'std::bad_alloc', ['memory', 'c++', 'bad-alloc']],
    ['python', 'MemoryError', ['memory', 'python', 'python']],
    ['python, raised', '    raise MemoryError', ['memory', 'python', 'python']],
    ['go runtime', 'fatal error: runtime: out of memory', ['memory', 'process', 'native']],
    ['cc1plus', 'cc1plus: out of memory allocating 65536 bytes', ['memory', 'process', 'native']],
    ['cc1plus, virtual memory', realLine('091-syntaxnet-bazel-virtual-memory-exhausted.log', 'virtual memory exhausted'), ['memory', 'process', 'native']],
    ['errno', 'fork: cannot allocate memory', ['memory', 'process', 'native']],
    ['errno, capital', 'bash: fork: Cannot allocate memory', ['memory', 'process', 'native']],
    ['rust alloc', 'memory allocation of 1048576 bytes failed', ['memory', 'process', 'native']],
    ['node spawn', 'Error: spawn ENOMEM', ['memory', 'process', 'native']],
    ['node fork', 'fork ENOMEM', ['memory', 'process', 'native']],
    ['node error, with colon', 'Error: ENOMEM, not enough memory', ['memory', 'process', 'native']],
    ['disk', realLine('048-guac-goreleaser-resourceexhausted-no-space.log', 'no space left on device'), ['disk', 'filesystem']],
    ['disk, as pip writes it', realLine('139-8knot-buildkit-pip-errno-28-no-space.log', 'No space left on device'), ['disk', 'filesystem']],
    ['BuildKit 137', realLine('003-ros2-rust-arm64-cargo-install-killed.log', 'exit code: 137'), ['exit-137', 'exit status']],
    ['GitHub step', realLine('006-coreos-installer-podman-exec-killed.log', 'exit code 137'), ['exit-137', 'exit status']],
    ['legacy builder', realLine('009-matterwiki-npm-install-killed-legacy.log', 'non-zero code: 137'), ['exit-137', 'exit status']],
    ['npm errno', 'npm ERR! errno 137', ['exit-137', 'exit status']],
    ['make', 'make: *** [build] Error 137', ['exit-137', 'exit status']],
    ['buildah', 'while running runtime: exit status 137', ['exit-137', 'exit status']],
    ['compose', 'ansible_ansible-container_1 exited with code 137', ['exit-137', 'exit status']],
    ['a script, capitalised', 'Exited with code 137', ['exit-137', 'exit status']],
    ['Gradle worker', realLine('134-conductor-gradle-findbugs-worker-exit-137.log', 'exit value 137'), ['exit-137', 'exit status']],
    ['Unreal AutomationTool', realLine('148-carla-uat-editor-exitcode-137-cook-failed.log', 'ExitCode=137'), ['exit-137', 'exit status']],
    ['Cloud Build', realLine('156-kaniko-cloud-build-step-137.log', 'non-zero status: 137'), ['exit-137', 'exit status']],
    ["Azure's docker exec, the code in backticks", realLine('157-sap-azure-docker-exec-137-no-build.log', 'exit code: `137`'), ['exit-137', 'exit status']]
  ])('%s: %j', (_name, line, [kind, source, memory]) => {
    // The two long lines (the kernel's oom-kill line, rustc's command) are cut: see below.
    const text = line.length > 300 ? `${line.slice(0, 299)}…` : line
    const signal = readSignal(line)
    expect(signal).toStrictEqual({ kind, source, text, ...(memory ? { memory } : {}) })
    // No `memory` key at all on a signal that is not memory trouble.
    expect(Object.keys(signal!)).toEqual(memory ? ['kind', 'source', 'text', 'memory'] : ['kind', 'source', 'text'])
  })

  test("V8's fatal-error stack is Node's heap, inferred: it does not say so itself", () => {
    // 147 (osparc-simcore): exit code 134 and the stack, the FATAL ERROR line cut from the paste.
    const line = realLine('147-osparc-qx-compile-exit-134-js-stack-error-first.log', 'Security context')
    expect(line).toMatch(/^#15 149\.5 Security context: 0x2ba02959e6e9 <JSObject>$/)
    const text = line.replace(/^#15 149\.5 /, '')
    expect(readSignal(text)).toStrictEqual({ kind: 'memory', source: 'node', text, memory: 'node-heap', inferred: true })
    // Node 10's header of that stack.
    const header = '==== JS stack trace ========================================='
    expect(readSignal(header)).toStrictEqual({ kind: 'memory', source: 'node', text: header, memory: 'node-heap', inferred: true })
    // The FATAL ERROR line is said, not inferred.
    expect(readSignal('FATAL ERROR: JavaScript heap out of memory')?.inferred).toBeUndefined()
  })

  test('the first rule that matches names the line', () => {
    // The kernel's line holds `Killed` too; yarn's and rustc's hold node's `signal … SIGKILL`;
    // an exit 137 after a kill is the kill; BuildKit's ENOMEM is also the errno's words.
    expect(readSignal('Memory cgroup out of memory: Killed')?.source).toBe('kernel')
    expect(readSignal('oom-kill:constraint=CONSTRAINT_MEMCG Killed')?.source).toBe('kernel')
    expect(readSignal('"OOMKilled": true exit code: 137')?.source).toBe('container state')
    expect(readSignal('process "/bin/sh -c make" did not complete successfully: cannot allocate memory')?.kind).toBe('enomem')
    expect(readSignal('g++: internal compiler error: Killed (program cc1plus) exit code 137')?.source).toBe('compiler driver')
    expect(readSignal('(signal: 9, SIGKILL: kill) signal: killed')?.source).toBe('rustc')
    expect(readSignal('go build x: signal: killed signal: SIGKILL')?.source).toBe('go')
    expect(readSignal('error Command failed with signal "SIGKILL".')?.source).toBe('yarn')
    expect(readSignal("signal: 'SIGKILL' container exited on killed")?.source).toBe('node')
    expect(readSignal('container killed by SIGKILL: someone called kill -9')?.source).toBe('container runtime')
    expect(readSignal('ran out of memory or someone called kill -9; an external process killed a task')?.source).toBe('react-scripts')
    expect(readSignal('an external process killed a task Killed')?.source).toBe('turbo')
    expect(readSignal('JavaScript heap out of memory Killed')?.source).toBe('shell')
    expect(readSignal('JavaScript heap out of memory: Java heap space')?.source).toBe('node')
    expect(readSignal('java.lang.OutOfMemoryError thrown as std::bad_alloc')?.source).toBe('java')
    expect(readSignal("instance of 'std::bad_alloc' MemoryError")?.source).toBe('c++')
    expect(readSignal('MemoryError: cannot allocate memory')?.source).toBe('python')
    expect(readSignal('virtual memory exhausted: no space left on device')?.source).toBe('process')
    expect(readSignal('no space left on device, exit code 137')?.source).toBe('filesystem')
  })

  test.each([
    // The words in other senses: a state that is false, a kill count, a compiler quoting its source, a name.
    '"OOMKilled": false',
    'OOMKilled: false',
    'Killed 3 zombies and moved on',
    'Killed processes: none',
    '      throw std::bad_alloc();',
    'std::bad_alloc (',
    // Source lines a compiler or a traceback quotes around another error.
    '  123 |   } catch (const std::bad_alloc& e) {',
    '    } catch (std::bad_alloc &) {',
    'const std::bad_alloc* p = nullptr;',
    '    except MemoryError:',
    '    except (MemoryError, OSError):',
    'from numpy import MemoryError',
    'my.MemoryError',
    'xMemoryError',
    // JVM flags that name the error in a command, not the error thrown.
    '#6 [3/3] RUN java -XX:+ExitOnOutOfMemoryError -XX:+HeapDumpOnOutOfMemoryError -jar /app/tool.jar',
    '   3 | >>> ENV JAVA_TOOL_OPTIONS="-XX:+CrashOnOutOfMemoryError -XX:-HeapDumpOnOutOfMemoryError"',
    "Step 4/5 : RUN java '-XX:OnOutOfMemoryError=kill -9 %p' -jar app.jar",
    'the signal: killedfoo handler',
    'SIGKILLED',
    'signal SIGKILLER',
    'spawn ENOMEMORY',
    'we saw ENOMEM in the docs',
    'exit code 1370',
    'exit code 13',
    'ExitCode=1370',
    'exit code: `1370`',
    'non-zero status: 13',
    'finished with non-zero exit value 1',
    'exit value: 1370',
    'Security context: 0xZZ <JSObject>',
    'the JS stack trace was printed',
    'pid 137 started',
    'returned a non-zero code: 1',
    'killed by signal 15',
    'skill issue',
    'memory usage: 12 MiB',
    'heap: 20 MiB',
    'allocated 64 KiB',
    'OOM score adjusted',
    'GC overhead',
    '',
    // A kill the command asked for, in the shell's words, is no kill by the kernel.
    '/bin/sh: line 1:   12 Killed                  kill -9 $$',
    'kill -KILL 12; Killed',
    'kill  -9 12; Killed',
    'kill -s KILL 12; Killed',
    'kill -sKILL 12; Killed',
    // Inside backticks, a message is quoted, not said.
    'grep for `Killed signal terminated program cc1plus` in the log',
    'the fix for `JavaScript heap out of memory` is NODE_OPTIONS'
  ])('%j is none', (line) => {
    expect(readSignal(line)).toBeNull()
  })

  test('a quoted match is passed over for a later rule that is not quoted', () => {
    expect(readSignal('`signal: killed` then Killed')).toEqual({ kind: 'tool-kill', source: 'shell', text: '`signal: killed` then Killed' })
    // Backticks that close before the match quote nothing; one that never closes on the line
    // opens a span the next line goes on with (Markdown prose, wrapped): all of it is quoted.
    expect(readSignal('ran `make` and then signal: killed')?.source).toBe('go')
    expect(readSignal('`make: signal: killed')).toBeNull()
  })

  test("the shell's Killed is no kill when the line asks for it, but other tools' words still are", () => {
    expect(readSignal('kill -9 12: signal: killed')?.source).toBe('go')
    expect(readSignal('skill -9 x Killed')?.source).toBe('shell')
    expect(readSignal('kill -19 x Killed')?.source).toBe('shell')
    expect(readSignal('kill -KILLER x Killed')?.source).toBe('shell')
  })

  test(`a line past ${MAX_SIGNAL_TEXT} characters is cut with an ellipsis; one of exactly ${MAX_SIGNAL_TEXT} is kept whole`, () => {
    const rustc = realLine('005-lumen-rustc-sigkill-compose-v1.log', 'signal: 9, SIGKILL')
    expect(rustc.length).toBeGreaterThan(MAX_SIGNAL_TEXT)
    const cut = readSignal(rustc)!.text
    expect(cut).toBe(`${rustc.slice(0, MAX_SIGNAL_TEXT - 1)}…`)
    expect(cut).toHaveLength(MAX_SIGNAL_TEXT)
    const exact = `${'x'.repeat(MAX_SIGNAL_TEXT - 'Killed'.length - 1)} Killed`
    expect(exact).toHaveLength(MAX_SIGNAL_TEXT)
    expect(readSignal(exact)!.text).toBe(exact)
    const over = `x${exact}`
    expect(readSignal(over)!.text).toBe(`${over.slice(0, MAX_SIGNAL_TEXT - 1)}…`)
    expect(MAX_SIGNAL_TEXT).toBe(300)
  })
})

describe('isKilledLine', () => {
  test.each([
    ['\x1b[91mKilled\x1b[0m', true],
    ['2024-01-01T00:00:00.0000000Z g++: fatal error: Killed signal terminated program cc1plus', true],
    [dmesgLine('Memory cgroup out of memory: Killed process'), true],
    ['"OOMKilled": true', true],
    // Memory trouble, an exit status or a full disk is no kill.
    ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', false],
    ['process "/bin/sh -c make" did not complete successfully: exit code: 137', false],
    ['process "/bin/sh -c make" did not complete successfully: cannot allocate memory', false],
    ['no space left on device', false],
    ['pipeline finished', false]
  ])('%j → %s', (line, killed) => {
    expect(isKilledLine(line)).toBe(killed)
  })
})

describe('exitsOnPurpose', () => {
  test.each([
    ['RUN exit 137', true],
    ['exit 137', true],
    ['  RUN   exit 137  ', true],
    ['RUN make; exit 137', true],
    ['RUN make && exit 137', true],
    ['RUN make || exit 137', true],
    ['RUN make | exit 137', true],
    ['RUN (exit 137)', true],
    ['RUN ( exit 137 )', true],
    ['RUN kill -9 $$', true],
    ['RUN sleep 1 & kill -KILL $!', true],
    ['RUN kill -s KILL $$', true],
    ['RUN kill -sKILL $$', true],
    ['RUN kill  -9 $$', true],
    ['RUN make;kill -9 $$', true],
    ['RUN exit  137', true],
    // A 137 that is not the command's own exit, or a kill that is no SIGKILL.
    ['RUN make', false],
    ['RUN echo exit 137', false],
    ['RUN ./exit 137', false],
    ['RUN exit 1', false],
    ['RUN kill -15 $$', false],
    ['RUN kill -99 $$', false],
    ['RUN kill -KILLALL', false],
    ['RUN pkill -9 make', false],
    ['RUN make exit137', false],
    ['RUNexit 137', false]
  ])('%j → %s', (command, purpose) => {
    expect(exitsOnPurpose(command)).toBe(purpose)
  })
})

test('a build whose command carries JVM flags naming OutOfMemoryError, failing for another reason, shows no memory trouble', () => {
  // The command is echoed in the step's header, its error, the error box and the Dockerfile excerpt.
  const run = 'java -XX:+ExitOnOutOfMemoryError -XX:+HeapDumpOnOutOfMemoryError -jar /app/tool.jar'
  const log = analyzeBuildLog(
    [
      '#6 [3/3] RUN ' + run,
      '#6 0.512 Error: Unable to access jarfile /app/tool.jar',
      `#6 ERROR: process "/bin/sh -c ${run}" did not complete successfully: exit code: 1`,
      '------',
      ` > [3/3] RUN ${run}:`,
      '0.512 Error: Unable to access jarfile /app/tool.jar',
      '------',
      'Dockerfile:3',
      '--------------------',
      `   3 | >>> RUN ${run}`,
      '--------------------',
      `ERROR: failed to solve: process "/bin/sh -c ${run}" did not complete successfully: exit code: 1`
    ].join('\n') + '\n'
  )
  expect(log).toMatchObject({ failedStepId: '#6', exitCode: 1, outOfMemoryError: false, signals: [] })
  expect(log.steps.map((s) => s.signals)).toEqual([[]])
})

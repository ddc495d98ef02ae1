/**
 * What the processes a build runs say when they are killed or run out of memory, each tool in
 * its own words and with its own exit code (go exits 2 after `signal: killed`, rustc 101, yarn
 * 1): the grammar of a step's output, of a pasted tail and of a CI job's log alike. A new
 * tool's message is one more rule here and one more fixture.
 */
import { normalizeLine, quoted } from '../normalize.js'
import type { MemoryKind, Signal, SignalKind } from '../types.js'
import { clip } from '../clip.js'

interface Rule {
  test: RegExp
  kind: SignalKind
  source: string
  memory?: MemoryKind
  inferred?: true
}

// Checked in order; the first that matches names the line.
// A module-level table is built once, when the module is loaded; the mutation run keeps modules
// loaded between mutants, so a mutant of it is never active. Every rule (a real line for each, the
// order between rules that overlap, look-alikes refused) is pinned by
// __tests__/core/explain/tool-messages.test.ts.
// Stryker disable Regex,ObjectLiteral,StringLiteral,ArrayDeclaration,BooleanLiteral: never active (above)
const RULES: Rule[] = [
  { test: /Memory cgroup out of memory|Out of memory: Kill(?:ed)? process|oom-kill:constraint|invoked oom-killer/, kind: 'kernel-kill', source: 'kernel' },
  { test: /\bOOMKilled\b["']?\s*(?::\s*true|$)|Reason:\s*OOMKilled|\bOOMKilled\)/, kind: 'kernel-kill', source: 'container state' },
  { test: /did not complete successfully: cannot allocate memory\s*$/, kind: 'enomem', source: 'BuildKit' },
  { test: /Killed signal terminated program \S+|internal compiler error: Killed \(program \S+\)/, kind: 'tool-kill', source: 'compiler driver' },
  { test: /signal: 9, SIGKILL/, kind: 'tool-kill', source: 'rustc' },
  { test: /\bsignal: killed\b/, kind: 'tool-kill', source: 'go' },
  { test: /failed with signal "?SIGKILL"?/, kind: 'tool-kill', source: 'yarn' },
  { test: /\bsignal:? ['"]?SIGKILL\b/, kind: 'tool-kill', source: 'node' },
  { test: /exited on killed|container killed by SIGKILL/, kind: 'tool-kill', source: 'container runtime' },
  { test: /ran out of memory or someone called `?kill -9/, kind: 'tool-kill', source: 'react-scripts' },
  { test: /external process killed a task/, kind: 'tool-kill', source: 'turbo' },
  // The shell's `Killed` ends the line; after a progress bar that printed no newline it is glued
  // to the bar's last word (webpack's ` 92% chunk asset optimization TerserPluginKilled`).
  { test: /(?:^|\s)\d+ Killed\s+\S|(?:\b|(?<=[a-z]))Killed\s*$/, kind: 'tool-kill', source: 'shell' },
  // V8 prints its last GCs and the JS stack before the FATAL ERROR line of a heap that ran out
  // (Node 10-12 print the stack first), so a paste or an error box cut before that line has them.
  {
    test: /JavaScript heap out of memory|Reached heap limit|Ineffective mark-compacts near heap limit|<--- (?:Last few GCs|JS stacktrace) --->/,
    kind: 'memory',
    source: 'node',
    memory: 'node-heap'
  },
  // The JS stack V8 prints on a fatal error (Node 10-12 before the heap's FATAL ERROR line, which
  // an error box or a paste may cut off): nearly always a heap that ran out, but it does not say so.
  { test: /\bSecurity context: 0x[0-9a-f]+ <JSObject>|==== JS stack trace ====/, kind: 'memory', source: 'node', memory: 'node-heap', inferred: true },
  // Thrown, not a JVM flag in the command that names it (`-XX:+ExitOnOutOfMemoryError`,
  // `-XX:+HeapDumpOnOutOfMemoryError`, `-XX:OnOutOfMemoryError="kill -9 %p"`): the command is
  // echoed in the step's header, its error and the Dockerfile excerpt of every build that runs it.
  { test: /(?<!-XX:[+-]?\w*)OutOfMemoryError|Java heap space|GC overhead limit exceeded/, kind: 'memory', source: 'java', memory: 'java-heap' },
  // What the C++ runtime prints when the allocation failed, not source a compiler error quotes
  // (`throw std::bad_alloc();`, `catch (const std::bad_alloc& e) {`).
  {
    test: /instance of '?std::bad_alloc|what\(\):\s*std::bad_alloc|(?<!const\s*|catch\s*\(\s*)std::bad_alloc\b(?!\s*[(&*])/,
    kind: 'memory',
    source: 'c++',
    memory: 'bad-alloc'
  },
  // Raised or printed, not source a traceback quotes (`except MemoryError:`, `import MemoryError`).
  { test: /(?<!\b(?:except|import)\s*\(?\s*)(?:^|[^\w.])MemoryError\b/, kind: 'memory', source: 'python', memory: 'python' },
  {
    test: /runtime: out of memory|out of memory allocating \d+ bytes|virtual memory exhausted|[Cc]annot allocate memory|memory allocation of \d+ bytes failed|\b(?:spawn|fork|Error:) ENOMEM\b/,
    kind: 'memory',
    source: 'process',
    memory: 'native'
  },
  // pip writes `No space left on device` ([Errno 28]), the kernel's strerror lower case.
  { test: /no space left on device/i, kind: 'disk', source: 'filesystem' },
  // compose's `app_1 exited with code 137` and a script's `Exited with code 137` too; Gradle's
  // `finished with non-zero exit value 137`, Unreal's AutomationTool `ExitCode=137`, Cloud
  // Build's `step exited with non-zero status: 137`, Azure's docker exec `exit code: \`137\``.
  {
    test: /\b(?:exit(?:ed with)? (?:code|status|value)|exit_?code|errno|non-zero (?:code|status)|Error)\b(?::? ?|=)`?137\b/i,
    kind: 'exit-137',
    source: 'exit status'
  }
]

// A line is tested only when it holds one of these: most of a log is none of this.
const HINTS = /ill|emory|137|KILL|alloc|space left|OOM|heap|GC overhead|ENOMEM|<--- |JSObject|JS stack/

export const MAX_SIGNAL_TEXT = 300
// Stryker restore Regex,ObjectLiteral,StringLiteral,ArrayDeclaration,BooleanLiteral

/** What the line says of a kill or of memory, or null. */
export function readSignal(text: string): Signal | null {
  // Every rule's match holds one of the hints, so without the check every result is the same:
  // the mutant that drops it is equivalent.
  // Stryker disable next-line ConditionalExpression: equivalent (above)
  if (!HINTS.test(text)) return null
  for (const rule of RULES) {
    const m = rule.test.exec(text)
    if (!m || quoted(text, m.index)) continue
    // A kill the command asked for (`kill -9 $$` in a test) is no kill by the kernel.
    if (rule.kind === 'tool-kill' && rule.source === 'shell' && /\bkill\s+-(?:9|KILL|s\s*KILL)\b/.test(text)) return null
    const signal: Signal = { kind: rule.kind, source: rule.source, text: clip(text, MAX_SIGNAL_TEXT) }
    if (rule.memory) signal.memory = rule.memory
    if (rule.inferred) signal.inferred = true
    return signal
  }
  return null
}

/** A line of process output that says a process was killed (the shell's `Killed`, gcc's, go's, …). */
export function isKilledLine(text: string): boolean {
  const s = readSignal(normalizeLine(text))
  return s !== null && (s.kind === 'tool-kill' || s.kind === 'kernel-kill')
}

/** Whether a step's command exits 137 on purpose (`RUN exit 137`, `kill -9 $$`): its 137 is no kill by memory. */
export function exitsOnPurpose(command: string): boolean {
  return /(?:^|[;&|(]\s*)(?:exit\s+137|kill\s+-(?:9|KILL|s\s*KILL)\b)/.test(command.trim().replace(/^RUN\s+/, ''))
}

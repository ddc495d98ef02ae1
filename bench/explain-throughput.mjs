// Throughput of `docker-memory explain` on two generated BuildKit logs against `grep -c -E`
// for the same patterns on the same file, and explain's peak RSS: a 1 GiB log of few long
// steps (compiler output), and a log of 2 million one-line steps (issue 16: searching back
// for every step's header made that one take minutes).
// Targets (issue 12): at least grep's throughput, peak RSS at most 64 MB. It exits non-zero
// only on a miss by more than 25 % of a target, so that noise never blocks a landing. Each tool
// runs 3 times, alternating, and its fastest run is compared: on a shared machine one run of
// either can take twice its time (a process start alone, 0.08 s quiet, took up to 0.24 s).
// Usage: node bench/explain-throughput.mjs [size in MiB, default 1024] [tiny steps, default 2000000]
//        [--tiny-ratio-advisory: the tiny-steps log's throughput ratio is printed, not a verdict]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, rmSync, statSync, writeSync, writeFileSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const MIN_RATIO = 1.0
const MAX_RSS_MB = 64
const SLACK = 0.25
// CI passes --tiny-ratio-advisory: on the tiny-steps log explain and grep both take ~0.15 s, so
// the ratio is ~1.0 quiet (0.93-1.07, 2026-12-03) and follows the machine's load (0.50 at load
// 20); memory on both logs and throughput on the long one are verdicts whatever the flag.
const tinyRatioAdvisory = process.argv.includes('--tiny-ratio-advisory')
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const sizeMiB = Number(positional[0] ?? 1024)
const dir = mkdtempSync(path.join(tmpdir(), 'dma-explain-bench-'))
const log = path.join(dir, 'build.log')
const tinyLog = path.join(dir, 'tiny-steps.log')
// A log of one step: explain's time on it is what starting the process costs (Node, the bundle).
const oneStepLog = path.join(dir, 'one-step.log')
const tinySteps = Number(positional[1] ?? 2_000_000)

// A long C++ build: per step a header, thousands of compiler lines (progress, commands,
// warnings with brackets), a DONE; near the end a step killed for memory.
function block(step, seconds) {
  const lines = [`#${step} [builder ${step % 40}/40] RUN cmake --build build -j4 --target module_${step}`]
  for (let i = 0; i < 4000; i++) {
    const t = (seconds + i * 0.013).toFixed(3)
    const pct = String(Math.floor((i / 4000) * 100)).padStart(3)
    switch (i % 4) {
      case 0:
        lines.push(`#${step} ${t} [${pct}%] Building CXX object src/module_${step}/CMakeFiles/mod.dir/file_${i}.cpp.o`)
        break
      case 1:
        lines.push(
          `#${step} ${t} /usr/bin/c++ -DNDEBUG -I/src/include -O2 -std=c++20 -o CMakeFiles/mod.dir/file_${i}.cpp.o -c /src/module_${step}/file_${i}.cpp`
        )
        break
      case 2:
        lines.push(`#${step} ${t} /src/module_${step}/file_${i}.cpp:${i % 900}:12: warning: unused variable 'tmp' [-Wunused-variable]`)
        break
      default:
        lines.push(`#${step} ${t} [${pct}%] Linking CXX static library libmodule_${step}_${i}.a`)
    }
  }
  lines.push(`#${step} DONE ${(seconds + 52).toFixed(1)}s`, '')
  return lines.join('\n') + '\n'
}

const fd = openSync(log, 'w')
let written = 0
let step = 10
const target = sizeMiB * 1024 * 1024
while (written < target) {
  const text = block(step++, step * 3)
  written += writeSync(fd, text)
}
const failed = `#${step} [builder 40/40] RUN make -j8 all\n#${step} 3.1 cc1plus: out of memory allocating 65536 bytes\n#${step} 3.2 Killed\n#${step} ERROR: process "/bin/sh -c make -j8 all" did not complete successfully: exit code: 137\n`
writeSync(fd, failed)
closeSync(fd)

// Many tiny steps: a header and a DONE each, written in blocks; the last step killed.
const tfd = openSync(tinyLog, 'w')
for (let first = 1; first <= tinySteps; first += 10000) {
  const lines = []
  for (let i = first; i < Math.min(first + 10000, tinySteps + 1); i++)
    lines.push(`#${i} [stage-${i % 7} ${i}/${tinySteps + 1}] RUN echo ${i}`, `#${i} DONE 0.0s`)
  writeSync(tfd, lines.join('\n') + '\n')
}
const last = tinySteps + 1
writeSync(
  tfd,
  `#${last} [stage-0 ${last}/${last}] RUN make\n#${last} 0.1 Killed\n#${last} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n`
)
closeSync(tfd)
writeFileSync(oneStepLog, '#1 [stage-0 1/1] RUN true\n#1 DONE 0.1s\n')

const patterns = [
  '^#[0-9]+ \\[',
  'DONE',
  'CACHED',
  'ERROR',
  'CANCELED',
  'Killed',
  'exit code',
  '^Step [0-9]+/',
  'non-zero code',
  'cannot allocate memory',
  'rpc error',
  '>>>',
  '^-----',
  'Successfully built'
]
/**
 * explain runs without NODE_EXTRA_CA_CERTS: with it Node parses that CA bundle as it starts, before
 * any of our code (a machine that sets it for its proxy paid ~45 ms of CPU per start, `node -e 0`
 * 28 ms → 71 ms). explain makes no TLS connection, and runners do not set it; grep pays nothing alike.
 */
const explainEnv = { ...process.env }
delete explainEnv.NODE_EXTRA_CA_CERTS

function timed(command, args, env = process.env) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0 && !(command === 'grep' && r.status === 1)) throw new Error(`${command} failed: ${r.stderr}`)
  return { seconds, stdout: r.stdout, stderr: r.stderr }
}

/** Each tool's runs on one log: its fastest one stands for it (what else ran made the others slower). */
const RUNS = 3

/** explain and grep on one log, one after the other, RUNS times; the ratio is within this run. */
function measure(name, file, { ratioIsVerdict = true } = {}) {
  const bytes = statSync(file).size
  // Warm the page cache so both read the file from memory.
  spawnSync('cat', [file], { stdio: 'ignore' })
  let grep = null
  let explain = null
  let start = null
  let rssMB = 0
  for (let i = 0; i < RUNS; i++) {
    const g = timed('grep', ['-c', '-E', patterns.join('|'), file])
    const e = timed('/usr/bin/time', ['-f', '%M', process.execPath, 'dist/cli.js', 'explain', '--log', file, '--format', 'json'], explainEnv)
    const s = timed('/usr/bin/time', ['-f', '%M', process.execPath, 'dist/cli.js', 'explain', '--log', oneStepLog, '--format', 'json'], explainEnv)
    if (grep === null || g.seconds < grep.seconds) grep = g
    if (explain === null || e.seconds < explain.seconds) explain = e
    if (start === null || s.seconds < start.seconds) start = s
    rssMB = Math.max(rssMB, Number(e.stderr.trim().split('\n').pop()) / 1024)
  }
  const result = JSON.parse(explain.stdout)
  if (result.failedStep?.exitCode !== 137 || result.steps.length < 2 || !result.findings.some((f) => f.kind === 'step-oom'))
    throw new Error(`explain did not find the killed step in the ${name} log`)
  const mb = bytes / 1e6
  const ratio = grep.seconds / explain.seconds
  console.log(
    `${name}: ${(bytes / 1024 / 1024).toFixed(0)} MiB, ${result.steps.length} steps kept of ${result.steps.length + (result.builds?.[0]?.omittedSteps ?? 0)}`
  )
  console.log(`  fastest of ${RUNS} runs each, alternating; peak RSS the highest of explain's`)
  console.log(`  grep -c -E: ${grep.seconds.toFixed(2)} s (${(mb / grep.seconds).toFixed(0)} MB/s, ${grep.stdout.trim()} lines)`)
  console.log(`  explain:    ${explain.seconds.toFixed(2)} s (${(mb / explain.seconds).toFixed(0)} MB/s), peak RSS ${rssMB.toFixed(1)} MB`)
  console.log(`  throughput ratio explain/grep: ${ratio.toFixed(2)} (target >= ${MIN_RATIO}); peak RSS ${rssMB.toFixed(1)} MB (target <= ${MAX_RSS_MB})`)
  // Printed, never a verdict: what of explain's time is reading, its start (a one-step log) taken off.
  const reading = explain.seconds - start.seconds
  if (reading > 0)
    console.log(
      `  explain's start (a one-step log): ${start.seconds.toFixed(3)} s; reading alone ${reading.toFixed(3)} s (${(mb / reading).toFixed(0)} MB/s), ${(grep.seconds / reading).toFixed(2)}x grep's whole run`
    )
  if (ratio < MIN_RATIO || rssMB > MAX_RSS_MB) console.log('  short of a target (within the 25 % allowed for noise)')
  if (!ratioIsVerdict) console.log('  the throughput ratio is advisory here (--tiny-ratio-advisory); peak RSS is a verdict')
  if ((ratioIsVerdict && ratio < MIN_RATIO * (1 - SLACK)) || rssMB > MAX_RSS_MB * (1 + SLACK)) {
    console.error(`explain-throughput: ${name}: missed a target by more than 25 %`)
    process.exitCode = 1
  }
}

if (process.env.NODE_EXTRA_CA_CERTS) console.log('NODE_EXTRA_CA_CERTS is set here: explain runs without it (it makes no TLS connection)')
try {
  measure('few long steps', log)
  measure('many tiny steps', tinyLog, { ratioIsVerdict: !tinyRatioAdvisory })
} finally {
  rmSync(dir, { recursive: true, force: true })
}

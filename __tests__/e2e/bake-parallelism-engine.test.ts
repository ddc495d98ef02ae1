/**
 * Issue 18's bake case on a real docker-container builder (the kit's BuildKit v0.32.2, buildx
 * v0.36.1): one build whose four independent stages each hold 80 MiB for a moment, under a
 * builder the product binds to 236 MiB. BuildKit's default parallelism starts the four at once
 * (320 MiB) and a step is OOM-killed; the plan counts 80 MiB a step and sets `max-parallelism 2`
 * in the builder the product creates, and every step passes. Each step's own peak is read from
 * its cgroup under the builder's: in the action's summary, in the CLI's report and in the
 * history, from which the next plan sets max-parallelism 2 again.
 *
 * Why 236 MiB and not the issue's 200 (which `npm run bench:bake` keeps): under 200 MiB the
 * passing build peaked at 191 MiB (two 80 MiB holds, the daemon's ~18 MiB, page cache), too
 * close for a fresh, loaded CI machine. 236 MiB leaves ~45 MiB over that and still sets 2 both
 * ways: 236 / 80 MiB per job holds 2, and three measured steps of at least 80 MiB each (240 MiB)
 * do not fit, while three running at once (240 MiB and the daemon) do not fit either.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, BUSYBOX_IMAGE, CLI, MAIN, makeContext, runNode, type Ran } from '../helpers/build.js'
import { buildxEnv, createBuilder, type Builder } from './helpers/buildx-builder.js'
import type { StepPeaks } from '../../src/core/build/step-peaks.js'
import { parseHistory } from '../../src/core/history/peaks.js'

const MiB = 1024 * 1024
const name = `dma-bake-${process.pid}`
const STAGES = ['a', 'b', 'c', 'd']
const LIMIT_MIB = 236
let builder: Builder
let ctx: string
let logs: string
const timings: string[] = []

/**
 * Each step pipes 80 MiB into `tail`, which keeps the line it has not finished (80 MiB of
 * zeros) until its input ends; hold.sh keeps the input open. The steps start half a second
 * apart: growing all at once, four tails of 40 MiB each meet the limit and the kernel kills the
 * larger BuildKit daemon; staggered, the held 80 MiB steps are the larger ones, and a step is
 * killed, as in a real build whose steps do not start in the same instant.
 *
 * A fixed hold (`sleep 3`) was not enough: on a CI machine and here, the later steps stalled at
 * the limit (the builder at 236 of 236 MiB, steps c and d 7.4 s against a and b's 4.2 s) until
 * the first two let go, and nothing was killed. So a step lets go only when every step that has
 * started holds its 80 MiB too (all four under the default parallelism: the cgroup cannot give
 * 320 MiB and the kernel must kill), or when the steps that started all hold and no other has
 * started for 5 s (two under max-parallelism 2, which fit). The steps mark this in a cache mount
 * they share; its id is this run's, so no marks are left from another. At most 60 s. Every
 * step holds at least 3 s: the watch reads the step cgroups at the sampler's ticks (500 ms,
 * fewer as a build goes on), and a step gone before the tick after its peak keeps an earlier
 * reading (53 MiB of 80 in one run here).
 */
const SYNC = `dma-bake-sync-${process.pid}-${Date.now()}`
const HOLD = `s=$1
touch /sync/started-$s
sleep $2
head -c 80m /dev/zero
touch /sync/held-$s
sleep 3
ticks=0; still=0
while [ $ticks -lt 120 ]; do
  started=$(ls /sync | grep -c '^started-'); held=$(ls /sync | grep -c '^held-')
  [ "$held" -ge 4 ] && exit 0
  if [ "$started" = "$held" ]; then still=$((still + 1)); [ $still -ge 10 ] && exit 0; else still=0; fi
  sleep 0.5; ticks=$((ticks + 1))
done
`
const DOCKERFILE =
  BUSYBOX_IMAGE.replace('FROM scratch\n', 'FROM scratch AS base\n') +
  'COPY hold.sh /hold.sh\n' +
  STAGES.map(
    (s, i) => `FROM base AS ${s}\nRUN --mount=type=cache,id=${SYNC},target=/sync sh /hold.sh ${s} ${i * 0.5} | tail > /dev/null && echo ${s} > /${s}\n`
  ).join('') +
  `FROM scratch\n${STAGES.map((s) => `COPY --from=${s} /${s} /${s}\n`).join('')}`
/** A step of the build, as BuildKit names it: `[a 1/1] RUN --mount=… sh /hold.sh a 0 | tail …`. */
const STEP = (stage: string): string => `\\[${stage} 1/1\\] RUN --mount=\\S+ sh /hold\\.sh ${stage} `

beforeAll(() => {
  ctx = makeContext({ Dockerfile: DOCKERFILE, 'hold.sh': HOLD })
  logs = mkdtempSync(join(tmpdir(), 'dma-bake-logs-'))
  // The person's builder, as setup-buildx-action makes it: BuildKit's defaults, no limit.
  builder = createBuilder(name)
}, 300000)
afterAll(() => {
  builder?.remove()
  // The product removes the builder it creates; a failed assertion may leave one.
  spawnSync('bash', ['-c', 'docker buildx ls --format "{{.Name}}" | grep "^docker-memory-" | xargs -r -n1 docker buildx rm --force'], {
    env: buildxEnv(),
    stdio: 'ignore'
  })
  rmSync(ctx, { recursive: true, force: true })
  rmSync(logs, { recursive: true, force: true })
  if (timings.length > 0) process.stderr.write(`bake-parallelism: ${timings.join(', ')}\n`)
})

interface Built {
  ran: Ran
  outcome: {
    enforcement: string
    limitBytes: number | null
    peakBytes: number | null
    builderName: string | null
    outputs: Record<string, string>
    stepPeaks: StepPeaks | null
  }
}

test('bound to 236 MiB by the action with BuildKit’s default parallelism, the four 80 MiB steps run at once and one is killed; the summary charts the steps’ peaks', async () => {
  const gh = actionEnv({ 'build-memory': `${LIMIT_MIB}m`, 'memory-per-job': '80m', builder: name, context: '.', 'no-cache': 'true' })
  const started = Date.now()
  const ran = await runNode(MAIN, [], { env: { ...gh.env, DOCKER_CONFIG: buildxEnv().DOCKER_CONFIG as string }, cwd: ctx })
  timings.push(`default parallelism (action): ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const out = gh.outputs()
  const summary = readFileSync(`${gh.dir}/summary`, 'utf8')
  rmSync(gh.dir, { recursive: true, force: true })
  const said = ran.stdout + ran.stderr
  expect(out.enforcement).toBe('builder')
  expect(out['max-parallelism']).toBe('2')
  expect(out['buildkitd-config'].trim()).toBe('[worker.oci]\n  max-parallelism = 2')
  // The builder is the person's: the action says it runs without the cap it planned.
  expect(said).toMatch(/runs with no max-parallelism .* the plan would set 2/)
  expect(ran.code).not.toBe(0)
  expect(out['oom-killed']).toBe('true')
  expect(said).toMatch(new RegExp(`${STEP('[abcd]')}.*did not complete successfully: exit code: 137`, 's'))
  // The summary's chart of each step's own peak against the limit all of them shared.
  expect(summary).toContain('### Each step’s peak')
  const chart = new RegExp(
    `title "Each step's peak against the ${LIMIT_MIB} MiB build limit \\(MiB\\)"\\n {2}x-axis \\[(.*)\\]\\n {2}y-axis "MiB" 0 --> \\d+\\n {2}bar \\[([\\d, ]+)\\]\\n {2}line \\[([\\d, ]+)\\]`
  ).exec(summary)
  if (!chart) throw new Error(`no step chart in the summary:\n${summary}`)
  // The chart's labels are cut at 40 characters.
  expect(chart[1]).toMatch(/"\[[abcd] 1\/1\] RUN --mount=type=cache,/)
  expect(Math.max(...chart[2].split(', ').map(Number))).toBeGreaterThanOrEqual(40)
  expect(new Set(chart[3].split(', '))).toEqual(new Set([String(LIMIT_MIB)]))
  timings.push(`killed build's steps' peaks (MiB) ${chart[2]}`)
}, 300000)

test('under the plan’s buildkitd-config (max-parallelism 2) in the builder the product creates, all four pass; each step’s peak is in the report and the history, and the next plan counts them', async () => {
  const history = `${logs}/history.json`
  const started = Date.now()
  const ran = await runNode(
    CLI,
    [
      'build',
      '--build-memory',
      `${LIMIT_MIB}m`,
      '--memory-per-job',
      '80m',
      '--no-cache',
      '--format',
      'json',
      '--log-dir',
      logs,
      '--history-file',
      history,
      '--key',
      'bake',
      '--driver',
      'docker-container',
      '.'
    ],
    { env: { DOCKER_CONFIG: buildxEnv().DOCKER_CONFIG as string }, cwd: ctx }
  )
  timings.push(`max-parallelism 2 (CLI): ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (ran.stdout.trim() === '') throw new Error(`docker-memory build printed no result (exit ${ran.code}): ${ran.stderr.slice(-2000)}`)
  const outcome = JSON.parse(ran.stdout) as Built['outcome']
  const said = ran.stdout + ran.stderr
  expect(outcome.enforcement).toBe('builder')
  expect(outcome.limitBytes).toBe(LIMIT_MIB * MiB)
  expect(outcome.builderName).toMatch(/-p2$/)
  expect(said).toMatch(/max-parallelism = 2/)
  expect(outcome.outputs['oom-killed']).not.toBe('true')
  expect(ran.code).toBe(0)
  expect(said).not.toMatch(/exit code: 137|^\S* ?[\d.]+ Killed$/m)
  for (const s of STAGES) expect(said).toMatch(new RegExp(STEP(s)))
  // Each step's own cgroup under the builder's, tied to its stage by the command its shell runs.
  const peaks = outcome.stepPeaks
  if (!peaks?.seen) throw new Error(`step peaks not measured: ${JSON.stringify(peaks)}`)
  expect(peaks.parent).toMatch(/^\/sys\/fs\/cgroup\/memory\/docker\/buildx\/[0-9a-f]{64}\/buildkit$/)
  for (const s of STAGES) {
    const step = peaks.steps.find((p) => new RegExp(`^${STEP(s)}`).test(p.instruction))
    expect(step?.platform).toBeNull()
    expect(step?.bytes).toBeGreaterThanOrEqual(80 * MiB)
    expect(step?.bytes).toBeLessThan(100 * MiB)
  }
  timings.push(`builder's peak ${outcome.peakBytes == null ? 'unknown' : `${(outcome.peakBytes / MiB).toFixed(0)} MiB`} of ${LIMIT_MIB}`)
  timings.push(`steps' peaks ${peaks.steps.map((p) => `${p.instruction.slice(0, 5)} ${(p.bytes / MiB).toFixed(1)} MiB`).join(', ')}`)
  // The history keeps them per instruction and platform, and the next plan counts them.
  const recorded = parseHistory(readFileSync(history, 'utf8')).builds.bake.peaks[0].steps ?? []
  expect(recorded.filter((r) => / RUN --mount=\S+ sh \/hold\.sh /.test(r.instruction)).map((r) => r.instruction.slice(0, 7))).toEqual(
    expect.arrayContaining(STAGES.map((s) => `[${s} 1/1]`))
  )
  const planned = await runNode(CLI, ['plan', '--build-memory', `${LIMIT_MIB}m`, '--history-file', history, '--key', 'bake', '--no-docker', '--format', 'json'])
  const plan = JSON.parse(planned.stdout) as { maxParallelism: number; parallelism?: { source?: string } }
  expect(plan.maxParallelism).toBe(2)
  expect(JSON.stringify(plan)).toMatch(/"source":\s*"history"/)
}, 300000)

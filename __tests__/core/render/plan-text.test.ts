/**
 * The plan as people read it, whole: the CLI's text (`plan`, `detect`) and the job summary's
 * Markdown, every line of each for a few machines (an engine answering on its socket; a job
 * in a cgroup with a measured peak and a container, the engine asked through the CLI; a
 * machine too small for what was asked; a build-memory lowered to fit; a container whose name
 * would break a table row beside Ollama). The parts tested elsewhere by pieces
 * (render-honest.test.ts, publish.test.ts) are here in their places and their order.
 */
import { describe, expect, test } from '@jest/globals'
import type { MachineFacts } from '../../../src/core/machine.js'
import { plan } from '../../../src/core/plan/plan.js'
import { parallelismSection } from '../../../src/core/render/parallelism.js'
import { planSummary } from '../../../src/core/render/summary.js'
import { detectText, planText } from '../../../src/core/render/text.js'
import { GiB, MiB } from '../../../src/core/units.js'
import { docker, jobCgroup, machine, request } from '../../helpers/machine.js'

/** 16 GiB, an engine of 15 GiB answering on its socket. */
const engine = machine({ docker: docker(15), dockerVia: { path: 'socket', socket: '/var/run/docker.sock' } })
/** A GitLab job in a 3 GiB cgroup (1.5 CPUs of quota, a cpuset of 2) on an 8 GiB host; Colima's engine, asked through the CLI, reports no cgroup setup. */
const jailed = machine({
  totalGiB: 8,
  cgroup: jobCgroup({ cpuQuota: 1.5, cpusetCount: 2 }),
  docker: docker(7, { cgroupVersion: null, cgroupDriver: null, backend: 'colima', inVm: true }),
  dockerVia: { path: 'cli', why: 'DOCKER_HOST is tcp://x:2376, not a local socket' },
  runner: { ci: 'gitlab', ciName: 'GitLab CI', environment: null, name: null, os: null, arch: null, inContainer: true, containerHint: 'docker' }
})
const jailedPlan = plan(jailed, request({ containers: [{ name: 'db', bytes: 512 * MiB }], knownPeak: { key: 'web', bytes: 1 * GiB, runs: 3 } }))
/** 4 GiB without Docker, asked for a 7 GiB container, for a build that peaked at 20 GiB. */
const small = machine({ totalGiB: 4 })
const smallPlan = plan(
  small,
  request({ containers: [{ name: 'db', bytes: 7 * GiB }], onInsufficient: 'warn', knownPeak: { key: 'big', bytes: 20 * GiB, runs: 1 } })
)
/** 8 GiB with its engine, asked for a 12 GiB build-memory it lowers. */
const lowered = machine({ totalGiB: 8, docker: docker(8) })
const loweredPlan = plan(lowered, request({ buildMemory: { kind: 'bytes', bytes: 12 * GiB }, onInsufficient: 'downgrade' }))

describe('planText: the CLI plan, every line', () => {
  test('an engine answering: machine, docker, reserve, limit, jobs, parallelism, then why', () => {
    expect(planText(plan(engine, request()), engine)).toBe(
      [
        'Docker memory plan (balanced): OK',
        '  machine      16 GiB (physical), 15 GiB available, 4 CPUs, linux/x64',
        '  docker       15 GiB (engine)',
        '  reserve      1.5 GiB',
        '  build limit  7.5 GiB (profile)',
        '  jobs         3 (2 GiB each)',
        '  parallelism  max-parallelism 3 (memory-per-job)',
        'Why:',
        '  - 1.5 GiB is kept for the OS and the runner (10 % of 15 GiB, between 1 and 8 GiB).',
        '  - The balanced profile gives 7.5 GiB of 15 GiB (its table: 16 GiB→8 GiB, 64 GiB→45 GiB).',
        '  - max-parallelism 3: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 7.5 GiB holds 3.',
        '  - 3 parallel jobs: 7.5 GiB holds 3 at 2 GiB each, fewer than the 4 CPUs.',
        ''
      ].join('\n')
    )
  })

  test('a cgroup-limited job with a peak and a container: the fit, the history line and the container', () => {
    expect(planText(jailedPlan, jailed)).toBe(
      [
        'Docker memory plan (balanced): OK',
        '  machine      3 GiB (cgroup), 2.8 GiB available, 1 CPU, linux/x64',
        '  docker       7 GiB (colima)',
        '  reserve      1 GiB',
        '  build limit  1.5 GiB (profile)',
        '  jobs         1 (2 GiB each)',
        '  parallelism  max-parallelism 1 (memory-per-job)',
        '  fits         true: needs 3 GiB',
        '  history      peak 1 GiB (web, 3 runs) needs a build limit of 1.5 GiB and a machine with 3 GiB: fits this one; smallest runner: ubuntu-latest (4 CPUs, 16 GB)',
        '  container    db 512 MiB',
        'Why:',
        '  - This job runs in a cgroup limited to 3 GiB (/sys/fs/cgroup/memory/job), less than the 8 GiB the host has: the plan uses the limit.',
        '  - Docker runs in a VM (colima) given 7 GiB, more than the 3 GiB this job may use: the plan uses 3 GiB.',
        '  - 1 GiB is kept for the OS and the runner (10 % of 3 GiB, between 1 and 8 GiB).',
        '  - The balanced profile gives 1.5 GiB of 3 GiB (its table: 16 GiB→8 GiB, 64 GiB→45 GiB).',
        '  - This build (web) peaked at 1 GiB (the highest of its last 3 recorded runs); with 512 MiB headroom it needs a build limit of 1.5 GiB.',
        '  - max-parallelism 1: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 1.5 GiB holds 1.',
        '  - 1 parallel job: one per CPU (1), and 1.5 GiB holds 1 at 2 GiB each.',
        ''
      ].join('\n')
    )
  })

  test('too small: NOT ENOUGH MEMORY, no engine seen, no limit, each problem with its fix', () => {
    expect(planText(smallPlan, small)).toBe(
      [
        'Docker memory plan (balanced): NOT ENOUGH MEMORY',
        '  machine      4 GiB (physical), 3 GiB available, 4 CPUs, linux/x64',
        '  docker       no engine seen',
        '  reserve      1 GiB',
        '  build limit  none (0 B left for the build) (profile)',
        '  jobs         1 (2 GiB each)',
        '  parallelism  max-parallelism 1 (memory-per-job)',
        '  fits         false: needs 35.6 GiB',
        '  history      peak 20 GiB (big, 1 run) needs a build limit of 25 GiB and a machine with 35.6 GiB: does NOT fit this one; smallest runner: a larger runner with 16 CPUs (64 GB)',
        '  container    db 7 GiB',
        "  problem      container db needs 7 GiB but Docker's engine has 4 GiB; fix: use a runner with more memory (at least 9 GiB) or smaller container limits",
        '  problem      this build peaked at 20 GiB before (big), more than the 0 B this machine can give a build: it would be OOM-killed; fix: use a machine with at least 35.6 GiB; the smallest GitHub-hosted runner with that is a larger runner with 16 CPUs (64 GB)',
        'Why:',
        "  - No Docker engine answered (no docker command on PATH): the plan assumes it will get this machine's memory.",
        '  - 1 GiB is kept for the OS and the runner (10 % of 4 GiB, between 1 and 8 GiB).',
        '  - The balanced profile gives 2 GiB of 4 GiB (its table: 16 GiB→8 GiB, 64 GiB→45 GiB).',
        '  - Containers and the reserve leave 0 B, so the build gets that.',
        '  - This build (big) peaked at 20 GiB (its one recorded run); with 5 GiB headroom it needs a build limit of 25 GiB.',
        '  - max-parallelism 1: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 0 B holds 1.',
        '  - 1 parallel job: 0 B holds less than one job at 2 GiB each, fewer than the 4 CPUs.',
        ''
      ].join('\n')
    )
  })

  test('a build-memory lowered to fit is said as adjusted', () => {
    expect(planText(loweredPlan, lowered)).toBe(
      [
        'Docker memory plan (balanced): OK',
        '  machine      8 GiB (physical), 7 GiB available, 4 CPUs, linux/x64',
        '  docker       8 GiB (engine)',
        '  reserve      1 GiB',
        '  build limit  7 GiB (size)',
        '  jobs         3 (2 GiB each)',
        '  parallelism  max-parallelism 3 (memory-per-job)',
        '  adjusted     build-memory 12 GiB does not fit in the 7 GiB left: lowered to 7 GiB.',
        'Why:',
        '  - 1 GiB is kept for the OS and the runner (10 % of 8 GiB, between 1 and 8 GiB).',
        '  - build-memory 12 GiB was given.',
        '  - max-parallelism 3: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 7 GiB holds 3.',
        '  - 3 parallel jobs: 7 GiB holds 3 at 2 GiB each, fewer than the 4 CPUs.',
        ''
      ].join('\n')
    )
  })
})

describe('detectText: what the probes found, every line', () => {
  test.each<[string, MachineFacts, string]>([
    [
      'no cgroup, an engine on its socket, a GitHub-hosted runner',
      engine,
      [
        'os           linux/x64 6.8.0',
        'cpus         4',
        'memory       16 GiB total, 15 GiB available, swap 4 GiB',
        'cgroup       none',
        'docker       28.0.4 (engine), 15 GiB, 4 CPUs, cgroup v2 systemd',
        'docker via   API socket /var/run/docker.sock',
        'runner       GitHub Actions github-hosted GitHub Actions 1',
        ''
      ].join('\n')
    ],
    [
      'a cgroup with a quota and a cpuset, an engine without cgroup facts asked through the CLI, a job in a container',
      jailed,
      [
        'os           linux/x64 6.8.0',
        'cpus         4',
        'memory       8 GiB total, 7 GiB available, swap 4 GiB',
        'cgroup       v1 /job: memory 3 GiB (/sys/fs/cgroup/memory/job), cpu 1.5, cpuset 2',
        'docker       28.0.4 (colima), 7 GiB, 4 CPUs, cgroup v?',
        'docker via   docker CLI (DOCKER_HOST is tcp://x:2376, not a local socket)',
        'runner       GitLab CI, in a container (docker)',
        ''
      ].join('\n')
    ],
    [
      'no Docker, and why',
      small,
      [
        'os           linux/x64 6.8.0',
        'cpus         4',
        'memory       4 GiB total, 3 GiB available, swap 4 GiB',
        'cgroup       none',
        'docker       none (no docker command on PATH)',
        'runner       GitHub Actions github-hosted GitHub Actions 1',
        ''
      ].join('\n')
    ],
    [
      'an unlimited cgroup, Docker not asked, a runner without environment or name',
      machine({ cgroup: jobCgroup({ memoryLimitBytes: null }), dockerAbsentReason: undefined, runner: { ...small.runner, environment: null, name: null } }),
      [
        'os           linux/x64 6.8.0',
        'cpus         4',
        'memory       16 GiB total, 15 GiB available, swap 4 GiB',
        'cgroup       v1 /job: memory unlimited, cpu unlimited',
        'docker       none (not asked)',
        'runner       GitHub Actions',
        ''
      ].join('\n')
    ]
  ])('%s', (_, facts, text) => {
    expect(detectText(facts)).toBe(text)
  })
})

describe('planSummary: the job summary, every line', () => {
  test('an engine answering: the flowchart with its headroom, max-parallelism, the layer table, why', () => {
    expect(planSummary(plan(engine, request()), engine)).toBe(
      [
        '## ✅ Docker memory plan · balanced',
        '',
        '**Build limit 7.5 GiB** · **3 parallel jobs** · 16 GiB · 4 CPUs · github-hosted Linux/X64',
        '',
        '```mermaid',
        'flowchart TB',
        '  subgraph L1["Machine · 16 GiB"]',
        '    R["Reserve for OS and runner<br/>1.5 GiB"]',
        '    subgraph L2["Docker engine · 15 GiB"]',
        '      B["Build limit<br/>7.5 GiB · 3 jobs"]',
        '      F["Headroom<br/>6 GiB"]',
        '    end',
        '  end',
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  class B ok',
        '```',
        '',
        "**max-parallelism 3** from memory-per-job (2 GiB) per step, as no step was measured yet. For docker/setup-buildx-action's `buildkitd-config-inline`:",
        '',
        '```toml',
        '[worker.oci]',
        '  max-parallelism = 3',
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "max-parallelism 3: steps at once against the 7.5 GiB build limit (GiB)"',
        '  x-axis "steps running at once" ["1", "2", "3", "4 (too many)"]',
        '  y-axis "GiB" 0 --> 8.4',
        '  bar [2, 4, 6, 8]',
        '  line [7.5, 7.5, 7.5, 7.5]',
        '```',
        '',
        '| Layer | Memory | From | Holds |',
        '| --- | ---: | --- | --- |',
        '| 1 · Machine | 16 GiB | physical | ✅ reserve 1.5 GiB |',
        '| 2 · Docker engine | 15 GiB | engine | ✅ 0 containers |',
        '| 3 · Build | 7.5 GiB | balanced profile | ✅ 3 × 2 GiB jobs |',
        '',
        '<details><summary>Why these numbers</summary>',
        '',
        '- 1.5 GiB is kept for the OS and the runner (10 % of 15 GiB, between 1 and 8 GiB).',
        '- The balanced profile gives 7.5 GiB of 15 GiB (its table: 16 GiB→8 GiB, 64 GiB→45 GiB).',
        '- max-parallelism 3: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 7.5 GiB holds 3.',
        '- 3 parallel jobs: 7.5 GiB holds 3 at 2 GiB each, fewer than the 4 CPUs.',
        '',
        '</details>',
        ''
      ].join('\n')
    )
  })

  test("too small: the caution with each layer's problem, the history, red nodes and rows", () => {
    expect(planSummary(smallPlan, small)).toBe(
      [
        '## ❌ Docker memory plan · balanced',
        '',
        '**Build limit none (0 B left for the build)** · **1 parallel job** · 4 GiB · 4 CPUs · github-hosted Linux/X64',
        '',
        '> [!CAUTION]',
        '> **Not enough memory** (on-insufficient: warn)',
        "> - **Layer 2 (Docker engine):** container db needs 7 GiB but Docker's engine has 4 GiB. Fix: use a runner with more memory (at least 9 GiB) or smaller container limits.",
        '> - **Layer 3 (build):** this build peaked at 20 GiB before (big), more than the 0 B this machine can give a build: it would be OOM-killed. Fix: use a machine with at least 35.6 GiB; the smallest GitHub-hosted runner with that is a larger runner with 16 CPUs (64 GB).',
        '',
        '**Learned from history:** peak 20 GiB (big, 1 run) needs a build limit of 25 GiB and a machine with 35.6 GiB: does NOT fit this one; smallest runner: a larger runner with 16 CPUs (64 GB).',
        '',
        '```mermaid',
        'flowchart TB',
        '  subgraph L1["Machine · 4 GiB"]',
        '    R["Reserve for OS and runner<br/>1 GiB"]',
        '    subgraph L2["Docker engine · 4 GiB"]',
        '      B["Build limit<br/>none · 1 job"]',
        '      C0["db<br/>7 GiB"]',
        '    end',
        '  end',
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  class B bad',
        '  class C0 bad',
        '```',
        '',
        '**Does NOT fit this runner:** From the peak of earlier runs, the build needs a machine with 35.6 GiB: it does NOT fit this runner; no runner-labels were given to choose a larger one from.',
        '',
        '| Layer | Memory | From | Holds |',
        '| --- | ---: | --- | --- |',
        '| 1 · Machine | 4 GiB | physical | ✅ reserve 1 GiB |',
        '| 2 · Docker engine | 4 GiB | assumed (no engine seen) | ❌ 1 container |',
        '| 3 · Build | none (0 B left for the build) | balanced profile | ❌ 1 × 2 GiB job |',
        '| 3 · db | 7 GiB | containers | `--memory 7g` |',
        '',
        '<details><summary>Why these numbers</summary>',
        '',
        "- No Docker engine answered (no docker command on PATH): the plan assumes it will get this machine's memory.",
        '- 1 GiB is kept for the OS and the runner (10 % of 4 GiB, between 1 and 8 GiB).',
        '- The balanced profile gives 2 GiB of 4 GiB (its table: 16 GiB→8 GiB, 64 GiB→45 GiB).',
        '- Containers and the reserve leave 0 B, so the build gets that.',
        '- This build (big) peaked at 20 GiB (its one recorded run); with 5 GiB headroom it needs a build limit of 25 GiB.',
        '- max-parallelism 1: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 0 B holds 1.',
        '- 1 parallel job: 0 B holds less than one job at 2 GiB each, fewer than the 4 CPUs.',
        '',
        '</details>',
        ''
      ].join('\n')
    )
  })

  test('a build-memory lowered to fit: the warning that says so', () => {
    expect(planSummary(loweredPlan, lowered)).toBe(
      [
        '## ✅ Docker memory plan · balanced',
        '',
        '**Build limit 7 GiB** · **3 parallel jobs** · 8 GiB · 4 CPUs · github-hosted Linux/X64',
        '',
        '> [!WARNING]',
        '> build-memory 12 GiB does not fit in the 7 GiB left: lowered to 7 GiB.',
        '',
        '```mermaid',
        'flowchart TB',
        '  subgraph L1["Machine · 8 GiB"]',
        '    R["Reserve for OS and runner<br/>1 GiB"]',
        '    subgraph L2["Docker engine · 8 GiB"]',
        '      B["Build limit<br/>7 GiB · 3 jobs"]',
        '    end',
        '  end',
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  class B ok',
        '```',
        '',
        "**max-parallelism 3** from memory-per-job (2 GiB) per step, as no step was measured yet. For docker/setup-buildx-action's `buildkitd-config-inline`:",
        '',
        '```toml',
        '[worker.oci]',
        '  max-parallelism = 3',
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "max-parallelism 3: steps at once against the 7 GiB build limit (GiB)"',
        '  x-axis "steps running at once" ["1", "2", "3", "4 (too many)"]',
        '  y-axis "GiB" 0 --> 8.4',
        '  bar [2, 4, 6, 8]',
        '  line [7, 7, 7, 7]',
        '```',
        '',
        '| Layer | Memory | From | Holds |',
        '| --- | ---: | --- | --- |',
        '| 1 · Machine | 8 GiB | physical | ✅ reserve 1 GiB |',
        '| 2 · Docker engine | 8 GiB | engine | ✅ 0 containers |',
        '| 3 · Build | 7 GiB | build-memory | ✅ 3 × 2 GiB jobs |',
        '',
        '<details><summary>Why these numbers</summary>',
        '',
        '- 1 GiB is kept for the OS and the runner (10 % of 8 GiB, between 1 and 8 GiB).',
        '- build-memory 12 GiB was given.',
        '- max-parallelism 3: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 7 GiB holds 3.',
        '- 3 parallel jobs: 7 GiB holds 3 at 2 GiB each, fewer than the 4 CPUs.',
        '',
        '</details>',
        ''
      ].join('\n')
    )
  })

  test('Ollama beside a container whose name holds a pipe: the model in its row, the pipe escaped', () => {
    const m = machine({ totalGiB: 6, docker: docker(6, { backend: 'docker-desktop', inVm: true }) })
    const p = plan(m, request({ containers: [{ name: 'db|x', bytes: 2 * GiB }], ollama: { kind: 'auto' }, onInsufficient: 'downgrade' }))
    expect(planSummary(p, m)).toBe(
      [
        '## ❌ Docker memory plan · balanced',
        '',
        '**Build limit none (0 B left for the build)** · **1 parallel job** · 6 GiB · 4 CPUs · github-hosted Linux/X64',
        '',
        '> [!CAUTION]',
        '> **Not enough memory** (on-insufficient: downgrade)',
        '> - **Layer 2 (Docker engine):** containers need 7 GiB together but only 5 GiB is usable (6 GiB less 1 GiB reserve). Fix: this machine has 6 GiB, less than the 9 GiB Docker would need: use a larger machine or smaller container limits.',
        '',
        '```mermaid',
        'flowchart TB',
        '  subgraph L1["Machine · 6 GiB"]',
        '    R["Reserve for OS and runner<br/>1 GiB"]',
        '    subgraph L2["Docker engine · 6 GiB"]',
        '      B["Build limit<br/>none · 1 job"]',
        '      C0["db|x<br/>2 GiB"]',
        '      C1["ollama<br/>5 GiB"]',
        '    end',
        '  end',
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  class B bad',
        '  class C0,C1 bad',
        '```',
        '',
        '| Layer | Memory | From | Holds |',
        '| --- | ---: | --- | --- |',
        '| 1 · Machine | 6 GiB | physical | ✅ reserve 1 GiB |',
        '| 2 · Docker engine | 6 GiB | docker-desktop | ❌ 2 containers |',
        '| 3 · Build | none (0 B left for the build) | balanced profile | ❌ 1 × 2 GiB job |',
        '| 3 · db\\|x | 2 GiB | containers | `--memory 2g` |',
        '| 3 · ollama (phi3:mini) | 5 GiB | Ollama auto | `--memory 5g` |',
        '',
        '<details><summary>Why these numbers</summary>',
        '',
        "- Docker runs in a VM (docker-desktop) with 6 GiB of the machine's 6 GiB.",
        '- 1 GiB is kept for the OS and the runner (10 % of 6 GiB, between 1 and 8 GiB).',
        '- Ollama model phi3:mini is the best whose container (5 GiB) fits in 70 % of 6 GiB.',
        '- The balanced profile gives 3 GiB of 6 GiB (its table: 16 GiB→8 GiB, 64 GiB→45 GiB).',
        '- Containers and the reserve leave 0 B, so the build gets that.',
        '- max-parallelism 1: no step of this build was measured, so each is expected to take memory-per-job (2 GiB), and 0 B holds 1.',
        '- 1 parallel job: 0 B holds less than one job at 2 GiB each, fewer than the 4 CPUs.',
        '',
        '</details>',
        ''
      ].join('\n')
    )
  })
})

describe('parallelismSection: why max-parallelism is what it is', () => {
  test('from measured steps, two platforms: the heaviest steps added up, and the next heaviest that would not fit', () => {
    const m = machine({ docker: docker(15) })
    const steps = [
      { instruction: '[b 2/3] RUN make', platform: 'linux/amd64', bytes: 2 * GiB },
      { instruction: '[b 3/3] RUN test', platform: null, bytes: 1 * GiB },
      { instruction: '[b 1/3] RUN a', platform: null, bytes: 512 * MiB }
    ]
    const p = plan(m, request({ platforms: ['linux/amd64', 'linux/arm64'], knownPeak: { key: 'web', bytes: 3 * GiB, runs: 2, steps } }))
    expect(parallelismSection(p)).toEqual([
      "**max-parallelism 5** from each step's measured peak (5 heaviest shown) · 2 platforms, each running every step. For docker/setup-buildx-action's `buildkitd-config-inline`:",
      '',
      '```toml',
      '[worker.oci]\n  max-parallelism = 5',
      '```',
      '',
      '```mermaid',
      'xychart-beta',
      '  title "max-parallelism 5: steps at once against the 7.5 GiB build limit (GiB)"',
      '  x-axis "steps running at once" ["1", "2", "3", "4", "5", "6 (too many)"]',
      '  y-axis "GiB" 0 --> 10',
      '  bar [2, 3, 3.5, 5.5, 7.5, 9.5]',
      '  line [7.5, 7.5, 7.5, 7.5, 7.5, 7.5]',
      '```',
      ''
    ])
  })

  test('twelve bars at most, and no bar that would not fit past them', () => {
    const m = machine({ totalGiB: 64, cpus: { logical: 32 }, docker: docker(63) })
    expect(parallelismSection(plan(m, request({ memoryPerJobBytes: 512 * MiB })))).toEqual([
      "**max-parallelism 88** from memory-per-job (512 MiB) per step, as no step was measured yet. For docker/setup-buildx-action's `buildkitd-config-inline`:",
      '',
      '```toml',
      '[worker.oci]\n  max-parallelism = 88',
      '```',
      '',
      '```mermaid',
      'xychart-beta',
      '  title "max-parallelism 88: steps at once against the 44.2 GiB build limit (GiB)"',
      '  x-axis "steps running at once" ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]',
      '  y-axis "GiB" 0 --> 46.5',
      '  bar [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6]',
      '  line [44.22, 44.22, 44.22, 44.22, 44.22, 44.22, 44.22, 44.22, 44.22, 44.22, 44.22, 44.22]',
      '```',
      ''
    ])
  })
})

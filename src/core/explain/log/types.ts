/** What the reader of a build log keeps: steps, what went wrong, and the lines that say so. */

export type LogFormat = 'plain' | 'rawjson' | 'legacy'
export type StepResult = 'done' | 'cached' | 'error' | 'canceled' | 'running'

/**
 * A line that says something about memory or a kill, and who said it. `kernel-kill`: the
 * kernel's own words (or a container's OOMKilled); `tool-kill`: a process (shell, go, rustc,
 * yarn, gcc, …) reports a child killed; `enomem`: BuildKit reports the step's cgroup ran out of
 * memory; `exit-137`: an exit status of 137 (SIGKILL) and nothing else; `memory`: a process
 * failed for memory without being killed (a heap limit, a failed allocation); `disk`: no space.
 */
export type SignalKind = 'kernel-kill' | 'tool-kill' | 'enomem' | 'exit-137' | 'memory' | 'disk'

/** Which memory a `memory` signal ran out of: each has its own fix. */
export type MemoryKind = 'node-heap' | 'java-heap' | 'bad-alloc' | 'python' | 'native'

export interface Signal {
  kind: SignalKind
  /** Who said so: `shell`, `go`, `rustc`, `yarn`, `gcc`, `react-scripts`, `kernel`, `BuildKit`, … */
  source: string
  /** The line as the log has it, prefixes and colour removed (at most 300 characters). */
  text: string
  memory?: MemoryKind
  /** The line suggests the memory ran out without saying so (V8's fatal-error stack without its FATAL ERROR line). */
  inferred?: true
}

export interface BuildStep {
  /** `#7` in plain logs, the vertex digest in rawjson, `Step 5` in legacy logs. */
  id: string
  /** As the builder printed it: `[compile 2/2] RUN make`, or `RUN make` for the legacy builder. */
  name: string
  /** Named stage (`compile`), `stage-1` for unnamed ones, null when single-stage or legacy. */
  stage: string | null
  /** `n` of `[stage n/m]` (BuildKit: within the stage; legacy: `Step n/m` over the whole file). */
  index: number | null
  total: number | null
  /** The Dockerfile instruction, `RUN head -c 300m …`. */
  instruction: string
  durationMs: number | null
  result: StepResult
  /** Kill lines (`Killed`, `signal: killed`, …) printed by the step's processes. */
  killedLines: number
  /** What the step's output says of memory and kills (the first few, each line once). */
  signals: Signal[]
  /** The error BuildKit or the legacy builder gave the step. */
  error: string | null
  exitCode: number | null
  /** The legacy builder's RUN container (`Running in 276124f1cd06`): its cgroup names the kill. */
  containerId: string | null
  /**
   * When the step ran, as positions comparable within one build: the log's line order for plain
   * and legacy logs, milliseconds since the epoch for rawjson. `end` is null for a step that never
   * finished. Two steps whose spans overlap ran side by side.
   */
  span: { start: number; end: number | null }
  /** The bake target that ran the step, when bake built several targets. */
  target: string | null
  /**
   * Whether the log named the step only by its output (`#19 12.3 …` of a paste without the
   * header) or by the command of the final error: its name is what the log gave.
   */
  inferred: boolean
}

export interface BuildLogAnalysis {
  format: LogFormat
  /** Whether the log shows a Docker build at all (builder output, a step, the builder's final error). */
  docker: boolean
  steps: BuildStep[]
  /** The step that failed the build, when one did. */
  failedStepId: string | null
  /** The build's final error line, when it failed. */
  finalError: string | null
  exitCode: number | null
  /** `cannot allocate memory` (BuildKit ≥ 0.16 on cgroup v2 reading memory.events). */
  outOfMemoryError: boolean
  /** `no space left on device`: the disk, not memory. */
  diskFull: boolean
  /** `rpc error … EOF`, `Unavailable`, GOAWAY: the client lost the BuildKit daemon. */
  daemonLost: boolean
  /** The line that says the builder went away. */
  builderLostLine: string | null
  /** BuildKit's `Dockerfile:N` excerpt: the base name and the `>>>` lines. */
  excerpt: { file: string; startLine: number; endLine: number } | null
  /** The instruction the excerpt's `>>>` lines hold, continuation lines joined. */
  excerptInstruction: string | null
  /** The build said it finished (`Successfully built`, `writing image`, `DONE` on export, `FINISHED`). */
  succeeded: boolean
  /** The Dockerfile's name as BuildKit gave it (`load build definition from Dockerfile.fail`): a base name. */
  dockerfileName: string | null
  /** The bake target the build is of, when bake built several (`[app internal] load build definition …`). */
  target: string | null
  /** Steps not kept: past KEEP_ALL those that finished with no trouble but the last RECENT_STEPS, past MAX_STEPS the oldest (state.ts). */
  omittedSteps: number
  /** Memory and kill lines outside any step (a paste of a tail, a CI job that is no build). */
  signals: Signal[]
}

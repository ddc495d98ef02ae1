/**
 * The bind decision shared by the action (a step that plans and does not build) and
 * `docker-memory bind`: the plan's build limit on the builder the user already has. A builder
 * the user named is bound or refused; the current builder found by default may not be
 * bindable, which is said and is no failure, since the step still planned.
 */
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { DAEMON_FLOOR_BYTES } from '../core/enforce/mechanism.js'
import { buildxConfigDir } from '../core/bind/buildx-store.js'
import type { BuilderLimitMode, Holder } from '../core/bind/builder-bindings.js'
import type { Limits } from '../core/bind/builder-container.js'
import { InputError } from '../core/errors.js'
import type { Plan } from '../core/plan/plan.js'
import { wholeMiBLimits } from '../core/build/request.js'
import { formatSize } from '../core/units.js'
import type { BindOptions, SavedBinding } from './bind-builder.js'

export interface BindRequest {
  /** null: the current buildx builder, when it is a docker-container builder. */
  builder: string | null
  /** null: equal to the limit, so swap is no escape hatch. */
  memorySwapBytes: number | null
  /** `builder-limit`: lower (default) keeps a limit the builder already had when it is lower than the plan's. */
  mode: BuilderLimitMode
}

export type PlanBinding =
  | {
      enforcement: 'builder'
      builder: string
      saved: SavedBinding
      message: string
      warning: string | null
      note: string | null
      limits: Limits
      /** What the container had just before this job bound it. */
      before: Limits
    }
  /**
   * `level`: a notice where nothing could be looked for (no buildx), else a warning.
   * `unsure`: the bind failed and its undo did too, so the builder may still carry a limit set
   * here; the saved intent stays for post or `release` to give it back.
   */
  | { enforcement: 'none'; builder: string; why: string; level: 'warning' | 'notice'; unsure?: SavedBinding }

export type PlanBindOptions = Pick<BindOptions, 'cancel' | 'onIntent' | 'timeoutMs'>

export async function bindPlannedLimit(plan: Plan, request: BindRequest, holder: Holder, options: PlanBindOptions = {}): Promise<PlanBinding> {
  const explicit = request.builder !== null
  const none = (why: string, builder = request.builder ?? '', level: 'warning' | 'notice' = 'warning'): PlanBinding => {
    // The user's word is honoured or refused (issue 10): only the builder found by default may stay unbound.
    if (explicit) throw new InputError(`builder "${request.builder}" cannot be bound: ${why}`)
    return { enforcement: 'none', builder, why, level }
  }
  const { memoryBytes, swapBytes } = wholeMiBLimits(plan.build.bytes, request.memorySwapBytes)
  if (memoryBytes < DAEMON_FLOOR_BYTES) {
    return none(
      `the build memory ${formatSize(memoryBytes)} is below the ${formatSize(DAEMON_FLOOR_BYTES)} a builder needs: its BuildKit daemon runs inside the limit and would be OOM-killed`
    )
  }
  // Most jobs never chose a builder: say so without starting docker, which costs every such job
  // more than the rest of the plan (bench/plan-startup.mjs).
  if (!explicit && !buildxBuilderChosen(process.env)) {
    return none(
      'no buildx builder was chosen (docker buildx use, BUILDX_BUILDER), so the current one is the engine’s own BuildKit, which docker update cannot bind',
      'default',
      'notice'
    )
  }
  // Loaded only now: the plan step of a job with no builder to bind never pays for them.
  // Loaded only now: the plan step of a job with no builder to bind never pays for it. buildx is
  // asked once (`buildx ls`, which also says when there is no buildx): each call costs a
  // plugin start (0.2-0.3 s on a runner).
  const { BindError, NoBuildxError, bindBuilder, describeLimits } = await import('./bind-builder.js')
  let result
  let intent: SavedBinding | null = null
  try {
    result = await bindBuilder(request.builder, { memoryBytes, memorySwapBytes: swapBytes }, holder, {
      ...options,
      mode: request.mode,
      onIntent: (saved) => {
        intent = saved
        options.onIntent?.(saved)
      }
    })
  } catch (error) {
    if (error instanceof NoBuildxError) return none(`this machine has no docker buildx (${error.message}), so there is no builder to bind`, '', 'notice')
    if (!(error instanceof BindError)) throw error
    // Undone where it could be; where it could not, the builder is not "not bound": say so, and keep what gives it back.
    if (error.changed && intent)
      return { enforcement: 'none', builder: request.builder ?? (intent as SavedBinding).builder, why: error.message, level: 'warning', unsure: intent }
    return none(error.message)
  }
  if (result.bound === null) {
    const instead = result.fallback
      ? '; create a docker-container builder first (docker/setup-buildx-action, or docker buildx create --driver docker-container --use), or let docker-memory run the build (context: in the action, docker-memory build), which binds the engine’s own BuildKit another way'
      : ''
    return none(`${result.reason}${instead}`, result.builder ?? '')
  }
  const b = result.bound
  return {
    enforcement: 'builder',
    builder: b.builder,
    saved: { builder: b.builder, container: b.container, containerId: b.containerId, volume: b.volume, original: b.original },
    message: `bound builder ${b.builder} by docker update of its container ${b.container} (one limit for all its build steps together): ${describeLimits(b.limits)}, was ${describeLimits(b.before)}${b.note ? `; ${b.note}` : ''}`,
    warning: b.warning,
    note: b.note,
    limits: b.limits,
    before: b.before
  }
}

/**
 * buildx keeps the builder `docker buildx use` (and setup-buildx-action) chose in
 * `<buildx config>/current`; BUILDX_BUILDER overrides it. With neither, the current builder is
 * the default one of the docker context: the engine's own BuildKit.
 */
function buildxBuilderChosen(env: NodeJS.ProcessEnv): boolean {
  if (env.BUILDX_BUILDER) return true
  const dir = buildxConfigDir({ ...env, HOME: env.HOME || homedir() })
  return dir !== null && existsSync(join(dir, 'current'))
}

/** A saved binding read back from the action's state or the CLI's state file; null when it is not one. */
export function parseSavedBinding(text: string): SavedBinding | null {
  let v: Partial<SavedBinding>
  try {
    v = JSON.parse(text) as Partial<SavedBinding>
  } catch {
    return null
  }
  const isLimits = (l: unknown): boolean =>
    typeof l === 'object' &&
    l !== null &&
    Number.isFinite((l as { memoryBytes: unknown }).memoryBytes) &&
    Number.isFinite((l as { memorySwapBytes: unknown }).memorySwapBytes)
  const strings = [v?.builder, v?.container, v?.containerId, v?.volume].every((s) => typeof s === 'string' && s !== '')
  return strings && isLimits(v.original) ? (v as SavedBinding) : null
}

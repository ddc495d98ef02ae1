import * as core from '@actions/core'
import { InputError } from '../core/errors.js'
import type { MachineFacts } from '../core/machine.js'
import { plan, type Plan, type PlanRequest } from '../core/plan/plan.js'
import { platformOf } from '../core/resize/backend.js'
import { resizeWanted, type ResizeInput } from '../core/resize/request.js'
import { formatSize as fmt } from '../core/units.js'
import { detectMachine } from '../probes/machine.js'

export interface AfterResize {
  machine: MachineFacts
  plan: Plan
  resized: boolean
}

/**
 * `on-insufficient: resize` and the `resize` input: resize Docker's VM when the plan needs it,
 * then detect and plan again. A failed resize is an error annotation and a failed step; the
 * plan from before is still published.
 */
export async function resizeForPlan(machine: MachineFacts, request: PlanRequest, first: Plan, input: ResizeInput, timeoutMs: number): Promise<AfterResize> {
  const unchanged = { machine, plan: first, resized: false }
  const wanted = resizeWanted(machine, request, first, input)
  if (wanted.kind === 'none') return unchanged
  const platform = platformOf(process.env.RUNNER_OS, process.platform)
  const title = "Docker's VM was not resized"
  // Loaded only when a resize is wanted, so a plain plan never loads the settings editors.
  const { locateBackend, targetFor } = await import('../resize/locate.js')
  const { resizeDockerVm } = await import('../resize/resize.js')
  try {
    const { choice, paths } = locateBackend(platform, null, machine.docker, process.env)
    if (choice.backend === null) {
      // A size the user named is honoured or the step fails; `auto` only says why not.
      if (input.kind === 'size') throw new InputError(`resize: ${fmt(input.bytes)} cannot be done: ${choice.why}`)
      core.warning(`Resizing does not apply: ${choice.why}.`, { title })
      return unchanged
    }
    if (wanted.kind === 'impossible') {
      core.warning(`Resizing would not help: ${wanted.why}.`, { title })
      return unchanged
    }
    const targetBytes = targetFor(choice.backend, machine, wanted.bytes)
    core.startGroup(`Resizing Docker's VM to ${fmt(targetBytes)} (${choice.backend}: ${choice.why})`)
    try {
      const result = await resizeDockerVm({ platform, backend: choice.backend, paths, targetBytes, timeoutMs, dryRun: false, log: (line) => core.info(line) })
      if (!result.resized) return unchanged
    } finally {
      core.endGroup()
    }
  } catch (error) {
    // A resize that was wanted and did not happen fails the step, even when the old plan fits.
    core.error((error as Error).message, { title })
    process.exitCode = core.ExitCode.Failure
    return unchanged
  }
  const after = await detectMachine()
  return { machine: after, plan: plan(after, request), resized: true }
}

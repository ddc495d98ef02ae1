import * as core from '@actions/core'
import { bindPlannedLimit, type BindRequest, type PlanBinding } from './bind-plan.js'
import { actionHolder } from './holder.js'
import { bindingSummary } from '../core/bind/binding-summary.js'
import type { Plan } from '../core/plan/plan.js'
import { getState, saveState } from '../action/state.js'
import { trapCancellation } from '../runners/process.js'

export const TITLE = 'Docker build memory'

/**
 * Main: binds the plan's limit; an input error (an explicit builder that cannot be bound) throws
 * before anything is written. What post needs is saved before the builder changes (the intent),
 * and cleared again when the bind was undone whole.
 */
export async function bindForAction(plan: Plan, request: BindRequest): Promise<PlanBinding> {
  // A cancelled job (SIGINT, SIGTERM) mid-bind undoes it instead of dying with the builder changed.
  const { cancel, release } = trapCancellation()
  let binding: PlanBinding
  let intentSaved = false
  try {
    binding = await bindPlannedLimit(plan, request, actionHolder(process.env), {
      cancel,
      onIntent: (saved) => {
        saveState('builder-binding', JSON.stringify(saved))
        intentSaved = true
      }
    })
  } finally {
    release()
  }
  if (binding.enforcement === 'builder' || binding.unsure) {
    const containerId = binding.enforcement === 'builder' ? binding.saved.containerId : (binding.unsure?.containerId ?? '')
    const watched = getState('oom-watch-cgroups')
    saveState('oom-watch-cgroups', [watched, containerId].filter((x) => x !== '').join(','))
  } else if (intentSaved) {
    // The intent was saved, then everything was undone: post has nothing to give back.
    saveState('builder-binding', '')
  }
  return binding
}

/** Main, after the plan is published: the outputs, what was done, and the summary's lines about it. */
export async function publishBinding(binding: PlanBinding, summary: boolean): Promise<void> {
  if (summary && process.env.GITHUB_STEP_SUMMARY) {
    const text =
      binding.enforcement === 'builder'
        ? bindingSummary({
            kind: 'bound',
            builder: binding.builder,
            container: binding.saved.container,
            limits: binding.limits,
            before: binding.before,
            warning: binding.warning,
            note: binding.note
          })
        : bindingSummary({ kind: 'none', builder: binding.unsure?.builder ?? binding.builder, why: binding.why, unsure: binding.unsure !== undefined })
    await core.summary.addRaw(text).write()
  }
  core.setOutput('builder', binding.builder)
  core.setOutput('enforcement', binding.enforcement)
  if (binding.enforcement === 'builder') {
    core.info(binding.message)
    if (binding.warning) core.warning(binding.warning, { title: TITLE })
  } else if (binding.unsure) {
    core.warning(`Binding builder ${binding.unsure.builder} failed and could not be fully undone: ${binding.why}. The post step gives it back its limit.`, {
      title: TITLE
    })
  } else if (binding.level === 'notice') {
    core.notice(`No builder was bound: ${binding.why}.`, { title: TITLE })
  } else {
    core.warning(`No builder was bound, so nothing limits the job's builds: ${binding.why}.`, { title: TITLE })
  }
}

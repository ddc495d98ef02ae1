import * as core from '@actions/core'
import { parallelismNote, readBuilderParallelism } from '../build/builder-config.js'
import type { Plan } from '../core/plan/plan.js'

/** A builder bound in place keeps its config: say what max-parallelism it runs with against the plan's. */
export async function noteBuilderParallelism(builder: string, container: string, plan: Plan): Promise<void> {
  const note = parallelismNote(builder, await readBuilderParallelism(container), plan.parallelism.maxParallelism)
  if (note === null) return core.info(`builder ${builder} runs with the planned max-parallelism ${plan.parallelism.maxParallelism}`)
  if (note.level === 'warning') core.warning(note.message, { title: 'Docker build parallelism' })
  else core.notice(note.message, { title: 'Docker build parallelism' })
}

import * as core from '@actions/core'
import { messageForUser } from '../core/errors.js'
import { isKill } from '../core/explain/classify.js'
import { explainSavedLog } from '../explain/report.js'
import { publishExplanation } from '../explain/publish.js'
import { readExplainInputs } from './inputs.js'

/**
 * The explain sub-action: a log saved by a build this action did not run (build-push-action,
 * a script), explained as annotations at the Dockerfile and a job summary.
 */
export async function runExplain(): Promise<void> {
  try {
    const { logPath, file } = readExplainInputs()
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const { explanation, summary } = await explainSavedLog(logPath, file, workspace)
    core.setOutput('oom-killed', String(explanation.findings.some(isKill)))
    core.setOutput('annotations', String(explanation.annotations.length))
    await publishExplanation(explanation.annotations, summary)
  } catch (error) {
    // A wrong input or an unreadable log says so alone; anything else is ours, and still one line.
    core.setFailed(messageForUser(error) ?? `docker-memory-action explain failed: ${(error as Error).message}`)
  }
}

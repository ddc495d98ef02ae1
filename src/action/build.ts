import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildSink } from '../build/build-and-explain.js'
import { removeBuilder } from '../runners/docker.js'
import { getState, saveState } from './state.js'

const TITLE = 'Docker build memory'

/**
 * Where the action puts a build: progress in the log, the build's own output in a group with
 * workflow commands stopped (a Dockerfile's `RUN echo ::add-mask::…` is build output, not a
 * command to the runner), the explanation as annotations and the summary, and the results as
 * step outputs. A failed build fails the step after all of that is written.
 */
export function actionSink(notice: (message: string) => void, keepBuilder: boolean): BuildSink {
  let resume: string | null = null
  return {
    logDir: join(process.env.RUNNER_TEMP || tmpdir(), 'docker-memory'),
    // Later steps of the job reuse it; post removes it, unless keep-builder keeps it.
    keepCreatedBuilder: true,
    publish: true,
    info: (m) => core.info(m),
    warning: (m) => core.warning(m, { title: TITLE }),
    notice,
    startLog: (title) => {
      core.startGroup(title)
      resume = randomBytes(16).toString('hex')
      core.info(`::stop-commands::${resume}`)
    },
    logLine: (l) => core.info(l),
    endLog: () => {
      if (resume !== null) core.info(`::${resume}::`)
      resume = null
      core.endGroup()
    },
    explained: (report) => {
      // post's job-wide watch leaves these out: they have their annotation at the Dockerfile line.
      const pids = report.explanation.findings.flatMap((f) => (f.kill ? [f.kill.pid] : []))
      if (pids.length > 0) saveState('explained-kills', pids.join(','))
    },
    finished: ({ outputs, lines, createdBuilder }) => {
      for (const line of lines) core.info(line)
      if (createdBuilder !== null && !keepBuilder) saveState('builder-to-remove', createdBuilder)
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    },
    fail: (message) => core.setFailed(message)
  }
}

/** Post: removes the builder main created for this job's limit, unless keep-builder kept it. */
export async function removeJobBuilder(): Promise<void> {
  const builder = getState('builder-to-remove')
  if (!builder) return
  const failed = await removeBuilder(builder)
  if (failed === null) core.info(`removed builder ${builder}`)
  else core.warning(`could not remove builder ${builder}: ${failed}`)
}

import * as core from '@actions/core'
import { removeBuilderCommand } from '../core/build/argv.js'
import { captureDocker } from '../runners/docker.js'
import { BUILDER_STATE } from './build.js'

/** The post step runs even after a failure: the place to report on the whole job. */
export async function runPost(): Promise<void> {
  core.debug(`docker-memory-action post: main started at ${core.getState('started-at') || 'unknown'}`)
  const builder = core.getState(BUILDER_STATE)
  if (builder) {
    const r = await captureDocker(removeBuilderCommand(builder).args, { timeoutMs: 60000 })
    if (r.code === 0) core.info(`removed builder ${builder}`)
    else core.warning(`could not remove builder ${builder}: ${(r.stderr || r.stdout).trim() || `exit code ${r.code}`}`)
  }
}

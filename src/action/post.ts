import * as core from '@actions/core'
import { removeJobBuilder } from './build.js'

/** The post step runs even after a failure: the place to report on the whole job. */
export async function runPost(): Promise<void> {
  core.debug(`docker-memory-action post: main started at ${core.getState('started-at') || 'unknown'}`)
  await removeJobBuilder()
}

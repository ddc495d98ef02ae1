/**
 * What main leaves for post, in one place: each key's name and what its value means.
 * Values are strings, as the runner keeps them.
 */
import * as core from '@actions/core'

export interface ActionState {
  /** When main began (ISO 8601): post's job-wide OOM watch counts kills from here. */
  'started-at': string
  /** A builder this job created, for post to remove. */
  'builder-to-remove': string
  /** The kernel kills (pids, comma-separated) the build's explanation annotated already. */
  'explained-kills': string
  /** /proc/vmstat's oom_kill when main started: where the kernel log is closed, post counts kills from it. */
  'oom-kill-count': string
  /** More cgroups (paths or container ids, comma-separated) whose kills are this job's, such as a builder it bound. */
  'oom-watch-cgroups': string
  /** The builder main bound in place (a SavedBinding as JSON), for post to explain its builds and give it back its limit. */
  'builder-binding': string
  /** The series file the bound builder's sampler writes (dist/sampler.js); post stops it with `<file>.stop`. */
  'builder-series': string
  /** The kernel's marks in the bound builder's cgroup at bind time (a CgroupMarks as JSON): post reports the peak and kills since. */
  'builder-marks': string
}

export function saveState<K extends keyof ActionState>(key: K, value: ActionState[K]): void {
  core.saveState(key, value)
}

/** '' when main saved nothing under the key. */
export function getState<K extends keyof ActionState>(key: K): ActionState[K] | '' {
  return core.getState(key)
}

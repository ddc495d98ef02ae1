/**
 * The step cgroups of a builder, as the watch reads them and the sampler keeps them: where
 * they are, which files hold their memory, and the file the action's sampler writes them to
 * (one JSON object a line, rewritten whole as it changes). Kept apart from the attribution
 * (./step-peaks.ts) so the sampler loads nothing else. Pure.
 */

/** One step cgroup as the watch saw it over its life. */
export interface StepCgroup {
  /** BuildKit's id: the cgroup directory's name. */
  id: string
  /** When the watch first and last saw it, epoch ms. */
  firstMs: number
  lastMs: number
  /** The highest of its high-water mark (v1 memory.max_usage_in_bytes, v2 memory.peak) or usage over the readings. */
  peakBytes: number
  /** Its first process' command line, arguments joined by spaces; null when none could be read. */
  command: string | null
}

/** Where a builder's BuildKit puts its steps' cgroups: `buildkit` under the builder container's cgroup. */
export function stepCgroupParent(builderCgroup: string): string {
  return `${builderCgroup.replace(/\/+$/, '')}/buildkit`
}

/** The file holding a step cgroup's own high-water mark, and its current usage (v2 kernels before 5.19 have no memory.peak). */
export function stepMemoryFiles(version: 1 | 2): { peak: string; usage: string } {
  return version === 1 ? { peak: 'memory.max_usage_in_bytes', usage: 'memory.usage_in_bytes' } : { peak: 'memory.peak', usage: 'memory.current' }
}

/** `/proc/<pid>/cmdline`: NUL-separated arguments, as one line. */
export function commandLine(cmdline: string): string | null {
  const args = cmdline.split('\0').filter((a) => a !== '')
  return args.length === 0 ? null : args.join(' ')
}

/** The file the sampler keeps the step cgroups of a builder in, beside its memory series. */
export function stepsFileName(seriesFile: string): string {
  return `${seriesFile}.steps`
}

export function stepsFileText(cgroups: readonly StepCgroup[]): string {
  return cgroups.map((c) => JSON.stringify(c)).join('\n') + (cgroups.length > 0 ? '\n' : '')
}

/** The step cgroups of a steps file; a torn or foreign line is skipped. */
export function parseStepsFile(text: string): StepCgroup[] {
  const out: StepCgroup[] = []
  for (const line of text.split('\n')) {
    try {
      const c = JSON.parse(line) as Partial<StepCgroup>
      if (
        typeof c.id === 'string' &&
        Number.isFinite(c.firstMs) &&
        Number.isFinite(c.lastMs) &&
        Number.isSafeInteger(c.peakBytes) &&
        (c.command === null || typeof c.command === 'string')
      )
        out.push(c as StepCgroup)
    } catch {
      // Not a whole line: the sampler was writing it.
    }
  }
  return out
}

/** The step cgroups that lived within a build's stretch (the sampler's clock may be a tick off the record's). */
export function cgroupsDuring(cgroups: readonly StepCgroup[], startMs: number, endMs: number, slackMs = 2000): StepCgroup[] {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return []
  return cgroups.filter((c) => c.firstMs >= startMs - slackMs && c.lastMs <= endMs + slackMs)
}

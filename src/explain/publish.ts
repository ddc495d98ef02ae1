import * as core from '@actions/core'
import type { Annotation } from '../core/explain/explain.js'

/**
 * Annotations and the summary through @actions/core, which escapes them for the runner. The
 * title leads the message instead of being a property, so each line starts
 * `::error file=…,line=…` and the location is the first thing a reader (or grep) sees.
 */
export async function publishExplanation(annotations: Annotation[], summary: string | null): Promise<void> {
  for (const a of annotations) {
    const properties: core.AnnotationProperties = { file: a.file, startLine: a.startLine, endLine: a.endLine }
    const message = `${a.title}. ${a.message}`
    if (a.level === 'error') core.error(message, properties)
    else if (a.level === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
  if (summary !== null && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write()
}

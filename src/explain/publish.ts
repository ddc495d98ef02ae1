import * as core from '@actions/core'
import type { Annotation } from '../core/explain/explain.js'

/** Annotations and the summary through @actions/core, which escapes them for the runner. */
export async function publishExplanation(annotations: Annotation[], summary: string | null): Promise<void> {
  for (const a of annotations) {
    const properties: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine }
    if (a.level === 'error') core.error(a.message, properties)
    else if (a.level === 'warning') core.warning(a.message, properties)
    else core.notice(a.message, properties)
  }
  if (summary !== null && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write()
}

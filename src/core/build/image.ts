/**
 * The image a build made, as docker/build-push-action reports it: `imageid` from `--iidfile`,
 * `digest` from the metadata file's `containerimage.digest`, `metadata` the whole file
 * re-indented (its main.ts: `JSON.stringify(metadata, null, 2)`). Pure: the edge reads the files.
 */

export interface ImageResult {
  digest: string
  imageid: string
  metadata: string
}

/**
 * `null` text: the file was not written (a failed build, a classic `docker build`, a local
 * exporter). buildx writes `null` into it when the build has no result to report.
 */
export function imageResult(iidText: string | null, metadataText: string | null): ImageResult {
  const metadata = parseBuildMetadata(metadataText)
  const digest = metadata?.['containerimage.digest']
  return {
    digest: typeof digest === 'string' ? digest : '',
    imageid: iidText?.trim() ?? '',
    metadata: metadata === null ? '' : JSON.stringify(metadata, null, 2)
  }
}

/** The metadata file's JSON object; null when absent or `null`; one line when it is not an object. */
export function parseBuildMetadata(text: string | null): Record<string, unknown> | null {
  if (text === null || text.trim() === '' || text.trim() === 'null') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new Error('the build metadata file is not JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the build metadata file is not a JSON object')
  return parsed as Record<string, unknown>
}

/** What the action's log and the CLI say of the image, as build-push-action's log shows it. */
export function imageResultLines(image: ImageResult): string[] {
  return [image.imageid && `image ID ${image.imageid}`, image.digest && `digest ${image.digest}`].filter((l) => l !== '')
}

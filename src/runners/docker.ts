/** docker through the one process runner, for the action and the CLI alike. */
import { removeBuilderCommand } from '../core/build/argv.js'
import { capture, stream, type CaptureOptions, type Captured, type Streamed, type StreamOptions } from './process.js'

export function captureDocker(args: readonly string[], options: CaptureOptions = {}): Promise<Captured> {
  return capture('docker', args, options)
}

export function streamDocker(args: readonly string[], options: StreamOptions): Promise<Streamed> {
  return stream('docker', args, options)
}

/** Removes a buildx builder; what docker said when it could not, or null. */
export async function removeBuilder(name: string): Promise<string | null> {
  const r = await captureDocker(removeBuilderCommand(name).args, { timeoutMs: 60000 })
  return r.code === 0 ? null : (r.stderr || r.stdout).trim().split('\n').pop() || r.spawnError || `exit code ${r.code}`
}

/** docker's own words in its stderr: the first line says what failed, a usage hint follows it. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  )
}

/** The last line docker printed: buildx ends with its `ERROR: …`. */
export function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .pop()
      ?.trim() ?? ''
  )
}

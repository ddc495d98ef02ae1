/**
 * Readers of `docker buildx ls --format json` (one JSON object per line) and
 * `docker buildx inspect` (aligned `Key: value` text). Pure.
 */

export interface BuilderNode {
  name: string
  status: string
  /** BuildKit version of the node, `v0.24.0`, `v0.8+unknown`; null before it has booted. */
  buildkitVersion: string | null
  driverOpts: Record<string, string>
}

export interface BuilderInfo {
  name: string
  driver: string
  current: boolean
  nodes: BuilderNode[]
}

export class BuilderParseError extends Error {}

interface RawLsNode {
  Name?: string
  Status?: string
  Version?: string
  DriverOpts?: Record<string, string> | null
}

export function parseBuildxLs(text: string): BuilderInfo[] {
  const builders: BuilderInfo[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let raw: { Name?: string; Driver?: string; Current?: boolean; Nodes?: RawLsNode[] | null }
    try {
      raw = JSON.parse(line) as typeof raw
    } catch {
      throw new BuilderParseError(`docker buildx ls printed a line that is not JSON: "${line.slice(0, 80)}"`)
    }
    if (typeof raw.Name !== 'string' || typeof raw.Driver !== 'string') {
      throw new BuilderParseError('docker buildx ls printed a builder without Name or Driver')
    }
    builders.push({
      name: raw.Name,
      driver: raw.Driver,
      current: raw.Current === true,
      nodes: (raw.Nodes ?? []).map((n) => ({
        name: n.Name ?? '',
        status: n.Status ?? '',
        buildkitVersion: n.Version || null,
        driverOpts: { ...(n.DriverOpts ?? {}) }
      }))
    })
  }
  return builders
}

/** `docker buildx inspect [name]`: the builder and its nodes (the Labels and GC sections are skipped). */
export function parseBuildxInspect(text: string): BuilderInfo {
  let name: string | null = null
  let driver: string | null = null
  const nodes: BuilderNode[] = []
  let inNodes = false
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line)
    if (!m) continue
    const [, key, value] = m
    if (key === 'Nodes') {
      inNodes = true
    } else if (!inNodes && key === 'Name') {
      name = value.trim()
    } else if (!inNodes && key === 'Driver') {
      driver = value.trim()
    } else if (inNodes && key === 'Name') {
      nodes.push({ name: value.trim(), status: '', buildkitVersion: null, driverOpts: {} })
    } else if (inNodes && nodes.length > 0) {
      const node = nodes[nodes.length - 1]
      if (key === 'Status') node.status = value.trim()
      else if (key === 'BuildKit version' || key === 'Buildkit') node.buildkitVersion = value.trim() || null
      else if (key === 'Driver Options') node.driverOpts = parseDriverOptions(value)
    }
  }
  if (name === null || driver === null) throw new BuilderParseError('docker buildx inspect printed no Name or Driver')
  return { name, driver, current: false, nodes }
}

/** `image="moby/buildkit:buildx-stable-1" memory="100m"` → a map. */
export function parseDriverOptions(text: string): Record<string, string> {
  const opts: Record<string, string> = {}
  for (const m of text.matchAll(/([\w.-]+)="((?:[^"\\]|\\.)*)"/g)) opts[m[1]] = m[2]
  return opts
}

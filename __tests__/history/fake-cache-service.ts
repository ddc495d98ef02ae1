import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for the GitHub Actions cache service (the v1 REST protocol @actions/cache speaks
 * when ACTIONS_CACHE_URL is set), in memory: entries are immutable, a lookup matches keys by
 * prefix, newest first. The real client talks to it over HTTP, tar and zstd included.
 */
export interface FakeCacheService {
  url: string
  keys(): string[]
  close(): Promise<void>
}

interface Entry {
  key: string
  version: string
  data: Buffer
  committed: boolean
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const entries: Entry[] = []
  const body = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => resolve(Buffer.concat(chunks)))
    })
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const json = (status: number, value?: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(value === undefined ? undefined : JSON.stringify(value))
    }
    const data = await body(req)
    const id = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)?.[1]
    if (req.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      const version = url.searchParams.get('version')
      for (const key of (url.searchParams.get('keys') ?? '').split(',')) {
        const hit = entries.filter((e) => e.committed && e.version === version && e.key.startsWith(key)).at(-1)
        if (hit) return json(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${address()}/archive/${entries.indexOf(hit)}` })
      }
      return json(204)
    }
    if (req.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(data.toString()) as { key: string; version: string }
      if (entries.some((e) => e.key === key && e.version === version)) return json(409, { message: 'Cache already exists.' })
      entries.push({ key, version, data: Buffer.alloc(0), committed: false })
      // Ids start at 1: the client takes a cacheId of 0 for no id at all.
      return json(201, { cacheId: entries.length })
    }
    if (req.method === 'PATCH' && id !== undefined) {
      const start = Number(/^bytes (\d+)-/.exec(String(req.headers['content-range']))?.[1])
      const entry = entries[Number(id) - 1]
      const grown = Buffer.alloc(Math.max(entry.data.length, start + data.length))
      entry.data.copy(grown)
      data.copy(grown, start)
      entry.data = grown
      return json(204)
    }
    if (req.method === 'POST' && id !== undefined) {
      entries[Number(id) - 1].committed = true
      return json(204)
    }
    const archive = /^\/archive\/(\d+)$/.exec(url.pathname)?.[1]
    if (req.method === 'GET' && archive !== undefined) {
      res.writeHead(200, { 'content-length': entries[Number(archive)].data.length })
      res.end(entries[Number(archive)].data)
      return
    }
    json(404, { message: `${req.method} ${url.pathname}` })
  }
  // A handler that throws fails the test that made the request: no promise is left unhandled.
  const server: Server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = (): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${address()}/`,
    keys: () => entries.filter((e) => e.committed).map((e) => e.key),
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

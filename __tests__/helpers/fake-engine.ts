/**
 * An engine API in memory, on a unix socket of the test's own: the containers, volumes and
 * answers the binding transaction asks for (GET /containers/{id}/json, POST /containers/create,
 * DELETE /containers/{id}, POST /containers/{id}/update, the /volumes calls, GET /info), with
 * the engine's status codes and messages (409 "Conflict. The container name … is already in
 * use", 404 "No such container: …", "get …: no such volume"). The transaction runs in the test's
 * own process against it: no process starts, so every request of a bind or a release can be
 * faulted in turn in milliseconds. A builder's container is made the way buildx names it
 * (`buildx_buildkit_<node>`), and buildx's store files for it are written beside the socket.
 *
 * Faults, one per request number (counted from `fault()`): `fail` answers 500 and changes
 * nothing; `lost` acts, then drops the connection (a connection lost after the engine acted);
 * `stall` never answers (the client stops it at its timeout or on a cancel) and resolves
 * `stalled`, a gate the test waits on instead of a clock.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface FakeContainer {
  Id: string
  Name: string
  Image: string
  State: { Status: string; Running: boolean; Pid: number; OOMKilled: boolean }
  HostConfig: { Memory: number; MemorySwap: number; CgroupParent: string; NetworkMode?: string }
  Config: { Labels: Record<string, string> }
}

export type Fault = 'fail' | 'lost' | 'stall'

export class FakeEngine {
  readonly dir: string
  readonly socket: string
  /** buildx's store (BUILDX_CONFIG) with the builders made by `addBuilder`. */
  readonly buildxConfig: string
  readonly containers = new Map<string, FakeContainer>()
  readonly volumes = new Map<string, Record<string, string>>()
  readonly memTotal = 8 * 1024 ** 3
  /** Every request as `METHOD path`, in order. */
  readonly requests: string[] = []
  private faults = new Map<number, Fault>()
  private counted = 0
  private held: ServerResponse[] = []
  private stallSeen: (() => void) | null = null
  /** Resolved when a stalled request arrives. */
  stalled: Promise<void> = Promise.resolve()
  private server: Server

  private constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'dma-fake-engine-'))
    this.socket = join(this.dir, 'docker.sock')
    this.buildxConfig = join(this.dir, 'buildx')
    mkdirSync(join(this.buildxConfig, 'instances'), { recursive: true })
    this.server = createServer((req, res) => this.handle(req, res))
  }

  static async start(): Promise<FakeEngine> {
    const e = new FakeEngine()
    await new Promise<void>((resolve) => e.server.listen(e.socket, resolve))
    return e
  }

  async stop(): Promise<void> {
    for (const r of this.held) r.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    rmSync(this.dir, { recursive: true, force: true })
  }

  /** A running docker-container builder as buildx makes it, current when asked: its container and its store files. */
  addBuilder(name: string, limits: { Memory: number; MemorySwap: number }, current = false): FakeContainer {
    const c: FakeContainer = {
      Id: randomBytes(32).toString('hex'),
      Name: `/buildx_buildkit_${name}0`,
      Image: `sha256:${'b'.repeat(64)}`,
      State: { Status: 'running', Running: true, Pid: 0, OOMKilled: false },
      HostConfig: { ...limits, CgroupParent: '/docker/buildx' },
      Config: { Labels: {} }
    }
    this.containers.set(c.Id, c)
    const key = `unix://${this.socket}`
    writeFileSync(
      join(this.buildxConfig, 'instances', name),
      JSON.stringify({ Name: name, Driver: 'docker-container', Nodes: [{ Name: `${name}0`, Endpoint: key, DriverOpts: null }], Dynamic: false })
    )
    if (current) writeFileSync(join(this.buildxConfig, 'current'), JSON.stringify({ Key: key, Name: name, Global: false }))
    return c
  }

  /** Faults for the requests to come, by their number from now (1 = the next one). */
  fault(faults: Record<number, Fault> = {}): void {
    this.counted = 0
    this.faults = new Map(Object.entries(faults).map(([n, f]) => [Number(n), f]))
    this.stalled = new Promise((resolve) => (this.stallSeen = resolve))
  }

  /** Requests answered or faulted since `fault()`. */
  get count(): number {
    return this.counted
  }

  find(idOrName: string): FakeContainer | null {
    for (const c of this.containers.values())
      if (c.Id === idOrName || c.Name === `/${idOrName}` || (idOrName.length >= 12 && c.Id.startsWith(idOrName))) return c
    return null
  }

  /** The locks (created, never started containers) and the records (volumes) left. */
  leftovers(): { locks: string[]; volumes: string[] } {
    return { locks: [...this.containers.values()].filter((c) => !c.State.Running).map((c) => c.Name.slice(1)), volumes: [...this.volumes.keys()] }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = []
    req.on('data', (d: Buffer) => chunks.push(d))
    req.on('end', () => {
      const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {}
      this.requests.push(`${req.method} ${req.url}`)
      const fault = this.faults.get(++this.counted)
      if (fault === 'stall') {
        this.held.push(res)
        this.stallSeen?.()
        return
      }
      if (fault === 'fail') return send(res, 500, { message: `injected failure of request ${this.counted}: ${req.method} ${req.url}` })
      const [status, answer] = this.answer(req.method ?? 'GET', new URL(req.url ?? '/', 'http://docker'), body)
      if (fault === 'lost') return void res.destroy()
      send(res, status, answer)
    })
  }

  private answer(method: string, url: URL, body: Record<string, unknown>): [number, unknown] {
    const parts = url.pathname
      .split('/')
      .filter((p) => p !== '')
      .map(decodeURIComponent)
    const noSuch = (id: string): [number, unknown] => [404, { message: `No such container: ${id}` }]
    if (method === 'GET' && url.pathname === '/info') return [200, { Name: 'fake-engine', MemTotal: this.memTotal, ServerVersion: '20.10.24' }]
    if (parts[0] === 'containers') {
      if (method === 'POST' && parts[1] === 'create') {
        const name = url.searchParams.get('name') ?? ''
        const taken = this.find(name)
        if (taken)
          return [
            409,
            {
              message: `Conflict. The container name "/${name}" is already in use by container "${taken.Id}". You have to remove (or rename) that container to be able to reuse that name.`
            }
          ]
        const hc = (body.HostConfig ?? {}) as { NetworkMode?: string }
        const c: FakeContainer = {
          Id: randomBytes(32).toString('hex'),
          Name: `/${name}`,
          Image: String(body.Image),
          State: { Status: 'created', Running: false, Pid: 0, OOMKilled: false },
          HostConfig: { Memory: 0, MemorySwap: 0, CgroupParent: '', NetworkMode: hc.NetworkMode },
          Config: { Labels: (body.Labels ?? {}) as Record<string, string> }
        }
        this.containers.set(c.Id, c)
        return [201, { Id: c.Id, Warnings: [] }]
      }
      const c = this.find(parts[1] ?? '')
      if (!c) return noSuch(parts[1] ?? '')
      if (method === 'GET' && parts[2] === 'json') return [200, c]
      if (method === 'GET' && parts[2] === 'archive')
        return [404, { message: `Could not find the file ${url.searchParams.get('path')} in container ${parts[1]}` }]
      if (method === 'DELETE' && parts.length === 2) {
        this.containers.delete(c.Id)
        return [204, null]
      }
      if (method === 'POST' && parts[2] === 'update') {
        // As the engine: 0 (or absent) leaves a value as it is.
        const m = Number(body.Memory ?? 0)
        const s = Number(body.MemorySwap ?? 0)
        if (m !== 0) c.HostConfig.Memory = m
        if (s !== 0) c.HostConfig.MemorySwap = s
        return [200, { Warnings: [] }]
      }
    }
    if (parts[0] === 'volumes') {
      if (method === 'GET' && parts.length === 1) {
        const filters = JSON.parse(url.searchParams.get('filters') ?? '{}') as { label?: string[] }
        const [k, v] = (filters.label?.[0] ?? '').split(/=(.*)/s)
        const found = [...this.volumes].filter(([, l]) => l[k] === v).map(([Name, Labels]) => ({ Name, Labels, Driver: 'local' }))
        return [200, { Volumes: found, Warnings: null }]
      }
      if (method === 'POST' && parts[1] === 'create') {
        const name = String(body.Name)
        if (!this.volumes.has(name)) this.volumes.set(name, (body.Labels ?? {}) as Record<string, string>)
        return [201, { Name: name, Labels: this.volumes.get(name), Driver: 'local' }]
      }
      const name = parts[1] ?? ''
      if (!this.volumes.has(name)) return [404, { message: `get ${name}: no such volume` }]
      if (method === 'GET') return [200, { Name: name, Labels: this.volumes.get(name), Driver: 'local', Mountpoint: `/var/lib/docker/volumes/${name}/_data` }]
      if (method === 'DELETE') {
        this.volumes.delete(name)
        return [204, null]
      }
    }
    return [404, { message: `page not found: ${method} ${url.pathname}` }]
  }
}

function send(res: ServerResponse, status: number, answer: unknown): void {
  const text = answer === null ? '' : JSON.stringify(answer)
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
  res.end(text)
}

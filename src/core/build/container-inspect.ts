/** `docker inspect --format '{{json .}}' <container>` of a builder's BuildKit container. Pure. */

export interface BuilderContainer {
  id: string
  oomKilled: boolean
  running: boolean
  /** HostConfig.Memory: the limit the container really has; null when unlimited. */
  memoryBytes: number | null
}

export function parseContainerInspect(json: string): BuilderContainer {
  let raw: { Id?: string; State?: { OOMKilled?: boolean; Running?: boolean }; HostConfig?: { Memory?: number } }
  try {
    raw = JSON.parse(json) as typeof raw
  } catch {
    throw new Error('docker inspect did not print JSON')
  }
  if (typeof raw?.Id !== 'string') throw new Error('docker inspect printed no container Id')
  return {
    id: raw.Id,
    oomKilled: raw.State?.OOMKilled === true,
    running: raw.State?.Running === true,
    memoryBytes: raw.HostConfig?.Memory ? raw.HostConfig.Memory : null
  }
}

/** Colima: `memory:` in the profile's colima.yaml, applied by `colima stop` then `colima start` with the new size. */
import { COMMANDS, colimaAlreadyRunning, colimaStart, colimaStop } from '../../core/resize/backend.js'
import { parseColimaConfig, setColimaMemory } from '../../core/resize/colima-config.js'
import { GiB } from '../../core/units.js'
import { describeFailure, runCommand } from '../commands.js'
import { engineMemory, MAX_STOP_MS, ResizeError, type Driver, type ResizeRun } from '../run.js'

export function colimaDriver(run: ResizeRun): Driver {
  const o = run.options
  const path = o.paths.colimaConfig
  const profile = o.paths.colimaProfile
  const gib = Math.ceil(o.targetBytes / GiB)
  const startArgv = (text: string | null): string[] => {
    const c = parseColimaConfig(text ?? '', path)
    return colimaStart(profile, c.memoryGiB, c.cpu, c.diskGiB)
  }
  return {
    name: `Colima (profile ${profile})`,
    settingsPath: path,
    edit: (text) => {
      if (text === null) throw new ResizeError(`${path} does not exist: is the Colima profile "${profile}" right? (set COLIMA_PROFILE)`)
      return setColimaMemory(text, gib, path)
    },
    current: (text) => `has memory: ${parseColimaConfig(text ?? '', path).memoryGiB} GiB`,
    stop: async () => {
      const argv = colimaStop(profile)
      const r = await runCommand(argv, Math.min(o.timeoutMs, MAX_STOP_MS))
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r))
      if ((await engineMemory()) !== null) throw new ResizeError(`${argv.join(' ')} returned but Docker still answers, so the VM did not stop`)
    },
    start: async (text) => {
      const argv = startArgv(text)
      const r = await runCommand(argv, o.timeoutMs)
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r))
      // Exit 0 without a restart: the VM never stopped, so the new size was not applied.
      if (colimaAlreadyRunning(r.stdout + r.stderr))
        throw new ResizeError(`${argv.join(' ')} said the VM was already running, so the new memory was not applied`)
    },
    startHint: colimaStart(profile, 0, null, null)
      .slice(0, profile === 'default' ? 2 : 4)
      .join(' '),
    commands: [
      colimaStop(profile).join(' '),
      `${colimaStart(profile, gib, null, null).join(' ')} (keeping cpu and disk from ${path})`,
      `${COMMANDS.dockerInfo.join(' ')} until it answers`
    ]
  }
}

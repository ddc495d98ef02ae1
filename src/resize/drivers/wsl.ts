/** Docker Desktop on WSL 2: the memory is `[wsl2] memory` in .wslconfig, read when WSL starts, so WSL shuts down between. */
import { COMMANDS } from '../../core/resize/backend.js'
import { parseWslMemory, setWslMemory } from '../../core/resize/wslconfig.js'
import { formatSize as fmt } from '../../core/units.js'
import { describeFailure, runCommand } from '../commands.js'
import { ResizeError, type Driver, type ResizeRun } from '../run.js'
import { desktopControl } from './desktop.js'

export function wslDriver(run: ResizeRun): Driver {
  const o = run.options
  const desktop = desktopControl(run)
  const path = o.paths.wslconfig
  return {
    name: 'Docker Desktop (WSL 2)',
    settingsPath: path,
    edit: (text) => {
      if (text !== null) parseWslMemory(text, path)
      return setWslMemory(text ?? '', o.targetBytes, path)
    },
    current: (text) => {
      const bytes = text === null ? null : parseWslMemory(text, path)
      return bytes === null ? 'sets no [wsl2] memory (WSL gives half of the RAM)' : `has [wsl2] memory=${fmt(bytes)}`
    },
    stop: async () => {
      await desktop.stop()
      const r = await runCommand(COMMANDS.wslShutdown, 120000)
      if (r.code !== 0) throw new ResizeError(`${describeFailure(COMMANDS.wslShutdown, r)}; WSL must shut down to read .wslconfig again`)
    },
    start: () => desktop.start(null),
    startHint: desktop.startHint,
    commands: [...desktop.commands.slice(0, 1), COMMANDS.wslShutdown.join(' '), ...desktop.commands.slice(1)]
  }
}

/**
 * The undo list of a build: each step that changes something outside this process (a cgroup
 * limit, a builder, a secret on disk) pushes what puts it back, and `run` undoes all of it,
 * newest first, on every way out: success, error, cancellation. What can be undone without
 * waiting (the secrets) is also undone when the process exits without reaching `run`.
 */
export class UndoList {
  private readonly steps: { what: string; step: () => unknown }[] = []
  private readonly onExit: (() => void)[] = []

  push(what: string, step: () => unknown): void {
    this.steps.push({ what, step })
  }

  /** A synchronous undo that must happen even if the process dies first. */
  pushSync(what: string, step: () => void): void {
    let done = false
    const once = (): void => {
      if (done) return
      done = true
      step()
    }
    process.once('exit', once)
    this.onExit.push(() => process.off('exit', once))
    this.push(what, once)
  }

  /** Each undo on its own: one that fails must not keep the others from running. */
  async run(warn: (message: string) => void): Promise<void> {
    for (let s = this.steps.pop(); s !== undefined; s = this.steps.pop()) {
      try {
        await s.step()
      } catch (error) {
        warn(`could not ${s.what}: ${(error as Error).message}`)
      }
    }
    for (const off of this.onExit.splice(0)) off()
  }
}

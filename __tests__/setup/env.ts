/**
 * Sets (or, for undefined, removes) environment variables and returns what undoes it. Keys are
 * changed one by one: replacing process.env with a new object would cut it off from the real
 * environment, which os.homedir() and child processes read.
 */
export function setEnv(values: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]))
  apply(values)
  return () => apply(before)
}

function apply(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
}

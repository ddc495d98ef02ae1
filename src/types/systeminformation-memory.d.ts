// systeminformation's memory module on its own: importing the package index loads every
// probe (~25 ms); the memory module alone is a fraction of that.
declare module 'systeminformation/lib/memory.js' {
  import type { Systeminformation } from 'systeminformation'
  const memory: { mem(): Promise<Systeminformation.MemData> }
  export default memory
}

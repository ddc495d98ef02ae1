import { runExplain } from '../action/explain.js'

await runExplain()

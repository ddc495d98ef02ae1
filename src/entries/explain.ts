import { runExplain } from '../action/explain.js'

void runExplain()

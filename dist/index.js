import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planSummary
} from "./chunks/chunk-FUDQ7UNM.js";
import {
  detectMachine
} from "./chunks/chunk-POOCJQPX.js";
import {
  planText
} from "./chunks/chunk-QLIFN2YR.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-G6HNBUQM.js";
import {
  parsePlanRequest
} from "./chunks/chunk-CZ24SHIP.js";
import {
  formatEnvFile,
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-VVPA6T2T.js";
import {
  buildLimitBytes,
  defaultReserve,
  plan
} from "./chunks/chunk-74YQRMWD.js";
import {
  fileHistoryStore,
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-LGWAW3FI.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-FBHOVWAC.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-WZD7CHN6.js";
import "./chunks/chunk-G46ACA3G.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-Z6TKMF2N.js";
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize,
  toDockerSize
} from "./chunks/chunk-DKWBHJTO.js";
import "./chunks/chunk-6DG7BXTN.js";
export {
  GITHUB_RUNNERS,
  GiB,
  InputError,
  MiB,
  PROFILES,
  PROFILE_TABLE,
  actionsCacheHistoryStore,
  buildKey,
  buildLimitBytes,
  defaultReserve,
  detectMachine,
  fileHistoryStore,
  formatEnvFile,
  formatSize,
  headroomFor,
  knownPeak,
  loadKnownPeak,
  neededBuildBytes,
  parsePlanRequest,
  parseSize,
  plan,
  planEnv,
  planJson,
  planOutputs,
  planSummary,
  planText,
  profileMemory,
  recordPeak,
  smallestRunnerFor,
  toDockerSize
};

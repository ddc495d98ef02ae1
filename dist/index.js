import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-COI3Y2N6.js";
import {
  planSummary
} from "./chunks/chunk-GLXEGWOO.js";
import {
  detectMachine
} from "./chunks/chunk-Z3IJVJU6.js";
import {
  planText
} from "./chunks/chunk-2SW5EMYZ.js";
import {
  fileHistoryStore,
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-SSITSGBQ.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-JUTRTPZM.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-CPAOBMU4.js";
import "./chunks/chunk-UD67SEHH.js";
import {
  parsePlanRequest
} from "./chunks/chunk-ERNSZIYP.js";
import {
  formatEnvFile,
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-4ZWLNNTZ.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  buildLimitBytes,
  defaultReserve,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  plan,
  smallestRunnerFor
} from "./chunks/chunk-4JHAEORE.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-ILETIPPI.js";
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

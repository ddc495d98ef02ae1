import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-7LFKORTH.js";
import {
  detectMachine
} from "./chunks/chunk-B7EAZJDD.js";
import {
  fileHistoryStore
} from "./chunks/chunk-EL2L2QXD.js";
import {
  planSummary
} from "./chunks/chunk-KD5Z3JBS.js";
import {
  planText
} from "./chunks/chunk-XKUXDYLO.js";
import "./chunks/chunk-FQWTZ246.js";
import {
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-SP3VZGJC.js";
import "./chunks/chunk-RSJGSQYI.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-UD67SEHH.js";
import {
  parsePlanRequest
} from "./chunks/chunk-SWSXXWDO.js";
import {
  formatEnvFile,
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-GUCHM4MG.js";
import {
  buildLimitBytes,
  defaultReserve,
  plan
} from "./chunks/chunk-SWSMRKJQ.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-FNQ34GPI.js";
import "./chunks/chunk-JUE2CILG.js";
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

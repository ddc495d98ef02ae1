import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunks/chunk-ZG6HJLGQ.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-FODZXU3H.js";
import {
  fileHistoryStore
} from "./chunks/chunk-O6FAO2X7.js";
import "./chunks/chunk-7HNKVT3Y.js";
import {
  planSummary
} from "./chunks/chunk-GJZITDJE.js";
import {
  planText
} from "./chunks/chunk-5R2VM45D.js";
import {
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-76NO4RVL.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-X3QMCHHF.js";
import {
  parsePlanRequest
} from "./chunks/chunk-K5RE5TFB.js";
import {
  formatEnvFile,
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-TIYD2SRG.js";
import {
  buildLimitBytes,
  defaultReserve,
  plan
} from "./chunks/chunk-J3Y7N3ZZ.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-SRSUN243.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-FWRNM3YZ.js";
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize,
  toDockerSize
} from "./chunks/chunk-J3GXGRKE.js";
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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-RTZD24FV.js";
import {
  PROFILES,
  PROFILE_TABLE,
  defaultReserve,
  detectMachine,
  fileHistoryStore,
  loadKnownPeak,
  parsePlanRequest,
  plan,
  profileMemory,
  recordPeak
} from "./chunks/chunk-JRIPQCEG.js";
import {
  planSummary
} from "./chunks/chunk-55EW43FE.js";
import {
  GITHUB_RUNNERS,
  GiB,
  InputError,
  MiB,
  buildKey,
  formatSize,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  parseSize,
  planEnv,
  planJson,
  planOutputs,
  planText,
  smallestRunnerFor,
  toDockerSize
} from "./chunks/chunk-F3Q3NBRS.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  GITHUB_RUNNERS,
  GiB,
  InputError,
  MiB,
  PROFILES,
  PROFILE_TABLE,
  actionsCacheHistoryStore,
  buildKey,
  defaultReserve,
  detectMachine,
  fileHistoryStore,
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

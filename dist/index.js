import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planSummary
} from "./chunks/chunk-HQQPEYZU.js";
import {
  detectMachine
} from "./chunks/chunk-ZU3LXC4Z.js";
import {
  planText
} from "./chunks/chunk-OSQETUME.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-KYX5AYJT.js";
import {
  parsePlanRequest
} from "./chunks/chunk-UYF65J45.js";
import {
  defaultReserve,
  plan
} from "./chunks/chunk-K3I6FKN7.js";
import {
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-UERQUYBW.js";
import "./chunks/chunk-FQWTZ246.js";
import {
  fileHistoryStore,
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-IBLGCQKF.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-XH6RSTZL.js";
import "./chunks/chunk-SVGQNIW7.js";
import "./chunks/chunk-4ADG4MZF.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-TA7IWXW6.js";
import {
  GiB,
  MiB,
  formatSize,
  parseSize,
  toDockerSize
} from "./chunks/chunk-CQZTYOTY.js";
import {
  InputError
} from "./chunks/chunk-HZVVQHPO.js";
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

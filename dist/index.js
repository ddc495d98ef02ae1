import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-IXD3CF52.js";
import {
  detectMachine
} from "./chunks/chunk-IZYTV3ZK.js";
import {
  fileHistoryStore
} from "./chunks/chunk-DBAFH4NH.js";
import {
  planSummary
} from "./chunks/chunk-EFLXPI42.js";
import {
  planText
} from "./chunks/chunk-WJF5LX4Z.js";
import "./chunks/chunk-FQWTZ246.js";
import {
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-DQS5TQAN.js";
import "./chunks/chunk-SBRVTZDA.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-YZ5ZNBAJ.js";
import {
  parsePlanRequest
} from "./chunks/chunk-BBK5DGQI.js";
import {
  formatEnvFile,
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-GTS2FVTB.js";
import {
  buildLimitBytes,
  defaultReserve,
  plan
} from "./chunks/chunk-KD2RUOUU.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-3NKCQ3B5.js";
import "./chunks/chunk-RIM6E7OU.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-PTSD4TEZ.js";
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize,
  toDockerSize
} from "./chunks/chunk-W5HBJGWY.js";
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

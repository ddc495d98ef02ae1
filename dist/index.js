import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunks/chunk-5MMQX4DL.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-FODZXU3H.js";
import {
  fileHistoryStore
} from "./chunks/chunk-O6FAO2X7.js";
import "./chunks/chunk-UMUM4W6W.js";
import {
  planSummary
} from "./chunks/chunk-RM5SYIUO.js";
import {
  planText
} from "./chunks/chunk-L3W5QJCP.js";
import {
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-76NO4RVL.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-X3QMCHHF.js";
import {
  parsePlanRequest
} from "./chunks/chunk-HDIEPWZZ.js";
import {
  formatEnvFile,
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-JD46TH3O.js";
import {
  buildLimitBytes,
  defaultReserve,
  plan
} from "./chunks/chunk-LVN7YB3A.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-FWRNM3YZ.js";
import "./chunks/chunk-VH53GUT5.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-SRSUN243.js";
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

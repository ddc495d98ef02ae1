import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunks/chunk-IGPBYK6G.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-VTRQEPW3.js";
import {
  fileHistoryStore
} from "./chunks/chunk-UTOGAKKI.js";
import "./chunks/chunk-R64RCU3W.js";
import {
  planSummary
} from "./chunks/chunk-MAVNGWGM.js";
import {
  planText
} from "./chunks/chunk-346QALMU.js";
import {
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-JAXLUREA.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-DFVHCUKD.js";
import {
  parsePlanRequest
} from "./chunks/chunk-SVKCMDEF.js";
import {
  formatEnvFile,
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-DUVUTQT3.js";
import {
  buildLimitBytes,
  defaultReserve,
  plan
} from "./chunks/chunk-RXYM5UYZ.js";
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
} from "./chunks/chunk-K4656TKS.js";
import "./chunks/chunk-YH6U5J26.js";
import "./chunks/chunk-6RR46GWK.js";
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

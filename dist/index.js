import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunks/chunk-ITCILA5Z.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-W2OJ56PM.js";
import {
  defaultReserve,
  parsePlanRequest,
  plan
} from "./chunks/chunk-NY7PILTA.js";
import "./chunks/chunk-J2V7HDKJ.js";
import {
  fileHistoryStore,
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-CWYG7LYI.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-YQEQRE5V.js";
import {
  planSummary
} from "./chunks/chunk-YC2HH5IN.js";
import {
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-WND4YQVL.js";
import {
  planText
} from "./chunks/chunk-PUGFUTRA.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-J5YFGBQQ.js";
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize,
  toDockerSize
} from "./chunks/chunk-ZIOJHWFQ.js";
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

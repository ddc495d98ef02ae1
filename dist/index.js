import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planSummary
} from "./chunks/chunk-QMYHYDDN.js";
import {
  detectMachine
} from "./chunks/chunk-6VHA33XN.js";
import {
  planText
} from "./chunks/chunk-FFHMUG4J.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-FDODVBKC.js";
import {
  parsePlanRequest
} from "./chunks/chunk-H7D7MOT6.js";
import {
  defaultReserve,
  plan
} from "./chunks/chunk-VHST5P5A.js";
import {
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-KOVLO3YM.js";
import "./chunks/chunk-FQWTZ246.js";
import {
  fileHistoryStore,
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-TPQTNYCD.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-I7IUG24D.js";
import "./chunks/chunk-AIC6CPM3.js";
import "./chunks/chunk-TF6WTFRA.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-325ZBQZZ.js";
import {
  GiB,
  MiB,
  formatSize,
  parseSize,
  toDockerSize
} from "./chunks/chunk-MVXOFTDU.js";
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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planSummary
} from "./chunks/chunk-GFTYZAU7.js";
import {
  detectMachine
} from "./chunks/chunk-ODKIBODI.js";
import {
  planText
} from "./chunks/chunk-YQL4VVBU.js";
import {
  actionsCacheHistoryStore
} from "./chunks/chunk-XCIWYK3M.js";
import {
  parsePlanRequest
} from "./chunks/chunk-6VM4SKHS.js";
import {
  planEnv,
  planJson,
  planOutputs
} from "./chunks/chunk-5LJLVHW2.js";
import {
  defaultReserve,
  plan
} from "./chunks/chunk-AGAH3B4S.js";
import {
  fileHistoryStore,
  loadKnownPeak,
  recordPeak
} from "./chunks/chunk-Q3VIFYQ3.js";
import {
  GITHUB_RUNNERS,
  buildKey,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor
} from "./chunks/chunk-TE6UVEAX.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-WZD7CHN6.js";
import "./chunks/chunk-G46ACA3G.js";
import {
  PROFILES,
  PROFILE_TABLE,
  profileMemory
} from "./chunks/chunk-WVUDI324.js";
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

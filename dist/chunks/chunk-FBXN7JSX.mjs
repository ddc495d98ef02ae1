import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Command,
  Option
} from "./chunk-55UESA72.mjs";
import {
  fileHistoryStore
} from "./chunk-RVFRI636.mjs";
import {
  recordPeak,
  resolveBuildHistory
} from "./chunk-V3IPYUMB.mjs";
import {
  knownPeak,
  neededBuildBytes,
  parseHistoryKey,
  parsePeak
} from "./chunk-FHDS2SIN.mjs";
import {
  statSync
} from "./chunk-SOOFRGCY.mjs";
import {
  InputError,
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/cli/commands/history.ts
import { dirname, resolve } from "node:path";
function historyCommand() {
  const history = new Command("history").description("the peaks earlier builds reached, which plan and build learn from");
  history.command("record").description("record the memory peak of a build run by another tool").requiredOption("--key <key>", "the build's name in the history").requiredOption("--peak <size>", "the peak it reached (3g, 2500m)").requiredOption("--history-file <file>", "the history file (created when missing; its folder must exist)").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (opts) => {
    const key = parseHistoryKey(opts.key, "--key");
    const peakBytes = parsePeak(opts.peak, "--peak");
    requireFolder(opts.historyFile);
    const { history: history2, notices } = await recordPeak(key, peakBytes, fileHistoryStore(opts.historyFile));
    for (const n of notices) notice(n);
    const peak = knownPeak(history2, key);
    if (opts.format === "json") {
      process.stdout.write(JSON.stringify({ ...peak, recordedBytes: peakBytes, neededBuildBytes: neededBuildBytes(peak.bytes) }, null, 2) + "\n");
    } else {
      process.stdout.write(
        `Recorded ${formatSize(peakBytes)} for ${key} in ${opts.historyFile}; highest of ${peak.runs} run${peak.runs === 1 ? "" : "s"}: ${formatSize(peak.bytes)}, so the next plan gives the build at least ${formatSize(neededBuildBytes(peak.bytes))}.
`
      );
    }
  });
  history.command("show").description("the peaks a history file holds, and what the next plan makes of them").requiredOption("--history-file <file>", "the history file").option("--key <key>", "only this build").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (opts) => {
    const key = opts.key === void 0 ? null : parseHistoryKey(opts.key, "--key");
    requireFolder(opts.historyFile);
    const loaded = await fileHistoryStore(opts.historyFile).load();
    if (loaded.notice !== null) notice(loaded.notice);
    const builds = historyRows(loaded.history, key);
    if (key !== null && builds.length === 0) throw new InputError(`no build ${key} in ${opts.historyFile}`);
    if (opts.format === "json") {
      process.stdout.write(JSON.stringify({ file: opts.historyFile, builds }, null, 2) + "\n");
      return;
    }
    if (builds.length === 0) {
      process.stdout.write(`${opts.historyFile} holds no builds yet.
`);
      return;
    }
    const lines = builds.map(
      (b) => `${b.key}: highest ${formatSize(b.highestBytes)} of ${b.peaks.length} run${b.peaks.length === 1 ? "" : "s"} (last ${formatSize(b.peaks[b.peaks.length - 1].bytes)} at ${b.peaks[b.peaks.length - 1].at}); the next plan gives it at least ${formatSize(b.neededBuildBytes)}`
    );
    process.stdout.write(`${opts.historyFile}:
${lines.map((l) => `  ${l}`).join("\n")}
`);
  });
  return history;
}
function historyRows(history, only) {
  return Object.keys(history.builds).filter((key) => only === null || key === only).sort().map((key) => {
    const peak = knownPeak(history, key);
    return { key, highestBytes: peak.bytes, neededBuildBytes: neededBuildBytes(peak.bytes), peaks: history.builds[key].peaks };
  });
}
function requireFolder(file) {
  const folder = dirname(resolve(file));
  let isFolder;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new InputError(`--history-file ${file}: the folder ${folder} does not exist; create it (mkdir -p ${folder}) or check the path`);
  }
  if (!isFolder) throw new InputError(`--history-file ${file}: ${folder} is not a folder`);
}
async function historyFromFlags(opts, build) {
  if (opts.historyFile === void 0) {
    if (opts.key === void 0) return null;
    throw new InputError("--key needs --history-file FILE, the history to look the build up in");
  }
  if (build === null && opts.key === void 0) throw new InputError("--history-file needs --key KEY, the name the build was recorded under");
  const file = opts.historyFile;
  requireFolder(file);
  return resolveBuildHistory({ givenKey: opts.key ?? "", keyName: "--key", build, store: () => fileHistoryStore(file), notice });
}
function notice(message) {
  process.stderr.write(`docker-memory: notice: ${message}
`);
}

export {
  historyCommand,
  historyFromFlags
};

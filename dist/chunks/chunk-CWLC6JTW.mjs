import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fileHistoryStore
} from "./chunk-7CCF4P5E.mjs";
import {
  recordPeak,
  resolveBuildHistory
} from "./chunk-XV5SNR5L.mjs";
import {
  knownPeak,
  neededBuildBytes,
  parseHistoryKey,
  parsePeak
} from "./chunk-DMOAFOPE.mjs";
import {
  InputError,
  formatSize
} from "./chunk-NXJA7V62.mjs";
import {
  Command,
  Option
} from "./chunk-55UESA72.mjs";

// src/cli/commands/history.ts
function historyCommand() {
  const history = new Command("history").description("the peaks earlier builds reached, which plan and build learn from");
  history.command("record").description("record the memory peak of a build run by another tool").requiredOption("--key <key>", "the build's name in the history").requiredOption("--peak <size>", "the peak it reached (3g, 2500m)").requiredOption("--history-file <file>", "the history file (created when missing)").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (opts) => {
    const key = parseHistoryKey(opts.key, "--key");
    const peakBytes = parsePeak(opts.peak, "--peak");
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
  return history;
}
async function historyFromFlags(opts, build) {
  if (opts.historyFile === void 0) {
    if (opts.key === void 0) return null;
    throw new InputError("--key needs --history-file FILE, the history to look the build up in");
  }
  if (build === null && opts.key === void 0) throw new InputError("--history-file needs --key KEY, the name the build was recorded under");
  const file = opts.historyFile;
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

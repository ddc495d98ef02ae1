import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  withFileLock
} from "./chunk-D772QEDI.mjs";
import {
  memoryLock,
  parseDesktopSettings,
  readSettings,
  restoreSettings,
  setDesktopMemory,
  settingsExist,
  textOf,
  writeSettings
} from "./chunk-UN5CIZXC.mjs";
import {
  COMMANDS,
  alreadyLargeEnough,
  colimaAlreadyRunning,
  colimaStart,
  colimaStop,
  memoryMatches,
  parseAppPid
} from "./chunk-XFAZ4MJW.mjs";
import "./chunk-CY67VTD3.mjs";
import {
  checkWritable,
  writeBackup
} from "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import {
  capture,
  launchDetached
} from "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize,
  probeDocker
} from "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/core/resize/colima-config.ts
var TOP_KEY = /^([A-Za-z][\w-]*):(.*)$/;
var NUMBER_VALUE = /^(\s*)(\d+(?:\.\d+)?)(\s*(?:#.*)?)$/;
function topLevel(text, what) {
  const keys = /* @__PURE__ */ new Map();
  text.split("\n").forEach((raw, line) => {
    const l = raw.replace(/\r$/, "");
    if (l.trim() === "" || /^\s*#/.test(l) || /^[\s-]/.test(l) || l === "---") return;
    const m = TOP_KEY.exec(l);
    if (!m) throw new InputError(`${what} line ${line + 1} is not YAML Colima writes ("${l.slice(0, 40)}"); it was left untouched`);
    keys.set(m[1], [...keys.get(m[1]) ?? [], { line, rest: m[2] }]);
  });
  return keys;
}
function numberOf(keys, key, what) {
  const entries = keys.get(key);
  if (!entries) return null;
  if (entries.length > 1) throw new InputError(`${what} sets ${key}: twice; it was left untouched`);
  const m = NUMBER_VALUE.exec(entries[0].rest.replace(/\r$/, ""));
  if (!m) throw new InputError(`${what}: ${key}:${entries[0].rest} is not a number; it was left untouched`);
  return Number(m[2]);
}
function parseColimaConfig(text, what) {
  const keys = topLevel(text, what);
  const memoryGiB = numberOf(keys, "memory", what);
  if (memoryGiB === null) throw new InputError(`${what} has no memory: line; it was left untouched (start Colima once so it writes its config)`);
  return { memoryGiB, cpu: numberOf(keys, "cpu", what), diskGiB: numberOf(keys, "disk", what) };
}
function setColimaMemory(text, gib, what) {
  parseColimaConfig(text, what);
  const line = topLevel(text, what).get("memory")[0].line;
  const lines = text.split("\n");
  lines[line] = lines[line].replace(/^(memory:\s*)\d+(?:\.\d+)?/, `$1${gib}`);
  return lines.join("\n");
}

// src/resize/commands.ts
function runCommand(argv, timeoutMs) {
  return capture(argv[0], argv.slice(1), { timeoutMs });
}
function describeFailure(argv, r) {
  if (r.missing) return `${argv[0]} is not installed`;
  if (r.timedOut) return `${argv.join(" ")} did not finish in time`;
  const lines = (r.stderr + "\n" + r.stdout).split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const said = lines.find((l) => /error|fatal|fail|denied|not /i.test(l)) ?? lines[0];
  return `${argv.join(" ")} exited ${r.code}${said ? `: ${said}` : ""}`;
}

// src/resize/run.ts
var ResizeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ResizeError";
  }
};
async function withSignalsNoted(options, fn) {
  const run = { options, interrupted: null, recovering: false };
  const onSignal = (signal) => {
    if (run.interrupted === null) options.log(`Got ${signal}: stopping the resize and putting Docker back\u2026`);
    else options.log(`Got ${signal} again: still putting Docker back, it will not be left stopped.`);
    run.interrupted ??= signal;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await fn(run);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
var FIRST_POLL_MS = 100;
var MAX_POLL_MS = 1e3;
function pollDelay(attempt) {
  return Math.min(MAX_POLL_MS, FIRST_POLL_MS * 2 ** attempt);
}
var MAX_STOP_MS = 12e4;
function checkInterrupted(run, during) {
  if (run.interrupted !== null) throw new ResizeError(`interrupted by ${run.interrupted} while ${during}`);
}
async function engineMemory() {
  const probe = await probeDocker(15e3);
  return probe.docker?.memTotalBytes ?? null;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function cutShort(run) {
  return run.interrupted !== null && !run.recovering;
}
async function waitForEngine(run, name) {
  const o = run.options;
  const started = Date.now();
  let lastLog = started;
  for (let attempt = 0; ; attempt++) {
    const mem = await engineMemory();
    if (mem !== null) return mem;
    const elapsed = Date.now() - started;
    if (elapsed >= o.timeoutMs || cutShort(run)) return null;
    if (Date.now() - lastLog >= Math.min(15e3, Math.max(1e3, o.timeoutMs / 4))) {
      o.log(`Waiting for ${name} to start Docker (${Math.round(elapsed / 1e3)} s of ${o.timeoutMs / 1e3} s)\u2026`);
      lastLog = Date.now();
    }
    await sleep(Math.min(pollDelay(attempt), Math.max(0, o.timeoutMs - elapsed)));
  }
}
async function waitUntil(run, stopped, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (await stopped()) return true;
    if (Date.now() >= end || cutShort(run)) return false;
    await sleep(pollDelay(attempt));
  }
}

// src/resize/drivers/colima.ts
function colimaDriver(run) {
  const o = run.options;
  const path = o.paths.colimaConfig;
  const profile = o.paths.colimaProfile;
  const gib = Math.ceil(o.targetBytes / GiB);
  const startArgv = (text) => {
    const c = parseColimaConfig(text ?? "", path);
    return colimaStart(profile, c.memoryGiB, c.cpu, c.diskGiB);
  };
  return {
    name: `Colima (profile ${profile})`,
    settingsPath: path,
    edit: (text) => {
      if (text === null) throw new ResizeError(`${path} does not exist: is the Colima profile "${profile}" right? (set COLIMA_PROFILE)`);
      return setColimaMemory(text, gib, path);
    },
    current: (text) => `has memory: ${parseColimaConfig(text ?? "", path).memoryGiB} GiB`,
    stop: async () => {
      const argv = colimaStop(profile);
      const r = await runCommand(argv, Math.min(o.timeoutMs, MAX_STOP_MS));
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r));
      if (await engineMemory() !== null) throw new ResizeError(`${argv.join(" ")} returned but Docker still answers, so the VM did not stop`);
    },
    start: async (text) => {
      const argv = startArgv(text);
      const r = await runCommand(argv, o.timeoutMs);
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r));
      if (colimaAlreadyRunning(r.stdout + r.stderr))
        throw new ResizeError(`${argv.join(" ")} said the VM was already running, so the new memory was not applied`);
    },
    startHint: colimaStart(profile, 0, null, null).slice(0, profile === "default" ? 2 : 4).join(" "),
    commands: [
      colimaStop(profile).join(" "),
      `${colimaStart(profile, gib, null, null).join(" ")} (keeping cpu and disk from ${path})`,
      `${COMMANDS.dockerInfo.join(" ")} until it answers`
    ]
  };
}

// src/resize/drivers/desktop.ts
function desktopDriver(run) {
  const o = run.options;
  const { path, format } = desktopFile(o.paths);
  return {
    name: "Docker Desktop",
    settingsPath: path,
    edit: (text) => {
      const admin = readSettings(o.paths.desktopAdmin);
      const lock = admin === null ? null : memoryLock(admin.text, o.paths.desktopAdmin);
      if (lock) {
        throw new ResizeError(
          `${o.paths.desktopAdmin} locks ${lock}: Docker Desktop's memory is managed by your organisation; ask its admin to raise it, nothing was changed`
        );
      }
      if (text === null) throw new ResizeError(`${path} does not exist: start Docker Desktop once so it writes its settings, then retry`);
      return setDesktopMemory(text, format, Math.ceil(o.targetBytes / MiB), path);
    },
    current: (text) => {
      const mib = text === null ? null : parseDesktopSettings(text, format, path).memoryMiB;
      return mib === null ? "has no memory setting (Docker Desktop default)" : `has ${formatSize(mib * MiB)}`;
    },
    ...desktopControl(run)
  };
}
function desktopFile(paths) {
  if (settingsExist(paths.desktopStore)) return { path: paths.desktopStore, format: "store" };
  if (settingsExist(paths.desktopLegacy)) return { path: paths.desktopLegacy, format: "legacy" };
  return { path: paths.desktopStore, format: "store" };
}
function desktopControl(run) {
  const o = run.options;
  const stopTimeout = Math.min(o.timeoutMs, MAX_STOP_MS);
  const mac = o.platform === "darwin";
  let cliWorks = false;
  const appPid = async () => mac ? parseAppPid((await runCommand(COMMANDS.appPid, 15e3)).stdout) : null;
  const stopped = async () => await engineMemory() === null && await appPid() === null;
  const tried = [];
  return {
    stop: async () => {
      const cli = await runCommand(COMMANDS.desktopStop, stopTimeout);
      if (cli.code === 0) {
        cliWorks = true;
        if (await waitUntil(run, stopped, stopTimeout)) return;
        tried.push(`${COMMANDS.desktopStop.join(" ")} returned but Docker Desktop still runs`);
      } else {
        tried.push(describeFailure(COMMANDS.desktopStop, cli));
      }
      if (mac) {
        o.log(`${tried[tried.length - 1]}; asking the app to quit\u2026`);
        const quit = await runCommand(COMMANDS.osascriptQuit, 6e4);
        if (quit.code === 0 && await waitUntil(run, stopped, stopTimeout)) return;
        tried.push(quit.code === 0 ? "osascript quit returned but the app still runs" : describeFailure(COMMANDS.osascriptQuit, quit));
        const pid = await appPid();
        if (pid !== null) {
          o.log(`${tried[tried.length - 1]}; sending SIGTERM to Docker Desktop's process ${pid}\u2026`);
          try {
            process.kill(pid, "SIGTERM");
          } catch (e) {
            tried.push(`kill ${pid}: ${e.message}`);
          }
          if (await waitUntil(run, stopped, stopTimeout)) return;
          tried.push(`process ${pid} ignored SIGTERM for ${stopTimeout / 1e3} s`);
        }
      }
      throw new ResizeError(`Docker Desktop did not quit (${tried.join("; ")}): quit it yourself, then retry`);
    },
    start: async () => {
      if (cliWorks) {
        const r = await runCommand(COMMANDS.desktopStart, o.timeoutMs);
        if (r.code === 0) return;
        o.log(`${describeFailure(COMMANDS.desktopStart, r)}; launching the app instead\u2026`);
      }
      if (mac) {
        const r = await runCommand(COMMANDS.openDocker, 6e4);
        if (r.code !== 0) throw new ResizeError(describeFailure(COMMANDS.openDocker, r));
        return;
      }
      const failed = await launchDetached(o.paths.desktopExe);
      if (failed) throw new ResizeError(failed);
    },
    startHint: mac ? COMMANDS.openDocker.join(" ") : `"${o.paths.desktopExe}"`,
    commands: [
      `${COMMANDS.desktopStop.join(" ")}${mac ? ` (else ${COMMANDS.osascriptQuit.join(" ")}, else SIGTERM to the app's pid)` : ""}`,
      `${COMMANDS.desktopStart.join(" ")} (else ${mac ? COMMANDS.openDocker.join(" ") : `"${o.paths.desktopExe}"`})`,
      `${COMMANDS.dockerInfo.join(" ")} until it answers (${o.timeoutMs / 1e3} s)`
    ]
  };
}

// src/core/resize/wslconfig.ts
var SECTION = /^\s*\[([^\]]+)\]\s*(?:[#;].*)?$/;
var KEY = /^(\s*)([A-Za-z][\w.]*)(\s*=\s*)(.*?)(\s*(?:[#;].*)?)$/;
function locate(text, what) {
  let current = null;
  const found = { section: null, memory: null, memoryBytes: null };
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "" || /^\s*[#;]/.test(line)) return;
    const s = SECTION.exec(line);
    if (s) {
      current = s[1].trim().toLowerCase();
      if (current === "wsl2") {
        if (found.section !== null) throw new InputError(`${what} has two [wsl2] sections; it was left untouched`);
        found.section = i;
      }
      return;
    }
    const k = KEY.exec(line);
    if (!k) throw new InputError(`${what} line ${i + 1} is neither a [section] nor key=value ("${line.slice(0, 40)}"); it was left untouched`);
    if (current === "wsl2" && k[2].toLowerCase() === "memory") {
      if (found.memory !== null) throw new InputError(`${what} sets memory twice in [wsl2]; it was left untouched`);
      found.memory = i;
      found.memoryBytes = parseSize(k[4], `${what} [wsl2] memory`);
    }
  });
  return found;
}
function parseWslMemory(text, what) {
  return locate(text, what).memoryBytes;
}
function wslSize(bytes) {
  return bytes % GiB === 0 ? `${bytes / GiB}GB` : `${Math.ceil(bytes / MiB)}MB`;
}
function setWslMemory(text, bytes, what) {
  const at = locate(text, what);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split("\n");
  if (at.memory !== null) {
    const cr = lines[at.memory].endsWith("\r") ? "\r" : "";
    const k = KEY.exec(lines[at.memory].replace(/\r$/, ""));
    lines[at.memory] = `${k[1]}${k[2]}${k[3]}${wslSize(bytes)}${k[5]}${cr}`;
    return lines.join("\n");
  }
  if (at.section !== null) {
    const cr = lines[at.section].endsWith("\r") ? "\r" : "";
    lines.splice(at.section + 1, 0, `memory=${wslSize(bytes)}${cr}`);
    return lines.join("\n");
  }
  const sep = text === "" || text.endsWith("\n") ? "" : eol;
  return `${text}${sep}[wsl2]${eol}memory=${wslSize(bytes)}${eol}`;
}

// src/resize/drivers/wsl.ts
function wslDriver(run) {
  const o = run.options;
  const desktop = desktopControl(run);
  const path = o.paths.wslconfig;
  return {
    name: "Docker Desktop (WSL 2)",
    settingsPath: path,
    edit: (text) => {
      if (text !== null) parseWslMemory(text, path);
      return setWslMemory(text ?? "", o.targetBytes, path);
    },
    current: (text) => {
      const bytes = text === null ? null : parseWslMemory(text, path);
      return bytes === null ? "sets no [wsl2] memory (WSL gives half of the RAM)" : `has [wsl2] memory=${formatSize(bytes)}`;
    },
    stop: async () => {
      await desktop.stop();
      const r = await runCommand(COMMANDS.wslShutdown, 12e4);
      if (r.code !== 0) throw new ResizeError(`${describeFailure(COMMANDS.wslShutdown, r)}; WSL must shut down to read .wslconfig again`);
    },
    start: () => desktop.start(null),
    startHint: desktop.startHint,
    commands: [...desktop.commands.slice(0, 1), COMMANDS.wslShutdown.join(" "), ...desktop.commands.slice(1)]
  };
}

// src/resize/rollback.ts
async function rollBack(run, driver, failure, stopped, backupPath) {
  run.recovering = true;
  run.options.log(`${failure}; rolling back\u2026`);
  try {
    restoreSettings(driver.settingsPath, stopped);
  } catch (restoreError) {
    const how = backupPath ? `copy ${backupPath} over ${driver.settingsPath}` : `delete ${driver.settingsPath}`;
    return new ResizeError(`${failure}. Rolling back failed too (${restoreError.message}): ${how}, then start ${driver.name} (${driver.startHint})`);
  }
  const restored = backupPath ? `${driver.settingsPath} was restored from ${backupPath}` : `${driver.settingsPath} was removed again`;
  try {
    await driver.stop();
  } catch {
  }
  return new ResizeError(`${failure}. Rolled back: ${restored}; ${await restartState(driver, stopped, run)}`);
}
async function restartState(driver, file, run) {
  run.recovering = true;
  const running = await engineMemory();
  if (running !== null) return `Docker is running with ${formatSize(running)}.`;
  try {
    await driver.start(textOf(file));
  } catch (e) {
    return `starting ${driver.name} again failed too (${e.message}): start it by hand (${driver.startHint}).`;
  }
  const back = await waitForEngine(run, driver.name);
  return back !== null ? `Docker is running again with ${formatSize(back)}.` : `Docker did not come back within ${run.options.timeoutMs / 1e3} s: start it by hand (${driver.startHint}) and check docker info.`;
}

// src/resize/resize.ts
var LOCK_WAIT_MS = 2e3;
var DRIVERS = { desktop: desktopDriver, wsl: wslDriver, colima: colimaDriver };
async function resizeDockerVm(options) {
  return withSignalsNoted(options, (run) => resize(run, DRIVERS[options.backend](run)));
}
async function resize(run, driver) {
  const o = run.options;
  const before = await probeDocker(15e3);
  const beforeBytes = before.docker && before.docker.inVm ? before.docker.memTotalBytes : null;
  if (before.docker && !before.docker.inVm)
    o.log(`The Docker engine answering now runs natively (${before.docker.operatingSystem}), not in ${driver.name}'s VM.`);
  if (beforeBytes !== null && alreadyLargeEnough(beforeBytes, o.targetBytes)) {
    o.log(`${driver.name} already gives Docker ${formatSize(beforeBytes)}, enough for ${formatSize(o.targetBytes)}: nothing to change.`);
    return { resized: false, beforeBytes, afterBytes: beforeBytes, backupPath: null };
  }
  const refuseEarly = () => {
    const original = textOf(readSettings(driver.settingsPath));
    driver.edit(original);
    o.log(`${driver.name}: ${driver.settingsPath} ${driver.current(original)} \u2192 ${formatSize(o.targetBytes)}.`);
  };
  if (o.dryRun) {
    refuseEarly();
    o.log(`Dry run: would back up ${driver.settingsPath}, stop ${driver.name}, change only the memory value, then run: ${driver.commands.join("; ")}.`);
    return { resized: false, beforeBytes, afterBytes: beforeBytes, backupPath: null };
  }
  return withFileLock(driver.settingsPath, { timeoutMs: LOCK_WAIT_MS, what: "another docker-memory resize" }, async () => {
    refuseEarly();
    try {
      checkWritable(driver.settingsPath);
    } catch (e) {
      throw new ResizeError(`cannot replace ${driver.settingsPath} keeping its owner and mode (${e.message}); nothing was changed`);
    }
    return restart(run, driver, beforeBytes);
  });
}
async function restart(run, driver, beforeBytes) {
  if (run.interrupted) throw new ResizeError(`interrupted by ${run.interrupted} before ${driver.name} was stopped: nothing was changed`);
  run.options.log(`Stopping ${driver.name}\u2026`);
  try {
    await driver.stop();
    checkInterrupted(run, `${driver.name} was stopping`);
  } catch (e) {
    const by = run.interrupted;
    const failure = by ? `interrupted by ${by} while ${driver.name} was stopping` : e.message;
    throw new ResizeError(
      `${failure}. Nothing was changed (${driver.settingsPath} is untouched); ${await restartState(driver, readSettings(driver.settingsPath), run)}`
    );
  }
  let stopped = null;
  let next;
  try {
    stopped = readSettings(driver.settingsPath);
    next = driver.edit(textOf(stopped));
  } catch (e) {
    throw new ResizeError(`${e.message}. ${await restartState(driver, stopped, run)}`);
  }
  let backupPath = null;
  try {
    if (stopped !== null) backupPath = writeBackup(driver.settingsPath, stopped.bytes, /* @__PURE__ */ new Date());
    writeSettings(driver.settingsPath, next, stopped?.encoding ?? "utf8");
  } catch (e) {
    throw new ResizeError(
      `could not write ${driver.settingsPath} (${e.message}); it was left as it was. ${await restartState(driver, stopped, run)}`
    );
  }
  run.options.log(`Wrote ${driver.settingsPath}${backupPath ? ` (backup: ${backupPath})` : ""}. Starting ${driver.name}\u2026`);
  try {
    return await startAndVerify(run, driver, next, beforeBytes, backupPath);
  } catch (e) {
    throw await rollBack(run, driver, e.message, stopped, backupPath);
  }
}
async function startAndVerify(run, driver, next, beforeBytes, backupPath) {
  const o = run.options;
  await driver.start(next);
  checkInterrupted(run, `${driver.name} was starting with the new size`);
  const afterBytes = await waitForEngine(run, driver.name);
  checkInterrupted(run, `Docker was coming back with the new size`);
  if (afterBytes === null) throw new ResizeError(`Docker did not answer within ${o.timeoutMs / 1e3} s after ${driver.name} was started`);
  if (!memoryMatches(afterBytes, o.targetBytes)) throw new ResizeError(`Docker came back with ${formatSize(afterBytes)}, not the ${formatSize(o.targetBytes)} that was set`);
  o.log(`Docker is back with ${formatSize(afterBytes)} (target ${formatSize(o.targetBytes)}).`);
  return { resized: true, beforeBytes, afterBytes, backupPath };
}
export {
  ResizeError,
  resizeDockerVm
};

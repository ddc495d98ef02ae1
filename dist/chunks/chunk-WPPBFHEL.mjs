import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/explain/log/normalize.ts
var ANSI = /(?:\x1b|\uFFFD|\u241B)\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\[[0-9;]{1,12}m/g;
var COLOUR = /\x1b|\uFFFD|\u241B|\[[0-9;]{1,12}m/;
var PREFIXES = [
  // `gh run view --log` and `--log-failed`: `<job>\t<step>\t` before each line of GitHub's raw
  // log (cli/cli pkg/cmd/run/view), a step file's first line with its BOM. Only that shape:
  // two columns, then the stamp (the next prefix), as a program's own tabs seldom are.
  /^[^\t]+\t[^\t]+\t\uFEFF?(?=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z(?:\s|$))/,
  // ISO 8601 stamps: GitHub's raw logs, Azure's, Docker's --timestamps; also in brackets.
  /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?\s*/,
  // `10:10:05  ` (Jenkins' timestamper), `[10:20] `, `18:00:59.123 `.
  /^\[?\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?\]?\s+/,
  // TeamCity's clock and build step: `[17:57:11][Step 3/4] Step 10/11 : COPY …` (its step, not Docker's).
  /^\[\d\d:\d\d:\d\d\][ :iWwE]*\[Step \d+\/\d+\] ?/,
  // Zeabur's clock glued to BuildKit's lines: `13:24:43#9 [builder 4/6] COPY ./VERSION .`.
  /^\d\d:\d\d:\d\d(?:[.,]\d+)?(?=#)/,
  // `2014/07/25 18:00:59 ` (Go's log package, old docker clients).
  /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)? /,
  // GitLab's collapsible sections.
  /^section_(?:start|end):\d+:[\w.-]+(?:\[[^\]]*\])?/,
  // GitHub's and Azure's workflow commands.
  /^##\[\w+\]/,
  // Cloud Build: `Step #3: `, `Step #3 - "build": `.
  /^Step #\d+(?: - "[^"]*")?: ?/,
  // A tool's tag: `[Build]   `, `[Pipeline] `, `[node1] `; not BuildKit's `[stage 2/4]`, `[+]`.
  /^\[[A-Za-z][\w .:-]{0,40}\]\s+/,
  // docker compose's service prefix: `web_1  | `, `web-1  | `.
  /^[A-Za-z][\w.-]*\s+\| /,
  // git's `remote: ` before what a push-to-deploy platform's builder printed (Heroku, Dokku, Deis).
  /^remote: /,
  // logrus's `INFO[0014] ` (docker 1.x clients).
  /^(?:INFO|WARN|ERRO|FATA|DEBU)\[\d+\] /
];
function quoted(line, index) {
  let before = 0;
  let all = 0;
  for (let at = line.indexOf("`"); at >= 0; at = line.indexOf("`", at + 1)) {
    all++;
    if (at < index) before++;
  }
  return all % 2 === 1 || before % 2 === 1;
}
function normalizeLine(raw) {
  let line = raw;
  if (COLOUR.test(line)) line = line.replace(ANSI, "");
  line = line.trim();
  if (builderHash(line)) return line;
  while (line.charCodeAt(0) === 62 && !/^> \[[^\]]*\d+\/\d+\] .*:$/.test(line) && !line.startsWith(">>>")) line = line.slice(1).trim();
  const repr = /^\[?'(\{".*\})(?:\\r)?(?:\\n)?',?\]?$/.exec(line);
  if (repr) line = repr[1].replace(/\\\\/g, "\\");
  if (builderHash(line) || line.charCodeAt(0) === 123) return line;
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const prefix of PREFIXES) {
      const m = prefix.exec(line);
      if (m && m[0].length > 0) {
        line = line.slice(m[0].length).trimStart();
        changed = true;
      }
    }
    if (!changed) break;
  }
  if (line.startsWith('":"') && line.endsWith('"}')) {
    try {
      return JSON.parse(line.slice(2, -1)).trim();
    } catch {
    }
  }
  return line.trimEnd();
}
function builderHash(line) {
  return line.charCodeAt(0) === 35 && line.charCodeAt(1) !== 35;
}

// src/core/explain/log/clip.ts
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// src/core/explain/log/grammars/tool-messages.ts
var RULES = [
  { test: /Memory cgroup out of memory|Out of memory: Kill(?:ed)? process|oom-kill:constraint|invoked oom-killer/, kind: "kernel-kill", source: "kernel" },
  { test: /\bOOMKilled\b["']?\s*(?::\s*true|$)|Reason:\s*OOMKilled|\bOOMKilled\)/, kind: "kernel-kill", source: "container state" },
  { test: /did not complete successfully: cannot allocate memory\s*$/, kind: "enomem", source: "BuildKit" },
  { test: /Killed signal terminated program \S+|internal compiler error: Killed \(program \S+\)/, kind: "tool-kill", source: "compiler driver" },
  { test: /signal: 9, SIGKILL/, kind: "tool-kill", source: "rustc" },
  { test: /\bsignal: killed\b/, kind: "tool-kill", source: "go" },
  { test: /failed with signal "?SIGKILL"?/, kind: "tool-kill", source: "yarn" },
  { test: /\bsignal:? ['"]?SIGKILL\b/, kind: "tool-kill", source: "node" },
  { test: /exited on killed|container killed by SIGKILL/, kind: "tool-kill", source: "container runtime" },
  { test: /ran out of memory or someone called `?kill -9/, kind: "tool-kill", source: "react-scripts" },
  { test: /external process killed a task/, kind: "tool-kill", source: "turbo" },
  // The shell's `Killed` ends the line; after a progress bar that printed no newline it is glued
  // to the bar's last word (webpack's ` 92% chunk asset optimization TerserPluginKilled`).
  { test: /(?:^|\s)\d+ Killed\s+\S|(?:\b|(?<=[a-z]))Killed\s*$/, kind: "tool-kill", source: "shell" },
  // V8 prints its last GCs and the JS stack before the FATAL ERROR line of a heap that ran out
  // (Node 10-12 print the stack first), so a paste or an error box cut before that line has them.
  {
    test: /JavaScript heap out of memory|Reached heap limit|Ineffective mark-compacts near heap limit|<--- (?:Last few GCs|JS stacktrace) --->/,
    kind: "memory",
    source: "node",
    memory: "node-heap"
  },
  // The JS stack V8 prints on a fatal error (Node 10-12 before the heap's FATAL ERROR line, which
  // an error box or a paste may cut off): nearly always a heap that ran out, but it does not say so.
  { test: /\bSecurity context: 0x[0-9a-f]+ <JSObject>|==== JS stack trace ====/, kind: "memory", source: "node", memory: "node-heap", inferred: true },
  // Thrown, not a JVM flag in the command that names it (`-XX:+ExitOnOutOfMemoryError`,
  // `-XX:+HeapDumpOnOutOfMemoryError`, `-XX:OnOutOfMemoryError="kill -9 %p"`): the command is
  // echoed in the step's header, its error and the Dockerfile excerpt of every build that runs it.
  { test: /(?<!-XX:[+-]?\w*)OutOfMemoryError|Java heap space|GC overhead limit exceeded/, kind: "memory", source: "java", memory: "java-heap" },
  // What the C++ runtime prints when the allocation failed, not source a compiler error quotes
  // (`throw std::bad_alloc();`, `catch (const std::bad_alloc& e) {`).
  {
    test: /instance of '?std::bad_alloc|what\(\):\s*std::bad_alloc|(?<!const\s*|catch\s*\(\s*)std::bad_alloc\b(?!\s*[(&*])/,
    kind: "memory",
    source: "c++",
    memory: "bad-alloc"
  },
  // Raised or printed, not source a traceback quotes (`except MemoryError:`, `import MemoryError`).
  { test: /(?<!\b(?:except|import)\s*\(?\s*)(?:^|[^\w.])MemoryError\b/, kind: "memory", source: "python", memory: "python" },
  {
    test: /runtime: out of memory|out of memory allocating \d+ bytes|virtual memory exhausted|[Cc]annot allocate memory|memory allocation of \d+ bytes failed|\b(?:spawn|fork|Error:) ENOMEM\b/,
    kind: "memory",
    source: "process",
    memory: "native"
  },
  // pip writes `No space left on device` ([Errno 28]), the kernel's strerror lower case.
  { test: /no space left on device/i, kind: "disk", source: "filesystem" },
  // compose's `app_1 exited with code 137` and a script's `Exited with code 137` too; Gradle's
  // `finished with non-zero exit value 137`, Unreal's AutomationTool `ExitCode=137`, Cloud
  // Build's `step exited with non-zero status: 137`, Azure's docker exec `exit code: \`137\``.
  {
    test: /\b(?:exit(?:ed with)? (?:code|status|value)|exit_?code|errno|non-zero (?:code|status)|Error)\b(?::? ?|=)`?137\b/i,
    kind: "exit-137",
    source: "exit status"
  }
];
var HINTS = /ill|emory|137|KILL|alloc|space left|OOM|heap|GC overhead|ENOMEM|<--- |JSObject|JS stack/;
var MAX_SIGNAL_TEXT = 300;
function readSignal(text) {
  if (!HINTS.test(text)) return null;
  for (const rule of RULES) {
    const m = rule.test.exec(text);
    if (!m || quoted(text, m.index)) continue;
    if (rule.kind === "tool-kill" && rule.source === "shell" && /\bkill\s+-(?:9|KILL|s\s*KILL)\b/.test(text)) return null;
    const signal = { kind: rule.kind, source: rule.source, text: clip(text, MAX_SIGNAL_TEXT) };
    if (rule.memory) signal.memory = rule.memory;
    if (rule.inferred) signal.inferred = true;
    return signal;
  }
  return null;
}
function exitsOnPurpose(command) {
  return /(?:^|[;&|(]\s*)(?:exit\s+137|kill\s+-(?:9|KILL|s\s*KILL)\b)/.test(command.trim().replace(/^RUN\s+/, ""));
}

// src/core/explain/log/state.ts
var MAX_STEPS = 2e4;
var KEEP_ALL = 1e3;
var RECENT_STEPS = 100;
var MAX_SIGNALS = 8;
var STEP_NAME = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/;
var DEFINITION = /^\[(?:(\S+) )?internal\] load build definition from (.+)$/;
var INTERNAL = /^\[(?:\S+ )?internal\]/;
var BuildState = class {
  steps = /* @__PURE__ */ new Map();
  /** rawjson vertexes seen started, and bake targets with their Dockerfile. */
  started = /* @__PURE__ */ new Set();
  targets = /* @__PURE__ */ new Map();
  /** The targets whose build definition was loaded ('' for a build that is not bake's). */
  definitions = /* @__PURE__ */ new Set();
  /** The legacy builder's step being run; the tty view's last step; the error box's step. */
  legacyCurrent = null;
  ttyCurrent = null;
  box = null;
  docker = false;
  failedStepId = null;
  /** The failed step's command from the final error (`RUN make`), when no step line said which failed. */
  failedCommand = null;
  finalError = null;
  exitCode = null;
  outOfMemoryError = false;
  diskFull = false;
  builderLostLine = null;
  excerptFile = null;
  excerpt = null;
  excerptInstruction = null;
  succeeded = false;
  dockerfileName = null;
  omittedSteps = 0;
  /** The line before this one (the excerpt's `Dockerfile:N` comes before its dashes). */
  lastLine = null;
  /** Steps by their name, whitespace squeezed: the tty view and the error box name steps so (made when first asked). */
  names = null;
  /** Signals outside any step. */
  signals = [];
  /** Lines read so far: the order plain and legacy steps' spans are given in. */
  seq = 0;
  /** Steps read so far, kept or not; the highest `#n` of them. */
  stepsSeen = 0;
  lastStepNumber = 0;
  /** Some steps were parsed after later lines (deferred-steps.ts): they are put back in order at the end. */
  // Stryker disable next-line BooleanLiteral: equivalent: sorting steps already in order changes nothing (build-log.ts)
  hasDeferred = false;
  /** The steps that finished with no trouble past KEEP_ALL: a ring, `recentCount` of them from `recentHead`. */
  // Stryker disable next-line ArrayDeclaration: equivalent: a slot is written before it is read, whatever the array's first length
  recent = new Array(RECENT_STEPS).fill(null);
  recentHead = 0;
  recentCount = 0;
  /** Of the recent ones, those read as bytes and not parsed yet. */
  heldSteps = 0;
  /**
   * The ids of plain steps (`#n`) parsed while running, some of which may have ended since: a
   * scan leaps over steps only when none is open (plain-scanner.ts). Pruned when asked, and when
   * it grows. Ids, not steps: a step dropped since is not kept alive until then.
   */
  // Stryker disable next-line ArrayDeclaration: equivalent: an id of no step is pruned by the first hasOpenSteps()
  open = [];
  openLimit = 1024;
  /** Whether a plain step (`#n`, not `#0`) was parsed and has not ended. */
  hasOpenSteps() {
    this.open = this.open.filter((id) => this.steps.get(id)?.result === "running");
    return this.open.length > 0;
  }
  keepsRecentOnly() {
    return this.stepsSeen > KEEP_ALL;
  }
  /** A step ended: `#7 DONE 1.2s`, `CACHED`, `CANCELED` (line `seq`). */
  endStep(step, result, durationMs, seq) {
    step.span.end = seq;
    step.result = result;
    if (result !== "done") return;
    step.durationMs = durationMs;
    if (/^(?:exporting to|importing to|pushing|exporting cache)/.test(step.instruction)) this.succeeded = true;
  }
  /**
   * A step that just finished with no trouble, past KEEP_ALL: one of the recent ones. Returns
   * the oldest of them when it is no longer recent (dropped unless something since named it).
   */
  finishedClean(step) {
    if (!this.keepsRecentOnly()) return null;
    if (!("id" in step)) this.heldSteps++;
    if (this.recentCount < RECENT_STEPS) {
      this.recent[(this.recentHead + this.recentCount++) % RECENT_STEPS] = step;
      return null;
    }
    const oldest = this.recent[this.recentHead];
    this.recent[this.recentHead] = step;
    if (++this.recentHead === RECENT_STEPS) this.recentHead = 0;
    const kept = "id" in oldest ? oldest : oldest.step;
    if (kept === null) {
      if (!("id" in oldest) && !oldest.dropped) {
        oldest.dropped = true;
        this.heldSteps--;
        this.omittedSteps++;
      }
      return oldest;
    }
    const trouble = kept.signals.length > 0 || kept.error !== null || kept.result === "error" || kept.result === "running";
    if (!trouble && kept.id !== this.failedStepId && kept !== this.box && this.steps.get(kept.id) === kept) this.drop(kept);
    return oldest;
  }
  /** Each recent step read as bytes and not parsed yet, oldest first. */
  forEachRecent(visit) {
    if (this.heldSteps === 0) return;
    for (let i = 0; i < this.recentCount; i++) {
      const step = this.recent[(this.recentHead + i) % RECENT_STEPS];
      if (!("id" in step) && !step.dropped && step.step === null) visit(step);
    }
  }
  /**
   * `from` was `into` all along (an error box whose title did not match its step's name): one
   * step, with both's lines. Called once the log is read (build-log.ts), when no line will look a
   * step up by its name or write to a box again.
   */
  absorb(into, from) {
    for (const signal of from.signals) this.signal(into, signal);
    this.steps.delete(from.id);
  }
  drop(step) {
    this.steps.delete(step.id);
    this.started.delete(step.id);
    this.names?.delete(squeeze(step.name));
    this.omittedSteps++;
  }
  add(step) {
    this.steps.set(step.id, step);
    if (this.steps.size > MAX_STEPS) this.evict();
  }
  addStep(id, name, start) {
    const definition = name.includes("internal] load build definition") ? DEFINITION.exec(name) : null;
    if (definition) {
      this.definitions.add(definition[1] ?? "");
      if (definition[1]) this.targets.set(definition[1], definition[2].trim());
      else this.dockerfileName = definition[2].trim();
    }
    const step = newStep(id, name, this.targets);
    step.span.start = start;
    this.docker = true;
    this.stepsSeen++;
    if (id.charCodeAt(0) === 35) {
      this.lastStepNumber = Math.max(this.lastStepNumber, Number(id.slice(1)) || 0);
    }
    this.add(step);
    if (id.charCodeAt(0) === 35 && id !== "#0") {
      this.open.push(id);
      if (this.open.length >= this.openLimit) this.openLimit = 2 * (this.hasOpenSteps() ? this.open.length : 0) + 1024;
    }
    this.names?.set(squeeze(name), step);
    return step;
  }
  byName(name) {
    if (this.names === null) {
      this.names = /* @__PURE__ */ new Map();
      for (const step of this.steps.values()) this.names.set(squeeze(step.name), step);
    }
    return this.names.get(squeeze(name));
  }
  /** A step's signal, or the build's when no step is known; each line once. */
  signal(step, signal) {
    if (step === null && this.succeeded) return;
    const list = step ? step.signals : this.signals;
    if (list.some((s) => s.text === signal.text)) return;
    if (step && (signal.kind === "tool-kill" || signal.kind === "kernel-kill")) step.killedLines++;
    if (list.length < MAX_SIGNALS) list.push(signal);
  }
  stepError(step, message) {
    step.result = "error";
    step.error = message.trim();
    const code = EXIT_CODE.exec(message);
    if (code) step.exitCode = Number(code[1]);
    if (message.includes("cannot allocate memory")) this.outOfMemoryError = true;
    const signal = readSignal(step.error);
    if (signal) this.signal(step, signal);
    if (this.failedStepId === null && !/context canceled|^canceled/.test(step.error)) this.failedStepId = step.id;
    if (code && this.exitCode === null) this.exitCode = step.exitCode;
  }
  evict() {
    const keep = (s) => s.id === this.failedStepId || s.signals.length > 0 || s.result === "error" || s.result === "running";
    for (const pass of [keep, (s) => s.id === this.failedStepId]) {
      for (const step of this.steps.values()) {
        if (this.steps.size <= MAX_STEPS * 3 / 4) return;
        if (pass(step)) continue;
        this.drop(step);
      }
    }
  }
};
var EXIT_CODE = /(?:exit code|non-zero code|exit status): (\d+)/;
function newStep(id, name, targets) {
  const m = STEP_NAME.exec(name);
  let words = m?.[1]?.split(" ") ?? [];
  const bare = targets.size > 0 ? /^\[(\S+)\] (.*)$/.exec(name) : null;
  const target = targets.has(words[0]) ? words[0] : bare && targets.has(bare[1]) ? bare[1] : name.includes("internal]") ? DEFINITION.exec(name)?.[1] ?? null : null;
  if (target !== null && words[0] === target) words = words.slice(1);
  const stage = words.filter((w) => !w.includes("/")).pop() ?? null;
  return {
    id,
    name,
    stage,
    index: m ? Number(m[2]) : null,
    total: m ? Number(m[3]) : null,
    instruction: m ? m[4] : bare && target !== null ? bare[2] : name,
    durationMs: null,
    result: "running",
    killedLines: 0,
    signals: [],
    error: null,
    exitCode: null,
    containerId: null,
    span: { start: 0, end: null },
    target,
    inferred: false
  };
}
function runInstruction(command) {
  const shell = /^(?:\/dev\/\.buildkit_qemu_emulator )?\/bin\/(?:ba)?sh -c (.*)$/s.exec(command.trim());
  return `RUN ${shell ? shell[1] : command.trim()}`;
}
function squeeze(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/core/build/step-peaks.ts
function stepPlatform(step) {
  const head = /^\[([^\]]*)\]/.exec(step.name)?.[1] ?? "";
  return head.split(" ").find((w) => /^[a-z][a-z0-9]*\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(w)) ?? null;
}
function asInstruction(command) {
  return squeeze(runInstruction(command));
}
function stepCommand(step) {
  if (!/^RUN\b/i.test(step.instruction)) return null;
  const body = step.instruction.replace(/^RUN\s+/i, "").replace(/^(?:--[a-z-]+(?:=\S*)?\s+)+/, "");
  if (body.startsWith("[")) {
    try {
      const args = JSON.parse(body);
      if (Array.isArray(args) && args.every((a) => typeof a === "string")) return squeeze(`RUN ${args.join(" ")}`);
    } catch {
    }
  }
  return squeeze(`RUN ${body}`);
}
function overlaps(step, cg, slackMs) {
  const end = step.span.end ?? Number.POSITIVE_INFINITY;
  return step.span.start - slackMs <= cg.lastMs && cg.firstMs <= end + slackMs;
}
function attributeStepPeaks(cgroups, steps, options) {
  const slack = options.slackMs ?? 2e3;
  const runs = steps.map((s) => ({ step: s, command: stepCommand(s) })).filter((r) => r.command !== null);
  const byStep = /* @__PURE__ */ new Map();
  const unattributed = [];
  for (const cg of cgroups) {
    const said = cg.command === null ? null : asInstruction(cg.command);
    let candidates = said === null ? [] : runs.filter((r) => r.command === said).map((r) => r.step);
    if (options.timed && candidates.length > 1) candidates = candidates.filter((s) => overlaps(s, cg, slack));
    const names = [...new Set(candidates.map((s) => `${stepPlatform(s) ?? ""}\0${s.name}`))];
    if (names.length !== 1) {
      unattributed.push({ bytes: cg.peakBytes, command: cg.command, candidates: candidates.map((s) => s.name) });
      continue;
    }
    const step = candidates[0];
    const seen = byStep.get(step);
    if (seen) {
      seen.bytes = Math.max(seen.bytes, cg.peakBytes);
      seen.cgroups++;
    } else byStep.set(step, { instruction: step.name, platform: stepPlatform(step), bytes: cg.peakBytes, cgroups: 1 });
  }
  return { steps: [...byStep.values()].sort((a, b) => b.bytes - a.bytes), unattributed: unattributed.sort((a, b) => b.bytes - a.bytes) };
}
function historySteps(peaks) {
  if (!peaks?.seen) return [];
  return peaks.steps.map(({ instruction, platform, bytes }) => ({ instruction, platform, bytes }));
}
function stepPeaksSentence(peaks, builderPeak, fmt) {
  if (!peaks.seen)
    return `Per-step peaks not measured: ${peaks.reason}; ${builderPeak === null ? "the build has no peak either" : `the build's peak (${fmt(builderPeak)}, all steps together) stands for them`}.`;
  if (peaks.steps.length === 0 && peaks.unattributed.length === 0) return `No RUN step's cgroup appeared under ${peaks.parent} during the build.`;
  const top = peaks.steps.slice(0, 3).map((s) => `${s.instruction}${s.platform ? ` (${s.platform})` : ""} ${fmt(s.bytes)}`).join("; ");
  const rest = peaks.unattributed.length > 0 ? `; ${peaks.unattributed.length} not tied to one step` : "";
  return `Per-step peaks: ${peaks.steps.length} step${peaks.steps.length === 1 ? "" : "s"} measured${top ? ` (heaviest: ${top})` : ""}${rest}.`;
}
function stepPeaksOf(seen, log) {
  if (!seen) return { seen: false, reason: "this build's steps ran where no step cgroup is watched (only a builder or BuildKit cgroup on this host is)" };
  if ("unseen" in seen) return { seen: false, reason: seen.unseen };
  return { seen: true, parent: seen.parent, ...attributeStepPeaks(seen.cgroups, log.steps, { timed: log.format === "rawjson" }) };
}

export {
  quoted,
  normalizeLine,
  clip,
  MAX_SIGNAL_TEXT,
  readSignal,
  exitsOnPurpose,
  DEFINITION,
  INTERNAL,
  BuildState,
  runInstruction,
  squeeze,
  historySteps,
  stepPeaksSentence,
  stepPeaksOf
};

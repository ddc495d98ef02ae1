"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// on-first-call:node:crypto
var init_node_crypto = __esm({
  "on-first-call:node:crypto"() {
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/core.js
var os2 = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/summary.js
var import_os = require("os");
var import_fs = require("fs");
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os2.EOL);
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/core/render/markdown.ts
var INLINE = /[\\`*_~[\]|$]/g;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var BREAKS = /\r\n|[\r\n\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
var LINE_START = /^([#+\-=]|\d{1,9}[.)](?=[ \t]|$))/;
function mdText(text) {
  const line = text.replace(BREAKS, " ").replace(/^[ \t]+/, "");
  const escaped = line.replace(/[&<>]/g, (c) => HTML[c]).replace(INLINE, (c) => `\\${c}`).replace(/:(?=\/\/)/g, "\\:").replace(/\b(www)\./gi, "$1\\.").replace(/@/g, "\\@");
  return escaped.replace(LINE_START, (mark) => `${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}
function mdCode(text, inTable = false) {
  let line = text.replace(BREAKS, " ");
  if (line === "") return "";
  if (inTable) line = line.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") || line.startsWith(" ") && line.endsWith(" ") && line.trim() !== "" ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

// src/core/units.ts
var import_errors = require("./shared.js");
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
function formatSize(bytes) {
  const units = [
    [TiB, "TiB"],
    [GiB, "GiB"],
    [MiB, "MiB"],
    [KiB, "KiB"]
  ];
  for (const [size, name] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2))} ${name}`;
    }
  }
  return `${bytes} B`;
}

// src/core/plan/profiles.ts
var import_errors2 = require("./shared.js");

// src/core/explain/summary.ts
var MAX_STEP_ROWS = 200;
function killList(title, kills) {
  const out = [`### ${title}`, "", "| Seconds since boot | Process | PID | Memory | Cgroup |", "| ---: | --- | ---: | ---: | --- |"];
  for (const k of kills.slice(0, MAX_STEP_ROWS)) {
    out.push(
      `| ${k.timeSec.toFixed(1)} | ${mdText(k.process)} | ${k.pid} | ${k.anonRssBytes === null ? "" : formatSize(k.anonRssBytes)} | ${k.taskMemcg ? mdCode(k.taskMemcg, true) : k.scope === "host" ? "whole machine" : ""} |`
    );
  }
  if (kills.length > MAX_STEP_ROWS) out.push(`| \u2026 ${kills.length - MAX_STEP_ROWS} more | | | | |`);
  out.push("");
  return out;
}

// src/core/explain/dmesg.ts
var STAMP = /^\[\s*(\d+(?:\.\d+)?)\]\s?(.*)$/;
var OOM_KILL = /oom-kill:constraint=(\w+).*?(?:,oom_memcg=([^,]*))?(?:,task_memcg=([^,]*)),task=([^,]*),pid=(\d+)/;
var KILLED = /(Memory cgroup out of memory|Out of memory): Killed process (\d+) \(([^)]*)\) total-vm:(\d+)kB, anon-rss:(\d+)kB/;
function parseDmesg(text) {
  const byPid = /* @__PURE__ */ new Map();
  const kills = [];
  for (const raw of text.split("\n")) {
    const stamp = STAMP.exec(raw.trimEnd());
    if (!stamp) continue;
    const timeSec = Number(stamp[1]);
    const body = stamp[2];
    const o = OOM_KILL.exec(body);
    if (o) {
      const taskMemcg = o[3] || null;
      const kill = {
        timeSec,
        process: o[4],
        pid: Number(o[5]),
        anonRssBytes: null,
        totalVmBytes: null,
        scope: o[1] === "CONSTRAINT_MEMCG" ? "memcg" : "host",
        oomMemcg: o[1] === "CONSTRAINT_MEMCG" ? o[2] || null : null,
        taskMemcg,
        buildkitStepId: buildkitStepId(taskMemcg)
      };
      byPid.set(kill.pid, kill);
      kills.push(kill);
      continue;
    }
    const k = KILLED.exec(body);
    if (k) {
      const pid = Number(k[2]);
      let kill = byPid.get(pid);
      if (!kill) {
        kill = {
          timeSec,
          process: k[3],
          pid,
          anonRssBytes: null,
          totalVmBytes: null,
          scope: k[1] === "Out of memory" ? "host" : "memcg",
          oomMemcg: null,
          taskMemcg: null,
          buildkitStepId: null
        };
        kills.push(kill);
      }
      kill.totalVmBytes = Number(k[4]) * 1024;
      kill.anonRssBytes = Number(k[5]) * 1024;
      byPid.delete(pid);
    }
  }
  return kills;
}
function buildkitStepId(memcg) {
  const m = memcg ? /\/buildkit\/([^/]+)$/.exec(memcg) : null;
  return m ? m[1] : null;
}
function killsSince(kills, sinceSec, slackSec = 2) {
  return kills.filter((k) => k.timeSec >= sinceSec - slackSec);
}

// src/core/explain/job-kills.ts
function parseProcCgroup(text) {
  const paths = /* @__PURE__ */ new Set();
  for (const line of text.split("\n")) {
    const path = line.split(":").slice(2).join(":").trim();
    if (path !== "" && path !== "/") paths.add(path);
  }
  return [...paths];
}
function parseVmstatOomKills(text) {
  const m = /^oom_kill (\d+)$/m.exec(text);
  return m ? Number(m[1]) : null;
}
function watchReport(input) {
  if (input.kills !== null) {
    const fresh = input.kills.filter((k) => !input.explained.has(k.pid));
    const errors = fresh.filter((k) => isOwn(k, input.ownCgroups));
    const others = fresh.filter((k) => !isOwn(k, input.ownCgroups));
    const hostWide = others.filter((k) => k.scope === "host").length;
    const warning2 = others.length === 0 ? null : `${others.length} process${others.length === 1 ? " was" : "es were"} killed for memory on this machine outside this job's cgroups while it ran${hostWide > 0 ? ` (${hostWide} when the whole machine ran out of memory)` : ""}: ${others.slice(0, 5).map((k) => `${k.process} (pid ${k.pid}${k.taskMemcg ? ` in ${k.taskMemcg}` : ""})`).join(", ")}${others.length > 5 ? ", \u2026" : ""}.`;
    return { errors, warning: warning2, debug: null };
  }
  if (input.counterAtStart !== null && input.counterNow !== null) {
    const delta = input.counterNow - input.counterAtStart;
    if (delta <= 0)
      return {
        errors: [],
        warning: null,
        debug: `no OOM kill on this machine while the job ran (/proc/vmstat oom_kill; the kernel log is closed: ${input.problem})`
      };
    return {
      errors: [],
      warning: `${delta} process${delta === 1 ? " was" : "es were"} killed for memory on this machine while the job ran (/proc/vmstat oom_kill). Which, and whether this job's, cannot be told: the kernel log is closed (${input.problem}).`,
      debug: null
    };
  }
  return {
    errors: [],
    warning: null,
    debug: `no OOM watch here: ${input.problem ?? "the kernel log cannot be read"}, and /proc/vmstat's oom_kill is not readable`
  };
}
function isOwn(kill, own) {
  const where = [kill.taskMemcg, kill.oomMemcg].filter((c) => c !== null);
  return where.some((cg) => own.some((o) => o.startsWith("/") ? underPath(cg, o.replace(/\/+$/, "")) : cg.split("/").some((part) => part.includes(o))));
}
function underPath(cg, own) {
  return cg === own || cg.startsWith(`${own}/`) || cg.endsWith(own) || cg.includes(`${own}/`);
}

// src/explain/kernel-log.ts
var import_promises = require("node:fs/promises");

// on-first-call:node:child_process
var load = () => require("node:child_process");
function spawn(...args) {
  return load().spawn(...args);
}

// src/core/explain/log/line-cap.ts
var MAX_LINE_BYTES = 64 * 1024;

// src/runners/process.ts
function capture(command, args, options = {}) {
  return new Promise((resolve) => {
    const timeoutMs = options.timeoutMs ?? 6e4;
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      signal: options.cancel,
      windowsHide: true
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
    }, timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (d) => stdout += d);
    child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
    child.on("error", (e) => {
      if (e.code === "ABORT_ERR") return;
      clearTimeout(timer);
      const missing = e.code === "ENOENT";
      resolve({ code: null, stdout, stderr, spawnError: missing ? `no ${command} command on PATH` : e.message, missing, timedOut: false });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, spawnError: null, missing: false, timedOut });
    });
  });
}

// src/explain/kernel-log.ts
async function readKernelKills() {
  if (process.platform !== "linux") return { kills: [], problem: `the kernel log of Docker's VM cannot be read from ${process.platform}` };
  const asRoot = process.getuid?.() === 0;
  const [command, args] = asRoot ? ["dmesg", []] : ["sudo", ["-n", "dmesg"]];
  const result = await capture(command, args, { timeoutMs: 3e4 });
  if (result.spawnError !== null) return { kills: [], problem: `${command} could not run: ${result.spawnError}` };
  if (result.code !== 0)
    return {
      kills: [],
      problem: `${[command, ...args].join(" ")} failed: ${result.stderr.trim().split("\n")[0] || (result.timedOut ? "no answer in 30 s" : `exit code ${result.code}`)}`
    };
  return { kills: parseDmesg(result.stdout), problem: null };
}
async function uptimeSeconds() {
  const text = await (0, import_promises.readFile)("/proc/uptime", "utf8");
  return Number(text.split(" ")[0]);
}
async function toBootSeconds(at) {
  const now = Date.now();
  const uptime = await uptimeSeconds();
  return uptime - (now - at.getTime()) / 1e3;
}
async function readOomKillCounter() {
  if (process.platform !== "linux") return null;
  return parseVmstatOomKills(await (0, import_promises.readFile)("/proc/vmstat", "utf8").catch(() => ""));
}
async function readOwnCgroups() {
  if (process.platform !== "linux") return [];
  return parseProcCgroup(await (0, import_promises.readFile)("/proc/self/cgroup", "utf8").catch(() => ""));
}

// src/action/build.ts
init_node_crypto();

// src/core/build/argv.ts
function removeBuilderCommand(name) {
  return { args: ["buildx", "rm", name], env: {} };
}

// src/runners/docker.ts
function captureDocker(args, options = {}) {
  return capture("docker", args, options);
}
async function removeBuilder(name) {
  const r = await captureDocker(removeBuilderCommand(name).args, { timeoutMs: 6e4 });
  return r.code === 0 ? null : (r.stderr || r.stdout).trim().split("\n").pop() || r.spawnError || `exit code ${r.code}`;
}

// src/action/state.ts
function getState2(key) {
  return getState(key);
}

// src/action/build.ts
async function removeJobBuilder() {
  const builder = getState2("builder-to-remove");
  if (!builder) return;
  const failed = await removeBuilder(builder);
  if (failed === null) info(`removed builder ${builder}`);
  else warning(`could not remove builder ${builder}: ${failed}`);
}

// src/core/enforce/mechanism.ts
var import_errors3 = require("./shared.js");
var STEP_FLOOR_BYTES = 16 * MiB;
var DAEMON_FLOOR_BYTES = 64 * MiB;

// src/core/inputs.ts
var import_errors9 = require("./shared.js");

// src/core/plan/fit.ts
var import_errors4 = require("./shared.js");

// src/core/plan/ollama.ts
var import_errors5 = require("./shared.js");
var OLLAMA_MODELS = [
  { name: "qwen2.5:7b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 10 * GiB, quality: "Best", rank: 4 },
  { name: "llama3.1:8b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 8 * GiB, quality: "Excellent", rank: 3 },
  { name: "mistral:7b", sizeBytes: 4.1 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 7 * GiB, quality: "Very Good", rank: 2 },
  { name: "phi3:mini", sizeBytes: 2.3 * GiB, ramBytes: 4 * GiB, dockerMemoryBytes: 5 * GiB, quality: "Basic", rank: 1 }
];

// src/core/plan/layers.ts
var import_errors7 = require("./shared.js");

// src/core/history/peaks.ts
init_node_crypto();
var import_errors6 = require("./shared.js");

// src/core/plan/layers.ts
var DOCKER_MIN_MEMORY = 6 * MiB;
var ENGINE_OVERHEAD = 2 * GiB;
var STARVED_BUILD_BYTES = 512 * MiB;

// src/core/publish.ts
var import_errors8 = require("./shared.js");

// src/core/inputs.ts
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseBoolean(input, name) {
  const value = input.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  const near = /^(yes|no|on|off|y|n|1|0)$/i.test(value) ? " (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)" : "";
  throw new import_errors9.InputError(`${name} "${value}" must be true or false${near}`);
}

// src/action/builder-series.ts
var import_node_fs = require("node:fs");

// src/core/cgroup.ts
var UNLIMITED = 2 ** 62;

// src/bind/engine-calls.ts
var import_docker2 = require("./shared.js");

// src/action/builder-series.ts
function stopBuilderSeries() {
  const series = getState2("builder-series");
  if (series === "") return;
  try {
    (0, import_node_fs.writeFileSync)(`${series}.stop`, "");
  } catch (error2) {
    debug(`the sampler of ${series} could not be told to stop: ${error2.message}`);
  }
}

// src/action/inputs.ts
var import_errors14 = require("./shared.js");

// src/core/build/request.ts
var import_errors11 = require("./shared.js");

// node_modules/csv-parse/lib/api/index.js
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};

// src/core/build/input-lists.ts
var import_errors10 = require("./shared.js");

// src/core/resize/request.ts
var import_errors13 = require("./shared.js");

// src/core/resize/target.ts
var import_errors12 = require("./shared.js");

// src/action/inputs.ts
function oomWatch(read = (name) => getInput(name)) {
  return parseBoolean(read("oom-watch") || "true", "oom-watch");
}

// src/action/history.ts
function historyNotice(message) {
  notice(`history: ${message}.`, { title: "Docker memory history" });
}
async function loadHistory(givenKey, read) {
  const [{ resolveBuildHistory }, { actionsCacheHistoryStore }] = await Promise.all([
    import("./chunks/lazy-history-build-peak.mjs"),
    import("./chunks/lazy-history-actions-cache-store.mjs")
  ]);
  return resolveBuildHistory({ givenKey, keyName: "history-key", build: read, store: actionsCacheHistoryStore, notice: historyNotice });
}

// src/action/post.ts
async function runPost() {
  const explainedContainers = getState2("builder-binding") ? await postBinding().catch((error2) => {
    warning(`could not give the bound builder its limit back: ${error2.message}`);
    return [];
  }) : [];
  stopBuilderSeries();
  await removeJobBuilder().catch((error2) => warning(`could not remove this job's builder: ${error2.message}`));
  try {
    if (!oomWatch()) return debug("docker-memory-action: oom-watch is off");
    const startedAt = getState2("started-at");
    const started = startedAt ? new Date(startedAt) : null;
    if (!started || Number.isNaN(started.getTime())) {
      warning("docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.", {
        title: "OOM watch"
      });
      return;
    }
    const kernel = await readKernelKills();
    const since = kernel.problem ? 0 : await toBootSeconds(started);
    const counted = getState2("oom-kill-count");
    const kills = kernel.problem ? null : killsSince(kernel.kills, since);
    const inExplained = (kills ?? []).filter((k) => [k.taskMemcg, k.oomMemcg].some((cg) => cg !== null && explainedContainers.some((id) => cg.includes(id))));
    const report = watchReport({
      kills,
      problem: kernel.problem,
      ownCgroups: [
        ...await readOwnCgroups(),
        ...getState2("oom-watch-cgroups").split(",").filter((x) => x !== "")
      ],
      explained: /* @__PURE__ */ new Set([
        ...getState2("explained-kills").split(",").filter((x) => x !== "").map(Number),
        ...inExplained.map((k) => k.pid)
      ]),
      counterAtStart: counted === "" ? null : Number(counted),
      counterNow: counted === "" ? null : await readOomKillCounter()
    });
    if (report.debug) debug(`docker-memory-action: ${report.debug}`);
    if (report.warning) warning(`docker-memory-action: ${report.warning}`, { title: "OOM watch" });
    const errors = report.errors;
    for (const kill of errors.slice(0, 9)) error(killMessage(kill), { title: `Out of memory: ${kill.process} killed` });
    if (errors.length > 9)
      error(`${errors.length - 9} more processes were killed for memory in this job: see the job summary.`, { title: "More OOM kills" });
    if (errors.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await summary.addRaw(killList(`Out-of-memory kills in this job (${errors.length})`, errors).join("\n")).write();
    }
  } catch (error2) {
    warning(`docker-memory-action's OOM watch failed: ${error2.message}`, { title: "OOM watch" });
  }
}
async function postBinding() {
  const { explainAndRelease } = await import("./chunks/lazy-bind-action-release.mjs");
  const keepLimit = parseBoolean(getInput("keep-limit") || "false", "keep-limit");
  const history = parseBoolean(getInput("history") || "false", "history");
  return explainAndRelease({ keepLimit, recordPeak: history ? recordHistoryPeak : null });
}
async function recordHistoryPeak(peakBytes, steps) {
  const history = await loadHistory(getInput("history-key"), (name) => getInput(name));
  if (history) await (await import("./chunks/lazy-history-build-peak.mjs")).recordBuildPeak(history, peakBytes, historyNotice, steps);
}
function killMessage(kill) {
  const memory = kill.anonRssBytes !== null ? ` holding ${formatSize(kill.anonRssBytes)}` : "";
  const where = kill.scope === "host" ? "the machine ran out of memory" : `cgroup ${kill.oomMemcg ?? "unknown"} hit its memory limit`;
  return `The kernel killed ${kill.process} (pid ${kill.pid})${memory}: ${where}${kill.taskMemcg ? `; the process lived in ${kill.taskMemcg}` : ""}.`;
}

// src/entries/post.ts
void runPost();

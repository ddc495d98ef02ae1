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

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require("crypto"), 1);
var fs = __toESM(require("fs"), 1);
var os2 = __toESM(require("os"), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
var os3 = __toESM(require("os"), 1);

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
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
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

// src/action/explain.ts
var import_errors17 = require("./shared.js");

// src/core/plan/profiles.ts
var import_errors2 = require("./shared.js");

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
function toDockerSize(bytes) {
  const mib = Math.floor(bytes / MiB);
  if (mib <= 0) return `${Math.max(0, Math.floor(bytes))}b`;
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}

// src/core/plan/profiles.ts
var PROFILES = ["conservative", "balanced", "maximum"];
var PROFILE_TABLE = {
  conservative: [
    [16, 6],
    [32, 12],
    [64, 30],
    [128, 60]
  ],
  balanced: [
    [16, 8],
    [32, 20],
    [64, 45],
    [128, 80]
  ],
  maximum: [
    [16, 10],
    [32, 24],
    [64, 55],
    [128, 100]
  ]
};
function profileMemory(profile, totalBytes) {
  const points = PROFILE_TABLE[profile];
  const gib = totalBytes / GiB;
  const [firstX, firstY] = points[0];
  const [lastX, lastY] = points[points.length - 1];
  let result;
  if (gib <= firstX) {
    result = gib * firstY / firstX;
  } else if (gib >= lastX) {
    result = gib * lastY / lastX;
  } else {
    const i = points.findIndex(([x]) => x >= gib);
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    result = y0 + (gib - x0) * (y1 - y0) / (x1 - x0);
  }
  return Math.floor(result * GiB);
}

// src/core/explain/find-instruction.ts
function normalize(text) {
  return text.replace(/\s+/g, " ").trim();
}
function findInstruction(instructions, step) {
  const printed = normalize(step.instruction);
  const keyword = printed.split(" ")[0]?.toUpperCase();
  const atPosition = (i) => step.id.startsWith("Step ") ? i.indexInFile === step.index : i.indexInStage === step.index && i.stage === (step.stage ?? i.stage);
  const byText = instructions.filter((i) => i.keyword === keyword && sameInstruction(i, printed));
  if (byText.length === 1) return byText[0];
  if (byText.length > 1) return byText.find(atPosition) ?? byText[0];
  const byPosition = instructions.filter((i) => i.keyword === keyword && atPosition(i));
  return byPosition.length === 1 ? byPosition[0] : null;
}
function sameInstruction(instruction, printed) {
  if (instruction.text === printed) return true;
  return instruction.firstLine.includes("<<") && printed.startsWith(instruction.firstLine);
}
function instructionAtLine(instructions, line) {
  return instructions.find((i) => i.startLine <= line && line <= i.endLine) ?? null;
}

// src/core/explain/explain.ts
var ANNOTATIONS_PER_LEVEL = 10;
function explainBuild(input) {
  const { log, outcome } = input;
  const instructions = input.dockerfile?.instructions ?? [];
  const findings = [];
  const locate = (step) => {
    if (!input.dockerfile) return null;
    if (step && step.id === log.failedStepId && log.excerpt && baseName(input.dockerfile.path) === baseName(log.excerpt.file)) {
      const atLine = instructionAtLine(instructions, log.excerpt.startLine);
      if (atLine) return atLine;
    }
    return step ? findInstruction(instructions, step) : null;
  };
  const daemonKilled = outcome?.builderOomKilled === true || log.daemonLost;
  const failed = log.steps.find((s) => s.id === log.failedStepId) ?? null;
  const buildExit = outcome?.exitCode ?? log.exitCode;
  const failedOom = failed !== null && (failed.exitCode === 137 || failed.killedLines > 0 || (failed.error?.includes("cannot allocate memory") ?? false));
  const passedKilled = log.steps.filter((s) => s !== failed && s.killedLines > 0 && s.result !== "error");
  const buildKilled = !daemonKilled && !failedOom && (buildExit === 137 || outcome?.signal === "SIGKILL");
  const killed = [...passedKilled, ...failed && (failedOom || buildKilled) ? [failed] : []];
  const { byStep, rest } = attributeKills(log, killed, input.kills);
  const kernelCounted = (outcome?.oomKills ?? 0) > 0;
  if (failed && failedOom) {
    const kill = byStep.get(failed.id) ?? null;
    findings.push({
      kind: "step-oom",
      step: failed,
      instruction: locate(failed),
      kill,
      evidence: kill || kernelCounted ? "kernel" : failed.killedLines > 0 || log.outOfMemoryError ? "log" : "exit-code"
    });
  }
  for (const step of passedKilled) {
    const kill = byStep.get(step.id) ?? null;
    findings.push({ kind: "killed-but-passed", step, instruction: locate(step), kill, evidence: kill ? "kernel" : "log" });
  }
  if (daemonKilled) {
    findings.unshift({ kind: "daemon-oom", step: failed, instruction: null, kill: null, evidence: outcome?.builderOomKilled ? "kernel" : "log" });
  } else if (buildKilled) {
    findings.unshift({
      kind: "build-killed",
      step: failed,
      instruction: locate(failed),
      kill: failed ? byStep.get(failed.id) ?? null : null,
      evidence: "exit-code"
    });
  }
  const fixes = memoryFixes(findings, input);
  const annotations = aggregate(findings.map((f) => annotate(f, input, fixes)));
  return { findings, annotations, otherKills: rest, fixes };
}
function attributeKills(log, killed, kills) {
  const byStep = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const byContainer = /* @__PURE__ */ new Map();
  for (const k of kills) {
    const leaf = k.taskMemcg?.split("/").pop();
    if (leaf && leaf.length >= 12 && !byContainer.has(leaf.slice(0, 12))) byContainer.set(leaf.slice(0, 12), k);
  }
  for (const step of killed) {
    const kill = step.containerId ? byContainer.get(step.containerId.slice(0, 12)) : void 0;
    if (kill) {
      byStep.set(step.id, kill);
      taken.add(kill);
    }
  }
  if (log.format !== "legacy") {
    const steps = killed.filter((s) => !s.containerId).sort((a, b) => a.span.start - b.span.start);
    const inBuildKit = kills.filter((k) => !taken.has(k) && (k.taskMemcg?.includes("/buildkit/") ?? false));
    const pool = inBuildKit.length > 0 ? inBuildKit : kills.filter((k) => !taken.has(k) && k.taskMemcg === null);
    const groups = /* @__PURE__ */ new Map();
    for (const k of pool) {
      const key = k.buildkitStepId ?? k.taskMemcg ?? `pid ${k.pid}`;
      if (!groups.has(key)) groups.set(key, k);
    }
    const firsts = [...groups.values()];
    const oneAfterAnother = steps.every((s, i) => i === 0 || steps[i - 1].span.end !== null && steps[i - 1].span.end <= s.span.start);
    if (steps.length > 0 && firsts.length === steps.length && oneAfterAnother) {
      steps.forEach((s, i) => byStep.set(s.id, firsts[i]));
      for (const k of pool) taken.add(k);
    }
  }
  return { byStep, rest: kills.filter((k) => !taken.has(k)) };
}
function annotate(f, input, fixes) {
  const outcome = input.outcome;
  const where = f.instruction && input.dockerfile ? { file: input.dockerfile.path, startLine: f.instruction.startLine, endLine: f.instruction.endLine } : input.dockerfile ? { file: input.dockerfile.path } : {};
  const stepName = f.step ? `step ${f.step.name}` : "the build";
  const fixText = fixes.length > 0 ? ` Fix: ${fixes.join("; or ")}.` : "";
  const peak = outcome?.peakBytes ? ` Peak: ${formatSize(outcome.peakBytes)}${outcome.limitBytes ? ` of ${formatSize(outcome.limitBytes)}` : ""}.` : "";
  switch (f.kind) {
    case "daemon-oom":
      return {
        level: "error",
        title: "BuildKit daemon killed: out of memory",
        message: `The BuildKit daemon${outcome?.builderName ? ` (builder ${outcome.builderName})` : ""} was killed, so the build lost its server (${input.log.finalError ?? "State.OOMKilled"}). The builder's own limit${outcome?.limitBytes ? ` of ${formatSize(outcome.limitBytes)}` : ""} holds all steps together and is too small for this build.${peak}${fixText}`,
        ...where
      };
    case "killed-but-passed":
      return {
        level: "warning",
        title: `Killed but passed: ${short(f.step?.name ?? "")}`,
        message: `${killedWhat(f)} in ${stepName}, yet the step succeeded (a pipe without pipefail, or a script without set -e): the image may be broken.${limitText(outcome)}${peak}${fixText}`,
        ...where
      };
    case "build-killed":
      return {
        level: "error",
        title: "Build killed (exit code 137)",
        message: `The build ended by SIGKILL (exit code 137), which is how the out-of-memory killer ends processes; no step in the log shows it.${limitText(outcome)}${peak}${fixText}`,
        ...where
      };
    case "step-oom":
      return {
        level: "error",
        title: `Out of memory: ${short(f.step?.name ?? "")}`,
        message: `${killedWhat(f)} in ${stepName}${f.step?.exitCode ? ` (exit code ${f.step.exitCode})` : ""}.${limitText(outcome)}${peak}${fixText}`,
        ...where
      };
  }
}
function killedWhat(f) {
  if (f.kill) {
    const rss = f.kill.anonRssBytes !== null ? ` holding ${formatSize(f.kill.anonRssBytes)}` : "";
    const cg = f.kill.oomMemcg ? ` when cgroup ${f.kill.oomMemcg} hit its limit` : f.kill.scope === "host" ? " when the machine ran out of memory" : "";
    return `The kernel killed ${f.kill.process} (pid ${f.kill.pid})${rss}${cg}`;
  }
  if (f.evidence === "log") return "A process was killed (the log says Killed)";
  return "A process was killed by SIGKILL (exit code 137, the out-of-memory killer's signal)";
}
var MECHANISM = {
  resource: "BuildKit --resource memory, each RUN step on its own",
  builder: "the BuildKit builder container's memory, all steps together",
  kubernetes: "the BuildKit pod's memory limit, all steps together",
  cgroup: "the engine's BuildKit cgroup, all steps together",
  legacy: "legacy builder --memory, each RUN step on its own",
  none: "none could bind here"
};
function limitText(outcome) {
  if (!outcome) return "";
  if (outcome.enforcement === "none" || outcome.limitBytes === null)
    return ` No build limit applied (${outcome.enforcementReason}): the kill came from the memory of the engine or machine.`;
  return ` Limit: ${formatSize(outcome.limitBytes)} (${MECHANISM[outcome.enforcement]}).`;
}
function memoryFixes(findings, input) {
  if (findings.length === 0) return [];
  const outcome = input.outcome;
  const plan2 = input.plan;
  const limit = outcome?.limitBytes ?? null;
  const rss = findings.reduce((top, f) => Math.max(top, f.kill?.anonRssBytes ?? 0), 0);
  const need = roundUp(Math.max(limit ? limit * 1.5 : 0, outcome?.peakBytes ? outcome.peakBytes * 1.25 : 0, rss * 2, 256 * MiB));
  if (!plan2) {
    const known = limit ?? (rss > 0 ? rss : null);
    return [known ? `give the build more than ${formatSize(known)} (about ${toDockerSize(need)})` : "give the build more memory", "run fewer jobs in parallel"];
  }
  const fixes = [];
  const basis = Math.min(plan2.machine.totalBytes, plan2.engine.bytes);
  const containers = plan2.containers.reduce((sum, c) => sum + c.bytes, 0);
  const room = Math.max(0, plan2.usableBytes - containers);
  const besides = containers > 0 ? ` and ${formatSize(containers)} of containers` : "";
  if (need <= room) {
    fixes.push(
      `raise build-memory to ${toDockerSize(need)}, which fits because this runner has ${formatSize(room)} usable for builds (${formatSize(basis)} less ${formatSize(plan2.reserveBytes)} reserve${besides})`
    );
  }
  if (plan2.jobs > 1) {
    const fit = limit ? Math.max(1, Math.floor(plan2.jobs * limit / need)) : Math.max(1, Math.floor(plan2.jobs / 2));
    if (fit < plan2.jobs) fixes.push(`reduce parallel jobs from ${plan2.jobs} to ${fit} (memory-per-job above ${toDockerSize(Math.ceil(need / fit))})`);
  }
  const profile = PROFILES.find((p) => profileMemory(p, basis) >= need && PROFILES.indexOf(p) > PROFILES.indexOf(plan2.profile));
  if (plan2.build.source === "profile" && profile && profileMemory(profile, basis) <= room)
    fixes.push(`use profile ${profile}, which gives ${formatSize(profileMemory(profile, basis))} here`);
  if (need > room) {
    fixes.push(
      `use a larger runner: this build needs about ${formatSize(need)} and this one can give ${formatSize(room)}, so pick one with at least ${formatSize(need + containers + plan2.reserveBytes)}`
    );
  }
  return fixes;
}
function roundUp(bytes) {
  const step = bytes > 2 * GiB ? 512 * MiB : 64 * MiB;
  return Math.ceil(bytes / step) * step;
}
function aggregate(annotations) {
  const out = [];
  for (const level of ["error", "warning", "notice"]) {
    const same = annotations.filter((a) => a.level === level);
    if (same.length <= ANNOTATIONS_PER_LEVEL) {
      for (const a of same) out.push(a);
      continue;
    }
    const rest = same.slice(ANNOTATIONS_PER_LEVEL - 1);
    for (const a of same.slice(0, ANNOTATIONS_PER_LEVEL - 1)) out.push(a);
    const listed = rest.slice(0, 20).map((a) => a.file && a.startLine ? `${a.title} (${a.file}:${a.startLine})` : a.title);
    out.push({
      level,
      title: `${rest.length} more`,
      message: `${rest.length} more of the same kind (see the job summary): ${listed.join("; ")}${rest.length > listed.length ? "; \u2026" : ""}`
    });
  }
  return out;
}
function short(text) {
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}
function baseName(path3) {
  return path3.split(/[\\/]/).pop() ?? path3;
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

// src/core/explain/summary.ts
var MAX_STEP_ROWS = 200;
var MAX_CHART_POINTS = 60;
function buildSummary(log, explanation, outcome, plan2 = null) {
  const out = [];
  const oom = explanation.findings.some((f) => f.kind !== "killed-but-passed");
  const warned = explanation.findings.length > 0;
  out.push(`## ${oom ? "\u274C Docker build ran out of memory" : warned ? "\u26A0\uFE0F Docker build: a process was killed" : "\u2705 Docker build memory"}`);
  out.push("");
  if (outcome) {
    const peak = outcome.peakBytes !== null ? formatSize(outcome.peakBytes) : "unknown";
    const limit = outcome.limitBytes !== null ? formatSize(outcome.limitBytes) : "no limit";
    const pct = outcome.peakBytes && outcome.limitBytes ? ` (${Math.round(outcome.peakBytes / outcome.limitBytes * 100)} %)` : "";
    out.push(`**Peak ${peak} of ${limit}${pct}** \xB7 ${mdText(outcome.enforcement)} \xB7 ${(outcome.durationMs / 1e3).toFixed(1)} s`);
    out.push("");
  }
  if (plan2) {
    out.push(
      `Plan: ${mdText(plan2.profile)} profile, build ${formatSize(plan2.build.bytes)}, ${plan2.jobs} parallel job${plan2.jobs === 1 ? "" : "s"}, ${formatSize(plan2.usableBytes)} usable of ${formatSize(plan2.machine.totalBytes)} on ${plan2.machine.cpus} CPUs.`
    );
    out.push("");
  }
  for (const a of explanation.annotations) {
    out.push(a.level === "error" ? "> [!CAUTION]" : "> [!WARNING]");
    out.push(`> **${mdText(a.title)}**${a.file ? ` \xB7 ${mdCode(`${a.file}${a.startLine ? `:${a.startLine}` : ""}`)}` : ""}`);
    out.push(`> ${mdText(a.message)}`);
    out.push("");
  }
  const chart = memoryChart(outcome?.memorySamples ?? [], outcome?.limitBytes ?? null);
  if (chart.length > 0) out.push("```mermaid", ...chart, "```", "");
  const memoryOf = new Map(explanation.findings.filter((f) => f.step && f.kill?.anonRssBytes).map((f) => [f.step.id, f.kill.anonRssBytes]));
  out.push("| Step | Duration | Result | Memory |");
  out.push("| --- | ---: | --- | ---: |");
  for (const s of log.steps.slice(0, MAX_STEP_ROWS)) {
    const killed = s.killedLines > 0 ? " \xB7 Killed" : "";
    const memory = memoryOf.has(s.id) ? `${formatSize(memoryOf.get(s.id))} when killed` : "";
    out.push(
      `| ${mdText(short2(s.name, 120))} | ${s.durationMs === null ? "" : `${(s.durationMs / 1e3).toFixed(1)} s`} | ${RESULT[s.result]}${killed} | ${memory} |`
    );
  }
  if (log.steps.length > MAX_STEP_ROWS) out.push(`| \u2026 ${log.steps.length - MAX_STEP_ROWS} more steps | | | |`);
  out.push("");
  if (explanation.otherKills.length > 0)
    for (const line of killList("Other processes the kernel killed during the build", explanation.otherKills)) out.push(line);
  return out.join("\n");
}
var RESULT = { done: "\u2705 done", cached: "\u267B\uFE0F cached", error: "\u274C failed", canceled: "\u23F9 canceled", running: "\u2026 unfinished" };
function memoryChart(samples, limitBytes) {
  if (samples.length < 2) return [];
  const points = downsample(samples, MAX_CHART_POINTS);
  const mib = (b) => Math.round(b / MiB);
  const top = points.reduce((max, p) => Math.max(max, p.bytes), limitBytes ?? 0);
  const lines = [
    "xychart-beta",
    '  title "Build memory (MiB)"',
    `  x-axis "seconds" [${points.map((p) => (p.tMs / 1e3).toFixed(0)).join(", ")}]`,
    `  y-axis "MiB" 0 --> ${mib(top * 1.05) + 1}`,
    `  line [${points.map((p) => mib(p.bytes)).join(", ")}]`
  ];
  if (limitBytes !== null) lines.push(`  line [${points.map(() => mib(limitBytes)).join(", ")}]`);
  return lines;
}
function downsample(samples, max) {
  if (samples.length <= max) return samples;
  const out = [];
  const size = samples.length / max;
  for (let i = 0; i < max; i++) {
    const bucket = samples.slice(Math.floor(i * size), Math.floor((i + 1) * size));
    out.push(bucket.reduce((a, b) => b.bytes > a.bytes ? b : a));
  }
  return out;
}
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
function short2(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// src/runners/lines.ts
var MAX_LINE_BYTES = 64 * 1024;

// src/explain/log-file.ts
var import_node_fs = require("node:fs");
var import_errors3 = require("./shared.js");

// src/core/explain/build-log.ts
var MARKERS = {
  plain: ["DONE", "ACHED", "ERROR", "ANCELED", "Killed", ">>>", "Unavail"].map((m) => Buffer.from(m)),
  legacy: ["Step ", "Running", "Killed", "non-zer", "Success", "ERROR", "Unavail"].map((m) => Buffer.from(m)),
  rawjson: ["vertexe", '"logs"', "ERROR", ">>>", "Unavail"].map((m) => Buffer.from(m))
};
var EMPTY = Buffer.alloc(0);
var LOOKBACK = 8192;
var NEWLINE = 10;
var SLICE = 1024 * 1024;
var LINE_CAP = 64 * 1024;
var LINE_HEAD = 16 * 1024;
var LINE_TAIL = 16 * 1024;
var ELLIPSIS = Buffer.from(" \u2026 ");
var DETECT = 64 * 1024;
var MAX_STEPS = 2e4;
var PLAIN_HEADER = /^#(\d+) (\[.*|exporting to .*)$/;
var PLAIN_STATUS = /^#(\d+) (DONE(?: ([\d.]+)s)?|CACHED|CANCELED|ERROR:? ?(.*))$/;
var PLAIN_OUTPUT = /^#(\d+) [\d.]+ (.*)$/;
var STEP_NAME = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/;
var DEFINITION = /^\[(?:(\S+) )?internal\] load build definition from (.+)$/;
var INTERNAL = /^\[(?:\S+ )?internal\]/;
var LEGACY_STEP = /^Step (\d+)\/(\d+) : (.*)$/;
var EXCERPT_FILE = /^(\S+):(\d+)$/;
var EXCERPT_LINE = /^\s*(\d+) \| >>> /;
var EXIT_CODE = /(?:exit code|non-zero code): (\d+)/;
var ANSI = /\x1b\[[0-9;]*m/g;
function isKilledLine(text) {
  const t = text.replace(ANSI, "").trim();
  return t === "Killed" || /Killed signal terminated program|\bKilled\s*$/.test(t);
}
var BuildState = class {
  steps = /* @__PURE__ */ new Map();
  /** rawjson vertexes seen started, and bake targets with their Dockerfile. */
  started = /* @__PURE__ */ new Set();
  targets = /* @__PURE__ */ new Map();
  /** The targets whose build definition was loaded ('' for a build that is not bake's). */
  definitions = /* @__PURE__ */ new Set();
  legacyCurrent = null;
  failedStepId = null;
  finalError = null;
  exitCode = null;
  outOfMemoryError = false;
  daemonLost = false;
  excerptFile = null;
  excerpt = null;
  succeeded = false;
  dockerfileName = null;
  omittedSteps = 0;
  /** Parsed lines so far: the order plain and legacy steps' spans are given in. */
  seq = 0;
  add(step) {
    this.steps.set(step.id, step);
    if (this.steps.size > MAX_STEPS) this.evict();
  }
  evict() {
    const keep = (s) => s.id === this.failedStepId || s.killedLines > 0 || s.result === "error" || s.result === "running";
    for (const pass of [keep, (s) => s.id === this.failedStepId]) {
      for (const step of this.steps.values()) {
        if (this.steps.size <= MAX_STEPS * 3 / 4) return;
        if (pass(step)) continue;
        this.steps.delete(step.id);
        this.started.delete(step.id);
        this.omittedSteps++;
      }
    }
  }
};
var BuildLogAnalyzer = class {
  format = null;
  /** The log's start, until its format can be told. */
  held = EMPTY;
  /** The line that goes on in the next chunk: whole below LINE_CAP, else its head and tail. */
  pending = [];
  pendingLength = 0;
  pendingCut = false;
  nextStep = 0;
  build = new BuildState();
  finished = [];
  /**
   * The end of the text scanned before, where an excerpt's file name may be: kept at the end
   * of one buffer, reused, since a copy per chunk outlived the chunk and piled up until a full GC.
   */
  tailBuffer = Buffer.alloc(LOOKBACK);
  tailLength = 0;
  get tail() {
    return this.tailBuffer.subarray(LOOKBACK - this.tailLength);
  }
  push(chunk) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = 0; at < bytes.length; at += SLICE) this.pushSlice(bytes.subarray(at, at + SLICE));
  }
  /** The last build of the log (a log of one build, as the action captures it). */
  end() {
    const builds = this.endBuilds();
    return builds[builds.length - 1];
  }
  /**
   * Every build in the log, in order: a log may hold several `docker build`s one after the
   * other (step numbers start again at `#1`), or bake's targets side by side.
   */
  endBuilds() {
    if (this.format === null) {
      this.format = detectFormat(this.held.toString("utf8", 0, DETECT));
      const held = this.held;
      this.held = EMPTY;
      this.pushSlice(held);
    }
    if (this.pendingLength > 0) {
      this.hold(Buffer.from("\n"));
      this.scan(this.takeLine());
    }
    for (const build of this.finishBuild()) this.finished.push(build);
    return this.finished;
  }
  pushSlice(slice) {
    let bytes = slice;
    if (this.format === null) {
      bytes = Buffer.concat([this.held, slice]);
      if (bytes.length < DETECT && (bytes.length < 4096 || bytes.indexOf(NEWLINE) < 0)) {
        this.held = bytes;
        return;
      }
      this.held = EMPTY;
      this.format = detectFormat(bytes.toString("utf8", 0, DETECT));
    }
    const first = bytes.indexOf(NEWLINE);
    if (first < 0) return this.hold(bytes);
    let body = bytes;
    if (this.pendingLength > 0) {
      this.hold(bytes.subarray(0, first + 1));
      this.scan(this.takeLine());
      body = bytes.subarray(first + 1);
    }
    const last = body.lastIndexOf(NEWLINE);
    if (last >= 0) this.scan(body.subarray(0, last + 1));
    this.hold(body.subarray(last + 1));
  }
  /** Keeps a piece of the unfinished line (a copy: the caller may reuse its buffer). */
  hold(piece) {
    if (piece.length === 0) return;
    this.pendingLength += piece.length;
    if (this.pendingCut) {
      const tail = Buffer.concat([this.pending[1], piece.subarray(Math.max(0, piece.length - LINE_TAIL))]);
      this.pending[1] = Buffer.from(tail.subarray(tail.length - LINE_TAIL));
      return;
    }
    this.pending.push(Buffer.from(piece));
    if (this.pendingLength >= LINE_CAP) {
      const all = Buffer.concat(this.pending);
      this.pending = [Buffer.from(all.subarray(0, LINE_HEAD)), Buffer.from(all.subarray(all.length - LINE_TAIL))];
      this.pendingCut = true;
    }
  }
  /** The held line, cut as `cutLine` cuts a long line found whole. */
  takeLine() {
    const line = this.pendingCut ? Buffer.concat([this.pending[0], ELLIPSIS, this.pending[1]]) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    this.pendingCut = false;
    return line;
  }
  /** Parses the marked lines of buf, whole lines ending with a newline. */
  scan(buf) {
    for (let from = 0; from >= 0; ) from = this.scanFrom(buf, from);
    const keep = Math.min(this.tailLength, Math.max(0, LOOKBACK - buf.length));
    this.tailBuffer.copyWithin(LOOKBACK - keep - Math.min(buf.length, LOOKBACK), LOOKBACK - keep);
    buf.copy(this.tailBuffer, LOOKBACK - Math.min(buf.length, LOOKBACK), Math.max(0, buf.length - LOOKBACK));
    this.tailLength = keep + Math.min(buf.length, LOOKBACK);
  }
  /** Parses buf from an offset; returns where to go on from when a new build starts there, else -1. */
  scanFrom(whole, from) {
    const buf = whole.subarray(from);
    const format = this.format ?? "plain";
    const starts = [];
    if (format === "plain") this.findNewSteps(buf, buf.length - 1, starts);
    for (const marker of MARKERS[format]) {
      let at = buf.indexOf(marker);
      while (at >= 0) {
        starts.push((at === 0 ? 0 : buf.lastIndexOf(NEWLINE, at) + 1) * 2);
        at = buf.indexOf(marker, buf.indexOf(NEWLINE, at) + 1);
      }
    }
    starts.sort((a, b) => a - b);
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] >> 1;
      if (i + 1 < starts.length && starts[i + 1] >> 1 === start) continue;
      const end = buf.indexOf(NEWLINE, start);
      let bytes = buf.subarray(start, end);
      if (end + 1 - start >= LINE_CAP) {
        const cut = Buffer.concat([buf.subarray(start, start + LINE_HEAD), ELLIPSIS, buf.subarray(end + 1 - LINE_TAIL, end)]);
        if ((starts[i] & 1) === 0 && !MARKERS[format].some((m) => cut.includes(m))) continue;
        bytes = cut;
      }
      let line = bytes.toString("utf8");
      if (line.endsWith("\r")) line = line.slice(0, -1);
      if (line.includes(">>>")) this.build.excerptFile = this.excerptFileBefore(buf, start) ?? this.build.excerptFile;
      if (this.line(line) === "restart") {
        this.restartPlain(buf, start);
        return from + start;
      }
    }
    return -1;
  }
  /**
   * Step `#1` finished a second time: another build's log follows. Its first step's header
   * came a line or two before and names its Dockerfile.
   */
  restartPlain(buf, start) {
    this.startBuild();
    const before = start >= LOOKBACK ? buf.subarray(start - LOOKBACK, start) : Buffer.concat([this.tail, buf.subarray(0, start)]);
    const at = before.lastIndexOf("\n#1 [");
    if (at >= 0) {
      const end = before.indexOf(NEWLINE, at + 1);
      this.plain(before.toString("utf8", at + 1, end < 0 ? before.length : end).replace(/\r$/, ""));
    }
    this.nextStep = 2;
  }
  startBuild() {
    for (const build of this.finishBuild()) this.finished.push(build);
    this.build = new BuildState();
    this.nextStep = 0;
  }
  /**
   * BuildKit's excerpt starts with the file's name and a line of dashes (`Dockerfile:5`,
   * `-----`), which hold no marker: look back for them from a `>>>` line.
   */
  excerptFileBefore(buf, start) {
    const region = start >= LOOKBACK ? buf.subarray(start - LOOKBACK, start) : Buffer.concat([this.tail, buf.subarray(0, start)]);
    const text = region.toString("utf8");
    const dashes = text.lastIndexOf("\n-----");
    if (dashes < 0) return null;
    const line = text.slice(text.lastIndexOf("\n", dashes - 1) + 1, dashes).trim();
    return EXCERPT_FILE.exec(line)?.[1] ?? null;
  }
  /**
   * BuildKit numbers steps in the order it shows them, and a step's first line is its header:
   * look for the first line of the next numbers (`#12 `) rather than for every header.
   */
  findNewSteps(buf, end, starts) {
    let from = 0;
    if (this.nextStep === 0) this.nextStep = Math.max(0, Number(/^#(\d+) /m.exec(buf.toString("utf8", 0, Math.min(end, 64 * 1024)))?.[1] ?? 1) - 1);
    const lastStart = buf.lastIndexOf(NEWLINE, end - 1) + 1;
    const lastNumber = Number(/^#(\d+) /.exec(buf.toString("latin1", lastStart, Math.min(end, lastStart + 16)))?.[1] ?? -1);
    for (; ; ) {
      let found = -1;
      const tries = lastNumber >= 0 && lastNumber < this.nextStep ? 1 : 3;
      for (let k = this.nextStep; k < this.nextStep + tries && found < 0; k++) {
        const needle = `#${k} `;
        if (buf.subarray(0, needle.length).toString("latin1") === needle) found = 0;
        else {
          const hit = buf.indexOf(`
${needle}`, Math.max(0, from - 65536));
          if (hit >= 0 && hit < end) found = hit + 1;
        }
        if (found >= 0) this.nextStep = k + 1;
      }
      if (found < 0) return;
      starts.push(found * 2 + 1);
      from = found;
    }
  }
  line(line) {
    this.build.seq++;
    if (this.format === "rawjson" && line.startsWith("{")) return this.json(line);
    if (this.format === "legacy") return this.legacy(line);
    return this.plain(line);
  }
  plain(line) {
    const b = this.build;
    let m = PLAIN_STATUS.exec(line);
    if (m) {
      const step = b.steps.get(`#${m[1]}`);
      if (!step) return;
      if (step.id === "#1" && step.result !== "running") return "restart";
      step.span.end = b.seq;
      if (m[2].startsWith("DONE")) {
        step.result = "done";
        step.durationMs = m[3] ? Math.round(Number(m[3]) * 1e3) : null;
        if (step.name.startsWith("exporting") || step.instruction.startsWith("exporting")) b.succeeded = true;
      } else if (m[2] === "CACHED") step.result = "cached";
      else if (m[2] === "CANCELED") step.result = "canceled";
      else this.stepError(step, m[4] ?? m[2]);
      return;
    }
    m = PLAIN_HEADER.exec(line);
    if (m) {
      if (!b.steps.has(`#${m[1]}`)) this.addStep(`#${m[1]}`, m[2], b.seq);
      return;
    }
    m = PLAIN_OUTPUT.exec(line);
    if (m) {
      const step = b.steps.get(`#${m[1]}`);
      if (step && isKilledLine(m[2])) step.killedLines++;
      return;
    }
    this.buildLine(line);
  }
  addStep(id, name, start) {
    const b = this.build;
    const definition = DEFINITION.exec(name);
    if (definition) {
      b.definitions.add(definition[1] ?? "");
      if (definition[1]) b.targets.set(definition[1], definition[2].trim());
      else b.dockerfileName = definition[2].trim();
    }
    const step = newStep(id, name, b.targets);
    step.span.start = start;
    b.add(step);
    return step;
  }
  legacy(line) {
    const b = this.build;
    const m = LEGACY_STEP.exec(line);
    if (m) {
      if (m[1] === "1" && b.steps.size + b.omittedSteps > 0) this.startBuild();
      if (this.build.legacyCurrent) this.build.legacyCurrent.span.end = this.build.seq;
      const step = this.addStep(`Step ${m[1]}`, m[3], this.build.seq);
      step.index = Number(m[1]);
      step.total = Number(m[2]);
      step.result = "done";
      this.build.legacyCurrent = step;
      return;
    }
    const running = /^ ---> Running in ([0-9a-f]{12,64})$/.exec(line);
    if (running && b.legacyCurrent) {
      b.legacyCurrent.containerId = running[1];
      return;
    }
    if (line.startsWith("Successfully built")) {
      b.succeeded = true;
      return;
    }
    if (b.legacyCurrent && isKilledLine(line)) {
      b.legacyCurrent.killedLines++;
      return;
    }
    const failed = /returned a non-zero code: (\d+)/.exec(line);
    if (failed && b.legacyCurrent) {
      this.stepError(b.legacyCurrent, line.replace(ANSI, ""));
    }
    this.buildLine(line);
  }
  json(line) {
    let event;
    try {
      event = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof event !== "object" || event === null) return;
    const { vertexes, logs } = event;
    const valid = Array.isArray(vertexes) ? vertexes.filter(isVertex) : [];
    if (valid.some((v) => this.startsNextBuild(v))) this.startBuild();
    for (const v of valid) this.vertex(v);
    for (const l of Array.isArray(logs) ? logs : []) {
      if (!isLogEvent(l)) continue;
      const step = this.build.steps.get(l.vertex);
      if (!step) continue;
      const text = Buffer.from(l.data, "base64").toString("utf8");
      for (const out of text.split("\n")) if (isKilledLine(out)) step.killedLines++;
    }
  }
  /** A second build definition of the same target: the next build's events. */
  startsNextBuild(v) {
    const definition = v.name ? DEFINITION.exec(v.name) : null;
    return definition !== null && !this.build.steps.has(v.digest) && this.build.definitions.has(definition[1] ?? "");
  }
  vertex(v) {
    const b = this.build;
    let step = b.steps.get(v.digest);
    if (!step) step = this.addStep(v.digest, v.name ?? v.digest, Date.parse(v.started ?? "") || 0);
    if (v.cached) step.result = "cached";
    if (v.started && !b.started.has(v.digest)) {
      b.started.add(v.digest);
      b.steps.delete(v.digest);
      b.steps.set(v.digest, step);
      step.span.start = Date.parse(v.started) || step.span.start;
    }
    if (v.started && v.completed) {
      step.durationMs = Math.max(0, Date.parse(v.completed) - Date.parse(v.started)) || 0;
      step.span.end = Date.parse(v.completed) || null;
      if (step.result === "running") step.result = "done";
      if (step.instruction.startsWith("exporting")) b.succeeded = true;
    }
    if (v.error) this.stepError(step, v.error);
  }
  /** Lines outside any step: the final error and BuildKit's Dockerfile excerpt. */
  buildLine(line) {
    const b = this.build;
    const clean = line.replace(ANSI, "");
    const excerptLine = EXCERPT_LINE.exec(clean);
    if (excerptLine && b.excerptFile) {
      const n = Number(excerptLine[1]);
      if (b.excerpt === null || b.excerpt.file !== b.excerptFile) b.excerpt = { file: b.excerptFile, startLine: n, endLine: n };
      else b.excerpt.endLine = n;
      return;
    }
    const rpc = clean.indexOf("rpc error: ");
    if (rpc >= 0 && /EOF|Unavailable/.test(clean.slice(rpc))) {
      b.daemonLost = true;
      b.finalError = clean.trim();
      return;
    }
    const code = EXIT_CODE.exec(clean);
    if (code) {
      b.exitCode = Number(code[1]);
      b.finalError = clean.trim();
    }
    if (clean.includes("cannot allocate memory")) {
      b.outOfMemoryError = true;
      b.finalError = clean.trim();
    }
  }
  stepError(step, message) {
    const b = this.build;
    step.result = "error";
    step.error = message.trim();
    const code = EXIT_CODE.exec(message);
    if (code) step.exitCode = Number(code[1]);
    if (message.includes("cannot allocate memory")) b.outOfMemoryError = true;
    if (b.failedStepId === null && !/context canceled|^canceled/.test(step.error)) b.failedStepId = step.id;
    if (code && b.exitCode === null) b.exitCode = step.exitCode;
  }
  /** The build just read, or one per target when bake built several. */
  finishBuild() {
    const b = this.build;
    const steps = [...b.steps.values()].filter((s) => !INTERNAL.test(s.name));
    const whole = {
      format: this.format ?? "plain",
      steps,
      failedStepId: b.failedStepId,
      finalError: b.finalError,
      exitCode: b.exitCode,
      outOfMemoryError: b.outOfMemoryError,
      daemonLost: b.daemonLost,
      excerpt: b.excerpt,
      succeeded: b.succeeded && b.failedStepId === null,
      dockerfileName: b.dockerfileName,
      target: null,
      omittedSteps: b.omittedSteps
    };
    if (b.targets.size < 2) return [{ ...whole, dockerfileName: whole.dockerfileName ?? b.targets.values().next().value ?? null }];
    return [...b.targets].map(([target, file]) => {
      const own = steps.filter((s) => s.target === target);
      const failedHere = own.some((s) => s.id === b.failedStepId);
      return {
        ...whole,
        steps: own,
        failedStepId: failedHere ? b.failedStepId : null,
        finalError: failedHere || b.daemonLost ? b.finalError : null,
        exitCode: failedHere ? b.exitCode : null,
        outOfMemoryError: failedHere && b.outOfMemoryError,
        excerpt: failedHere ? b.excerpt : null,
        succeeded: whole.succeeded,
        dockerfileName: file,
        target
      };
    });
  }
};
function isVertex(v) {
  if (typeof v !== "object" || v === null) return false;
  const o = v;
  const optional = (key, type) => o[key] === void 0 || o[key] === null || typeof o[key] === type;
  return typeof o.digest === "string" && optional("name", "string") && optional("started", "string") && optional("completed", "string") && optional("cached", "boolean") && optional("error", "string");
}
function isLogEvent(l) {
  return typeof l === "object" && l !== null && typeof l.vertex === "string" && typeof l.data === "string";
}
function newStep(id, name, targets) {
  const m = STEP_NAME.exec(name);
  let words = m?.[1]?.split(" ") ?? [];
  const bare = /^\[(\S+)\] (.*)$/.exec(name);
  const target = targets.has(words[0]) ? words[0] : bare && targets.has(bare[1]) ? bare[1] : DEFINITION.exec(name)?.[1] ?? null;
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
    error: null,
    exitCode: null,
    containerId: null,
    span: { start: 0, end: null },
    target
  };
}
function detectFormat(text) {
  const head = text.slice(0, DETECT).split("\n");
  for (const raw of head) {
    const line = raw.replace(ANSI, "").trim();
    if (line === "") continue;
    if (line.startsWith('{"')) return "rawjson";
    if (/^#\d+ /.test(line)) return "plain";
    if (/^Step \d+\/\d+ : /.test(line) || line.startsWith("Sending build context")) return "legacy";
  }
  return "plain";
}

// src/explain/log-file.ts
var CHUNK = 128 * 1024;
function analyzeLogFileBuilds(path3) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path3, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  } catch (error2) {
    const code = error2.code;
    throw new import_errors3.InputError(
      `cannot read the build log ${path3}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : error2.message}`
    );
  }
  try {
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (stat.isDirectory()) throw new import_errors3.InputError(`cannot read the build log ${path3}: it is a directory`);
    if (!stat.isFile()) throw new import_errors3.InputError(`cannot read the build log ${path3}: not a regular file (save the log to a file first)`);
    const analyzer = new BuildLogAnalyzer();
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (; ; ) {
      const bytesRead = (0, import_node_fs.readSync)(fd, buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      analyzer.push(buffer.subarray(0, bytesRead));
    }
    return analyzer.endBuilds();
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// src/explain/publish.ts
async function publishExplanation(annotations, summary2) {
  for (const a of annotations) {
    const properties = { file: a.file, startLine: a.startLine, endLine: a.endLine };
    const message = `${a.title}. ${a.message}`;
    if (a.level === "error") error(message, properties);
    else if (a.level === "warning") warning(message, properties);
    else notice(message, properties);
  }
  if (summary2 !== null && process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
}

// src/explain/dockerfile.ts
var import_node_path = __toESM(require("node:path"), 1);
var import_errors5 = require("./shared.js");

// src/files/safe-file.ts
init_node_crypto();
var import_node_fs2 = require("node:fs");
var import_errors4 = require("./shared.js");
var MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
function errorCode(error2) {
  return error2.code;
}
function reason(error2) {
  const code = errorCode(error2);
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ELOOP") return "too many symbolic links";
  return code ?? error2.message;
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}
function openRegularFile(path3, what) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(path3, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK);
  } catch (error2) {
    throw Object.assign(new import_errors4.InputError(`cannot read ${what} ${path3}: ${reason(error2)}`), { code: errorCode(error2) });
  }
  const stat = (0, import_node_fs2.fstatSync)(fd);
  if (!stat.isFile()) {
    (0, import_node_fs2.closeSync)(fd);
    throw new import_errors4.InputError(`cannot read ${what} ${path3}: it is ${kindOf(stat)}, not a regular file`);
  }
  return fd;
}
function readRegularFile(path3, maxBytes, what) {
  const fd = openRegularFile(path3, what);
  try {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (; ; ) {
      let n;
      try {
        n = (0, import_node_fs2.readSync)(fd, chunk, 0, chunk.length, null);
      } catch (error2) {
        throw new import_errors4.InputError(`cannot read ${what} ${path3}: ${reason(error2)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new import_errors4.InputError(`${what} ${path3} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}

// src/explain/dockerfile.ts
var MAX_DOCKERFILE = 1024 * 1024;
async function readDockerfile(workspace, file) {
  try {
    return await readGivenDockerfile(workspace, file);
  } catch {
    return null;
  }
}
async function readGivenDockerfile(workspace, file) {
  const absolute = import_node_path.default.resolve(workspace, file);
  let content;
  try {
    content = readRegularFile(absolute, MAX_DOCKERFILE, "the Dockerfile").toString("utf8");
  } catch (error2) {
    throw new import_errors5.InputError(error2.message.replace(absolute, file));
  }
  const { mapDockerfile } = await import("./chunks/lazy-core-explain-dockerfile-map.mjs");
  return { path: import_node_path.default.relative(workspace, absolute).split(import_node_path.default.sep).join("/"), instructions: mapDockerfile(content) };
}

// src/explain/saved-log.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"), 1);

// src/core/explain/builds.ts
function explainBuilds(builds, plan2) {
  const explained = builds.map((b) => ({ ...b, explanation: explainBuild({ log: b.log, dockerfile: b.dockerfile, outcome: null, kills: [], plan: plan2 }) }));
  const all = [];
  for (const b of explained) for (const a of b.explanation.annotations) all.push(a);
  const summaries = explained.map((b, i) => {
    const summary2 = buildSummary(b.log, b.explanation, null, plan2);
    return explained.length === 1 ? summary2 : `### Build ${i + 1} of ${explained.length}: ${mdText(buildLabel(b))}

${summary2}`;
  });
  return { builds: explained, annotations: aggregate(all), summary: summaries.join("\n"), killed: explained.some((b) => b.explanation.findings.length > 0) };
}
function buildLabel(b) {
  const file = b.dockerfile?.path ?? b.log.dockerfileName ?? "Dockerfile unknown";
  return b.log.target ? `target ${b.log.target} (${file})` : file;
}
function chooseDockerfile(name, given, onlyBuild, inWorkspace) {
  const none = { path: null, problem: null, search: false };
  const named = name === null ? [] : given.filter((g) => baseName2(g) === baseName2(name));
  if (named.length === 1) return { ...none, path: named[0] };
  if (named.length > 1) return { ...none, problem: `the build of ${name} matches several --file values (${named.join(", ")})` };
  if (given.length === 1 && (name === null || onlyBuild)) return { ...none, path: given[0] };
  if (name === null) return { ...none, problem: given.length > 1 ? "a build names no Dockerfile in the log, and several --file values were given" : null };
  if (inWorkspace === null) return { ...none, search: true };
  if (inWorkspace.length === 1) return { ...none, path: inWorkspace[0] };
  if (inWorkspace.length === 0) return { ...none, problem: `no ${name} in the workspace: its build's annotations carry no line (give --file)` };
  const listed = inWorkspace.slice(0, 5).join(", ");
  return {
    ...none,
    problem: `${inWorkspace.length} files named ${name} in the workspace (${listed}${inWorkspace.length > 5 ? ", \u2026" : ""}): give --file to say which one the build used`
  };
}
function baseName2(path3) {
  return path3.split(/[\\/]/).pop() ?? path3;
}

// src/explain/saved-log.ts
var MAX_DIRS = 2e3;
var MAX_DEPTH = 6;
async function explainSavedLogBuilds(logPath, files, workspace) {
  const given = [];
  for (const file of files) {
    given.push(await readGivenDockerfile(workspace, file));
  }
  const logs = analyzeLogFileBuilds(logPath);
  const problems = [];
  const searched = /* @__PURE__ */ new Map();
  const builds = [];
  for (const log of logs) {
    const name = log.dockerfileName;
    let choice = chooseDockerfile(
      name,
      given.map((g) => g.path),
      logs.length === 1,
      null
    );
    if (choice.search && name !== null) {
      if (!searched.has(name)) searched.set(name, findInWorkspace(workspace, import_node_path2.default.basename(name)));
      choice = chooseDockerfile(
        name,
        given.map((g) => g.path),
        logs.length === 1,
        searched.get(name)
      );
    }
    if (choice.problem && !problems.includes(choice.problem)) problems.push(choice.problem);
    const dockerfile = choice.path === null ? null : given.find((g) => g.path === choice.path) ?? await readDockerfile(workspace, choice.path);
    builds.push({ log, dockerfile });
  }
  return { ...explainBuilds(builds, null), problems };
}
async function explainSavedLog(logPath, file, workspace) {
  const all = await explainSavedLogBuilds(logPath, file ? [file] : [], workspace);
  const main = all.builds.find((b) => b.log.failedStepId !== null) ?? all.builds[all.builds.length - 1];
  const findings = all.builds.flatMap((b) => b.explanation.findings);
  return { log: main.log, explanation: { ...main.explanation, findings, annotations: all.annotations }, summary: all.summary };
}
function findInWorkspace(workspace, name) {
  const found = [];
  let level = [workspace];
  let dirs = 0;
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0 && dirs < MAX_DIRS; depth++) {
    const next = [];
    for (const dir of level) {
      if (++dirs > MAX_DIRS) break;
      let entries = [];
      try {
        entries = (0, import_node_fs3.readdirSync)(dir, { withFileTypes: true });
      } catch {
      }
      for (const e of entries) {
        if (e.isFile() && e.name === name) found.push(import_node_path2.default.relative(workspace, import_node_path2.default.join(dir, e.name)).split(import_node_path2.default.sep).join("/"));
        else if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") next.push(import_node_path2.default.join(dir, e.name));
      }
    }
    level = next;
  }
  return found.sort();
}

// src/action/inputs.ts
var import_errors16 = require("./shared.js");

// src/core/build/request.ts
var import_errors13 = require("./shared.js");

// src/core/enforce/mechanism.ts
var import_errors6 = require("./shared.js");
var STEP_FLOOR_BYTES = 16 * MiB;
var DAEMON_FLOOR_BYTES = 64 * MiB;

// src/core/inputs.ts
var import_errors12 = require("./shared.js");

// src/core/plan/fit.ts
var import_errors7 = require("./shared.js");

// src/core/plan/ollama.ts
var import_errors8 = require("./shared.js");
var OLLAMA_MODELS = [
  { name: "qwen2.5:7b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 10 * GiB, quality: "Best", rank: 4 },
  { name: "llama3.1:8b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 8 * GiB, quality: "Excellent", rank: 3 },
  { name: "mistral:7b", sizeBytes: 4.1 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 7 * GiB, quality: "Very Good", rank: 2 },
  { name: "phi3:mini", sizeBytes: 2.3 * GiB, ramBytes: 4 * GiB, dockerMemoryBytes: 5 * GiB, quality: "Basic", rank: 1 }
];

// src/core/plan/layers.ts
var import_errors10 = require("./shared.js");

// src/core/history/peaks.ts
init_node_crypto();
var import_errors9 = require("./shared.js");

// src/core/plan/layers.ts
var DOCKER_MIN_MEMORY = 6 * MiB;
var ENGINE_OVERHEAD = 2 * GiB;
var STARVED_BUILD_BYTES = 512 * MiB;

// src/core/publish.ts
var import_errors11 = require("./shared.js");

// src/core/resize/request.ts
var import_errors15 = require("./shared.js");

// src/core/resize/target.ts
var import_errors14 = require("./shared.js");

// src/action/inputs.ts
function readExplainInputs() {
  const logPath = getInput("log");
  if (logPath === "") throw new import_errors16.InputError("log is required: the path of the saved build log");
  return { logPath, file: getInput("file") || null };
}

// src/action/explain.ts
async function runExplain() {
  try {
    const { logPath, file } = readExplainInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const { explanation, summary: summary2 } = await explainSavedLog(logPath, file, workspace);
    setOutput("oom-killed", String(explanation.findings.length > 0));
    setOutput("annotations", String(explanation.annotations.length));
    await publishExplanation(explanation.annotations, summary2);
  } catch (error2) {
    setFailed(error2 instanceof import_errors17.InputError ? error2.message : `docker-memory-action explain failed: ${error2.message}`);
  }
}

// src/entries/explain.ts
void runExplain();

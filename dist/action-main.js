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
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// on-first-call:node:crypto
function randomBytes(...args) {
  return load().randomBytes(...args);
}
var load;
var init_node_crypto = __esm({
  "on-first-call:node:crypto"() {
    load = () => require("node:crypto");
  }
});

// src/entries/action-main.ts
var action_main_exports = {};
__export(action_main_exports, {
  run: () => run
});
module.exports = __toCommonJS(action_main_exports);

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
function issue(name, message = "") {
  issueCommand(name, {}, message);
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
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
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
function info(message) {
  process.stdout.write(message + os3.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/core/plan/on-insufficient.ts
function stopsForInsufficient(plan2) {
  return plan2.status === "insufficient" && plan2.onInsufficient !== "warn";
}

// src/entries/action-main.ts
var import_errors18 = require("./shared.js");

// src/core/enforce/mechanism.ts
var import_errors2 = require("./shared.js");

// src/core/units.ts
var import_errors = require("./shared.js");
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var UNIT = { "": 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt])i?)?b?$/i;
var PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
function parseSize(input, what = "size") {
  const text = input.trim();
  const m = SIZE.exec(text);
  if (!m) {
    throw new import_errors.InputError(`${what} "${input}" is not a size: use a number with a unit, like 512m, 20g or 1.5g`);
  }
  const bytes = Math.floor(Number(m[1]) * UNIT[(m[2] ?? "").toLowerCase()]);
  if (!Number.isSafeInteger(bytes)) {
    throw new import_errors.InputError(`${what} "${input}" is too large`);
  }
  return bytes;
}
function bareNumberHint(text, example = "4g", zeroNote = "") {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return "";
  if (Number(t) === 0) return ` (0 is no size${zeroNote}: give one such as ${example})`;
  return ` (a bare number is bytes; did you mean ${Number(t)}g?)`;
}
function parseSizeOrPercent(input, what = "size") {
  const m = PERCENT.exec(input.trim());
  if (m) {
    const percent = Number(m[1]);
    if (percent <= 0 || percent > 100) {
      throw new import_errors.InputError(`${what} "${input}" must be a percentage above 0% and at most 100%`);
    }
    return { kind: "percent", percent };
  }
  return { kind: "bytes", bytes: parseSize(input, what) };
}
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
function toWholeGiB(bytes) {
  return Math.ceil(bytes / GiB);
}

// src/core/enforce/mechanism.ts
var STEP_FLOOR_BYTES = 16 * MiB;
var DAEMON_FLOOR_BYTES = 64 * MiB;

// src/core/plan/fit.ts
var import_errors3 = require("./shared.js");
var LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function parseRunnerLabels(text) {
  const out = [];
  for (const entry of text.split(/[\n,]/).map((l) => l.replace(/#.*/, "").trim()).filter((l) => l !== "")) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) throw new import_errors3.InputError(`runner-labels line "${entry}" is not label=size (for example ubuntu-latest=14.9g)`);
    const [, label, size] = m;
    if (!LABEL.test(label)) throw new import_errors3.InputError(`runner-labels line "${entry}": "${label}" is not a runner label (letters, digits, . _ -)`);
    if (out.some((r) => r.label === label)) throw new import_errors3.InputError(`runner-labels names "${label}" twice`);
    out.push({ label, bytes: parseSize(size, `runner-labels size for ${label}`) });
  }
  return out.sort((a, b) => a.bytes - b.bytes);
}
function smallestLabelFor(labels, bytes) {
  return [...labels].sort((a, b) => a.bytes - b.bytes).find((r) => r.bytes >= bytes) ?? null;
}
function fitOf(fit, labels, source) {
  if (fit === null) return { fits: null, needsMemoryBytes: null, largerRunner: null, source: "none" };
  return { fits: fit.fits, needsMemoryBytes: fit.requiredTotalBytes, largerRunner: smallestLabelFor(labels, fit.requiredTotalBytes)?.label ?? null, source };
}
function fitSentence(fit, labels) {
  if (fit.fits === null || fit.needsMemoryBytes === null) return "No peak is known yet, so whether the build fits this runner is not known (fits is empty).";
  const where = fit.source === "build" ? "this build" : "earlier runs";
  const runner = labels.length === 0 ? "no runner-labels were given to choose a larger one from" : fit.largerRunner ? `the smallest of runner-labels that has it is ${fit.largerRunner}` : `none of runner-labels (largest ${labels.at(-1)?.label}, ${formatSize(labels.at(-1)?.bytes ?? 0)}) has it`;
  return `From the peak of ${where}, the build needs a machine with ${formatSize(fit.needsMemoryBytes)}: it ${fit.fits ? "fits" : "does NOT fit"} this runner; ${runner}.`;
}

// src/core/plan/layers.ts
var import_errors7 = require("./shared.js");

// src/core/history/peaks.ts
init_node_crypto();
var import_errors4 = require("./shared.js");

// src/core/plan/parallelism.ts
function planParallelism(request) {
  const { buildBytes, memoryPerJobBytes, cpus: cpus2 } = request;
  const platforms = Math.max(1, request.platforms);
  const reasons = [];
  const measured = request.steps.map((s) => s.bytes).sort((a, b) => b - a);
  let together;
  let source;
  if (measured.length > 0) {
    source = "history";
    together = [];
    let sum = 0;
    for (const bytes of measured) {
      if (sum + bytes > buildBytes) break;
      together.push(bytes);
      sum += bytes;
    }
    if (together.length === measured.length) {
      const more = Math.floor((buildBytes - sum) / measured[0]);
      for (let i = 0; i < more; i++) together.push(measured[0]);
    }
    if (together.length === 0) together = [measured[0]];
    const heaviest = formatSize(measured[0]);
    reasons.push(
      together.length === 1 ? `max-parallelism 1: the heaviest measured step (${heaviest}) ${measured[0] > buildBytes ? "alone exceeds" : "leaves no room for another in"} the ${formatSize(buildBytes)} build limit.` : together.length >= measured.length ? `max-parallelism ${together.length}: ${measured.length === 1 ? "the one measured step" : `the ${measured.length} measured steps`} (${measured.map(formatSize).join(" + ")})${together.length > measured.length ? ` and ${together.length - measured.length} more of ${heaviest}` : ""} fit the ${formatSize(buildBytes)} build limit together.` : `max-parallelism ${together.length}: the ${together.length} heaviest of the ${measured.length} measured steps (${together.map(formatSize).join(" + ")}) fit the ${formatSize(buildBytes)} build limit together; one more (${formatSize(measured[together.length])}) would not.`
    );
  } else {
    source = "memory-per-job";
    const k = Math.max(1, Math.floor(buildBytes / memoryPerJobBytes));
    together = Array.from({ length: k }, () => memoryPerJobBytes);
    reasons.push(
      `max-parallelism ${k}: no step of this build was measured, so each is expected to take memory-per-job (${formatSize(memoryPerJobBytes)}), and ${formatSize(buildBytes)} holds ${k}.`
    );
  }
  const maxParallelism = together.length;
  const copies = Math.min(platforms, maxParallelism);
  const held = Math.floor(buildBytes / (memoryPerJobBytes * copies));
  const byMemory = Math.max(1, held);
  const jobs = Math.max(1, Math.min(cpus2, byMemory));
  const share = copies > 1 ? ` shared by the ${copies} platforms' copies of a step running at once` : "";
  reasons.push(
    byMemory < cpus2 ? `${jobs} parallel job${jobs === 1 ? "" : "s"}: ${formatSize(buildBytes)}${share} holds ${held < 1 ? "less than one job" : byMemory} at ${formatSize(memoryPerJobBytes)} each, fewer than the ${cpus2} CPUs.` : `${jobs} parallel job${jobs === 1 ? "" : "s"}: one per CPU (${cpus2}), and ${formatSize(buildBytes)}${share} holds ${byMemory} at ${formatSize(memoryPerJobBytes)} each.`
  );
  return { maxParallelism, jobs, source, together, measured, reasons };
}
function buildkitdConfig(maxParallelism) {
  return `[worker.oci]
  max-parallelism = ${maxParallelism}
`;
}

// src/core/history/peaks.ts
function headroomFor(peakBytes) {
  return Math.max(512 * MiB, Math.ceil(peakBytes / 4));
}
function neededBuildBytes(peakBytes) {
  return peakBytes + headroomFor(peakBytes);
}
var GITHUB_RUNNERS = [
  { label: "ubuntu-slim", os: "linux", arch: "x64", cpus: 1, memoryGB: 5, docker: false, larger: false },
  { label: "macos-latest", os: "macos", arch: "arm64", cpus: 3, memoryGB: 7, docker: false, larger: false },
  { label: "macos-15-intel", os: "macos", arch: "x64", cpus: 4, memoryGB: 14, docker: false, larger: false },
  { label: "windows-latest", os: "windows", arch: "x64", cpus: 4, memoryGB: 16, docker: false, larger: false },
  { label: "ubuntu-latest", os: "linux", arch: "x64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "ubuntu-24.04-arm", os: "linux", arch: "arm64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "a larger runner with 8 CPUs", os: "linux", arch: "x64", cpus: 8, memoryGB: 32, docker: true, larger: true },
  { label: "a larger runner with 16 CPUs", os: "linux", arch: "x64", cpus: 16, memoryGB: 64, docker: true, larger: true },
  { label: "a larger runner with 32 CPUs", os: "linux", arch: "x64", cpus: 32, memoryGB: 128, docker: true, larger: true },
  { label: "a larger runner with 64 CPUs", os: "linux", arch: "x64", cpus: 64, memoryGB: 256, docker: true, larger: true },
  { label: "a larger runner with 96 CPUs", os: "linux", arch: "x64", cpus: 96, memoryGB: 384, docker: true, larger: true }
];
function runnerBytes(runner) {
  return runner.memoryGB * 1e9;
}
function smallestRunnerFor(totalBytes, arch) {
  return GITHUB_RUNNERS.filter((r) => r.docker && (arch === void 0 || r.arch === arch)).sort((a, b) => a.memoryGB - b.memoryGB).find((r) => runnerBytes(r) >= totalBytes) ?? null;
}
function runnerName(runner) {
  return runner.larger ? `${runner.label} (${runner.memoryGB} GB)` : `${runner.label} (${runner.cpus} CPUs, ${runner.memoryGB} GB)`;
}
function peakSentence(peak) {
  const needed = neededBuildBytes(peak.bytes);
  const runs = peak.runs === 1 ? "its one recorded run" : `the highest of its last ${peak.runs} recorded runs`;
  return `This build (${peak.key}) peaked at ${formatSize(peak.bytes)} (${runs}); with ${formatSize(needed - peak.bytes)} headroom it needs a build limit of ${formatSize(needed)}.`;
}

// src/core/plan/ollama.ts
var import_errors5 = require("./shared.js");
var OLLAMA_MODELS = [
  { name: "qwen2.5:7b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 10 * GiB, quality: "Best", rank: 4 },
  { name: "llama3.1:8b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 8 * GiB, quality: "Excellent", rank: 3 },
  { name: "mistral:7b", sizeBytes: 4.1 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 7 * GiB, quality: "Very Good", rank: 2 },
  { name: "phi3:mini", sizeBytes: 2.3 * GiB, ramBytes: 4 * GiB, dockerMemoryBytes: 5 * GiB, quality: "Basic", rank: 1 }
];
var AUTO_MODEL_SHARE = 0.7;
function parseOllamaModel(input) {
  const name = input.trim().toLowerCase();
  if (name === "" || name === "none") return null;
  if (name === "auto") return { kind: "auto" };
  const model = OLLAMA_MODELS.find((m) => m.name === name);
  if (!model) {
    throw new import_errors5.InputError(`ollama-model "${input}" is not a known model: use auto or one of ${OLLAMA_MODELS.map((m) => m.name).join(", ")}`);
  }
  return { kind: "model", model };
}
function autoModel(totalBytes) {
  const budget = totalBytes * AUTO_MODEL_SHARE;
  const fitting = OLLAMA_MODELS.filter((m) => m.ramBytes <= totalBytes && m.dockerMemoryBytes <= budget);
  return fitting.length > 0 ? best(fitting) : smallest();
}
function largestModelWithin(budgetBytes) {
  const fitting = OLLAMA_MODELS.filter((m) => m.dockerMemoryBytes <= budgetBytes);
  return fitting.length > 0 ? best(fitting) : null;
}
function best(models) {
  return models.reduce((a, b) => b.rank > a.rank ? b : a);
}
function smallest() {
  return OLLAMA_MODELS.reduce((a, b) => b.dockerMemoryBytes < a.dockerMemoryBytes ? b : a);
}

// src/core/plan/profiles.ts
var import_errors6 = require("./shared.js");
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
function parseProfile(input) {
  const name = input.trim().toLowerCase();
  if (PROFILES.includes(name)) return name;
  throw new import_errors6.InputError(`profile "${input}" is not one of ${PROFILES.join(", ")}`);
}
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

// src/core/plan/layers.ts
var DOCKER_MIN_MEMORY = 6 * MiB;
var ENGINE_OVERHEAD = 2 * GiB;
var STARVED_BUILD_BYTES = 512 * MiB;
var notes = () => ({ reasons: [], problems: [], adjustments: [] });
function defaultReserve(basisBytes) {
  return Math.min(8 * GiB, Math.max(1 * GiB, Math.round(basisBytes * 0.1)));
}
function machineLayer(facts, request) {
  const out = notes();
  const override = request.totalMemoryBytes !== null;
  const physicalBytes = request.totalMemoryBytes ?? facts.memory.totalBytes;
  const rawCgroup = override ? null : facts.cgroup?.memoryLimitBytes ?? null;
  const cgroupLimitBytes = rawCgroup !== null && rawCgroup < physicalBytes ? rawCgroup : null;
  const totalBytes = cgroupLimitBytes ?? physicalBytes;
  const totalSource = override ? "override" : cgroupLimitBytes !== null ? "cgroup" : "physical";
  if (totalSource === "cgroup") {
    out.reasons.push(
      `This job runs in a cgroup limited to ${formatSize(totalBytes)} (${facts.cgroup?.memoryLimitPath}), less than the ${formatSize(physicalBytes)} the host has: the plan uses the limit.`
    );
  } else if (totalSource === "override") {
    out.reasons.push(`Planned for a machine with ${formatSize(totalBytes)} (given), not for this one.`);
  }
  let availableBytes = override ? totalBytes : facts.memory.availableBytes;
  const cg = facts.cgroup;
  if (!override && cgroupLimitBytes !== null && cg?.memoryUsageBytes != null) {
    const inUse = Math.max(0, cg.memoryUsageBytes - (cg.memoryReclaimableBytes ?? 0));
    availableBytes = Math.min(availableBytes, cgroupLimitBytes - inUse);
  }
  availableBytes = Math.min(totalBytes, Math.max(0, availableBytes));
  const { cpus: cpus2, cpusSource } = effectiveCpus(facts, request.cpus);
  const swapBytes = override ? 0 : facts.memory.swapTotalBytes;
  return { machine: { totalBytes, totalSource, physicalBytes, cgroupLimitBytes, availableBytes, swapBytes, cpus: cpus2, cpusSource }, notes: out };
}
function engineLayer(facts, machine, request) {
  const out = notes();
  const override = request.totalMemoryBytes !== null;
  const totalBytes = machine.totalBytes;
  const docker = override ? null : facts.docker;
  let engineBytes = totalBytes;
  if (docker) {
    engineBytes = docker.memTotalBytes;
    if (!docker.inVm && engineBytes > totalBytes) {
      out.reasons.push(`Docker reports the host's ${formatSize(engineBytes)}, but this job may use only ${formatSize(totalBytes)}: the plan uses ${formatSize(totalBytes)}.`);
      engineBytes = totalBytes;
    } else if (docker.inVm && engineBytes > totalBytes) {
      out.reasons.push(
        `Docker runs in a VM (${docker.backend}) given ${formatSize(engineBytes)}, more than the ${formatSize(totalBytes)} this job may use: the plan uses ${formatSize(totalBytes)}.`
      );
    } else if (docker.inVm) {
      out.reasons.push(`Docker runs in a VM (${docker.backend}) with ${formatSize(engineBytes)} of the machine's ${formatSize(totalBytes)}.`);
    }
  } else if (!override) {
    out.reasons.push(
      `No Docker engine answered${facts.dockerAbsentReason ? ` (${facts.dockerAbsentReason})` : ""}: the plan assumes it will get this machine's memory.`
    );
  }
  const engine = {
    bytes: engineBytes,
    source: docker ? "docker" : "assumed",
    backend: docker?.backend ?? "engine",
    inVm: docker?.inVm ?? false
  };
  const basisBytes = Math.min(totalBytes, engineBytes);
  const reserveBytes = request.reserveMemoryBytes ?? defaultReserve(basisBytes);
  if (request.reserveMemoryBytes === null) {
    out.reasons.push(`${formatSize(reserveBytes)} is kept for the OS and the runner (10 % of ${formatSize(basisBytes)}, between 1 and 8 GiB).`);
  }
  const usableBytes = Math.max(0, basisBytes - reserveBytes);
  if (usableBytes === 0) {
    out.problems.push({
      layer: "machine",
      message: `reserve-memory ${formatSize(reserveBytes)} leaves nothing of the ${formatSize(basisBytes)} this job has`,
      fix: `lower reserve-memory below ${formatSize(basisBytes)}`
    });
  }
  return { engine, basisBytes, reserveBytes, usableBytes, notes: out };
}
function containersLayer(request, machine, engine) {
  const out = notes();
  const containers = request.containers.map((c) => ({ ...c }));
  let ollama = null;
  if (request.ollama) {
    const fixedBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
    let model;
    let choice;
    if (request.ollama.kind === "auto") {
      model = autoModel(machine.totalBytes);
      choice = "auto";
      out.reasons.push(`Ollama model ${model.name} is the best whose container (${formatSize(model.dockerMemoryBytes)}) fits in 70 % of ${formatSize(machine.totalBytes)}.`);
    } else {
      model = request.ollama.model;
      choice = "explicit";
    }
    const room = engine.usableBytes - fixedBytes;
    if (request.onInsufficient === "downgrade") {
      const smaller = largestModelWithin(room - STARVED_BUILD_BYTES) ?? largestModelWithin(room);
      if (smaller && smaller.rank < model.rank) {
        const need = model.dockerMemoryBytes > room ? `needs ${formatSize(model.dockerMemoryBytes)} but only ${formatSize(Math.max(0, room))} is free for it` : `(${formatSize(model.dockerMemoryBytes)}) would leave the build ${formatSize(room - model.dockerMemoryBytes)}, less than the ${formatSize(STARVED_BUILD_BYTES)} it needs`;
        out.adjustments.push(
          `Ollama model ${model.name} ${need}: using ${smaller.name} (${formatSize(smaller.dockerMemoryBytes)}), which leaves ${formatSize(room - smaller.dockerMemoryBytes)} for the build.`
        );
        model = smaller;
        choice = "downgraded";
      }
    }
    ollama = { model: model.name, memoryBytes: model.dockerMemoryBytes, quality: model.quality, choice };
    containers.push({ name: "ollama", bytes: model.dockerMemoryBytes, model: model.name });
  }
  const containerBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
  const downgradeHelps = ollama !== null && request.onInsufficient !== "downgrade" && largestModelWithin(ollama.memoryBytes - 1) !== null;
  for (const c of containers) {
    if (c.bytes > engine.engine.bytes) {
      out.problems.push({
        layer: "engine",
        message: `container ${c.name} needs ${formatSize(c.bytes)} but Docker's engine has ${formatSize(engine.engine.bytes)}`,
        fix: engineFix(engine.engine.inVm, c.bytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
      });
    }
  }
  if (containers.length > 0 && containerBytes > engine.usableBytes && out.problems.length === 0) {
    out.problems.push({
      layer: "engine",
      message: `containers need ${formatSize(containerBytes)} together but only ${formatSize(engine.usableBytes)} is usable (${formatSize(engine.basisBytes)} less ${formatSize(engine.reserveBytes)} reserve)`,
      fix: engineFix(engine.engine.inVm, containerBytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
    });
  }
  return { containers, ollama, containerBytes, roomBytes: Math.max(0, engine.usableBytes - containerBytes), notes: out };
}
function buildLayer(request, machine, engine, containers, problemsSoFar) {
  const out = notes();
  const { basisBytes, reserveBytes } = engine;
  const { roomBytes, containerBytes } = containers;
  const profileBytes = profileMemory(request.profile, basisBytes);
  if (request.buildMemory === null) {
    const bytes2 = Math.min(profileBytes, roomBytes);
    out.reasons.push(
      `The ${request.profile} profile gives ${formatSize(profileBytes)} of ${formatSize(basisBytes)} (its table: 16 GiB\u2192${formatSize(profileMemory(request.profile, 16 * GiB))}, 64 GiB\u2192${formatSize(profileMemory(request.profile, 64 * GiB))}).`
    );
    if (roomBytes < profileBytes) out.reasons.push(`Containers and the reserve leave ${formatSize(roomBytes)}, so the build gets that.`);
    if (bytes2 < STARVED_BUILD_BYTES && problemsSoFar.length === 0) {
      out.problems.push({
        layer: "build",
        message: `only ${formatSize(bytes2)} is left for the build once containers (${formatSize(containerBytes)}) and the reserve (${formatSize(reserveBytes)}) are taken`,
        fix: containers.containers.length > 0 ? "give the containers less memory or use a larger runner" : "use a larger runner or a smaller reserve-memory"
      });
    }
    return { build: { bytes: bytes2, source: "profile", profileBytes }, notes: out };
  }
  let bytes;
  const source = request.buildMemory.kind === "percent" ? "percent" : "size";
  if (request.buildMemory.kind === "percent") {
    bytes = Math.floor(machine.availableBytes * request.buildMemory.percent / 100);
    if (bytes < STEP_FLOOR_BYTES) {
      throw new import_errors7.InputError(
        `build-memory ${request.buildMemory.percent}% of the ${formatSize(machine.availableBytes)} available is ${formatSize(bytes)}, below the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`
      );
    }
    out.reasons.push(`build-memory ${request.buildMemory.percent}% of the ${formatSize(machine.availableBytes)} available now is ${formatSize(bytes)}.`);
  } else {
    bytes = request.buildMemory.bytes;
    out.reasons.push(`build-memory ${formatSize(bytes)} was given.`);
  }
  const containersFailed = problemsSoFar.some((p) => p.layer === "engine");
  const buildRoom = containersFailed ? engine.usableBytes : roomBytes;
  if (bytes > buildRoom) {
    if (request.onInsufficient === "downgrade" && roomBytes >= STEP_FLOOR_BYTES) {
      out.adjustments.push(`build-memory ${formatSize(bytes)} does not fit in the ${formatSize(roomBytes)} left: lowered to ${formatSize(roomBytes)}.`);
      bytes = roomBytes;
    } else {
      const fixes = [`set build-memory to at most ${formatSize(buildRoom)}`];
      const fromProfile = Math.min(profileBytes, buildRoom);
      if (fromProfile >= STARVED_BUILD_BYTES) fixes.push(`leave it empty for the ${request.profile} profile (${formatSize(fromProfile)})`);
      const machineBytes = totalGiving(bytes + (containersFailed ? 0 : containerBytes), request.reserveMemoryBytes);
      fixes.push(`use a machine with at least ${formatSize(machineBytes)}${runnerFor(machineBytes)}`);
      out.problems.push({
        layer: "build",
        message: `build-memory ${formatSize(bytes)} is more than the ${formatSize(buildRoom)} this machine can give a build (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve${containerBytes > 0 && !containersFailed ? ` and ${formatSize(containerBytes)} of containers` : ""})`,
        fix: fixes.join(", ").replace(/, ([^,]*)$/, ", or $1")
      });
    }
  }
  return { build: { bytes, source, profileBytes }, notes: out };
}
function historyLayer(request, build, containers) {
  const out = notes();
  const peak = request.knownPeak;
  if (!peak) return { build, history: void 0, notes: out };
  const { roomBytes, containerBytes } = containers;
  const needed = neededBuildBytes(peak.bytes);
  const requiredTotalBytes = totalGiving(needed + containerBytes, request.reserveMemoryBytes);
  const runnerText = runnerFor(requiredTotalBytes);
  let next = build;
  out.reasons.push(peakSentence(peak));
  if (peak.bytes > roomBytes) {
    out.problems.push({
      layer: "build",
      message: `this build peaked at ${formatSize(peak.bytes)} before (${peak.key}), more than the ${formatSize(roomBytes)} this machine can give a build: it would be OOM-killed`,
      fix: `use a machine with at least ${formatSize(requiredTotalBytes)}${runnerText}`
    });
  } else if (build.source === "profile" && build.bytes < needed) {
    next = { ...build, bytes: Math.min(needed, roomBytes), source: "history" };
    out.reasons.push(
      next.bytes < needed ? `The build gets all ${formatSize(roomBytes)} this machine can give, above the peak but with less headroom than planned; a machine with ${formatSize(requiredTotalBytes)} gives it all${runnerText}.` : `The profile's ${formatSize(build.profileBytes)} is below that, so the build gets ${formatSize(next.bytes)}.`
    );
  } else if (build.source !== "profile" && build.bytes < peak.bytes) {
    out.problems.push({
      layer: "build",
      message: `build-memory ${formatSize(build.bytes)} is below the ${formatSize(peak.bytes)} this build peaked at before (${peak.key})`,
      fix: `set build-memory to at least ${formatSize(Math.min(needed, roomBytes))}, or leave it empty to plan from the history`
    });
  } else if (build.source !== "profile" && build.bytes < needed) {
    out.reasons.push(`build-memory ${formatSize(build.bytes)} holds the known peak but less than the planned headroom; ${formatSize(needed)} would hold it all.`);
  }
  const history = {
    key: peak.key,
    peakBytes: peak.bytes,
    runs: peak.runs,
    neededBuildBytes: needed,
    requiredTotalBytes,
    fits: peak.bytes <= roomBytes,
    fitsWithHeadroom: needed <= roomBytes,
    runner: smallestRunnerFor(requiredTotalBytes)
  };
  return { build: next, history, notes: out };
}
function buildFloorProblem(build, problemsSoFar) {
  if (build.bytes >= STEP_FLOOR_BYTES || problemsSoFar.length > 0) return null;
  return {
    layer: "build",
    message: `no memory is left for the build (${formatSize(build.bytes)}, below the ${formatSize(STEP_FLOOR_BYTES)} a build step needs): no build limit is published`,
    fix: "free memory in the layers above (containers, reserve-memory) or use a larger runner"
  };
}
function parallelismLayer(buildBytes, cpus2, memoryPerJobBytes, platforms = 1, steps = []) {
  const out = notes();
  const parallelism = planParallelism({ buildBytes, cpus: cpus2, memoryPerJobBytes, platforms, steps });
  out.reasons.push(...parallelism.reasons);
  return { parallelism, notes: out };
}
function fitFor(peakBytes, roomBytes, containerBytes, reserveMemoryBytes) {
  const needed = neededBuildBytes(peakBytes);
  return { neededBuildBytes: needed, requiredTotalBytes: totalGiving(needed + containerBytes, reserveMemoryBytes), fits: needed <= roomBytes };
}
function runnerFor(totalBytes) {
  const runner = smallestRunnerFor(totalBytes);
  return runner ? `; the smallest GitHub-hosted runner with that is ${runnerName(runner)}` : "; no GitHub-hosted runner is that large";
}
function totalGiving(usableBytes, reserveBytes) {
  if (reserveBytes !== null) return usableBytes + reserveBytes;
  const candidates = [usableBytes + GiB, Math.ceil(usableBytes / 0.9) + 1, usableBytes + 8 * GiB].sort((x, y) => x - y);
  return candidates.find((total) => total - defaultReserve(total) >= usableBytes) ?? usableBytes + 8 * GiB;
}
function engineFix(inVm, neededBytes, totalBytes, downgradeHelps) {
  if (inVm && neededBytes <= totalBytes) {
    return `give Docker's VM at least ${formatSize(neededBytes)} (docker-memory resize --memory ${Math.ceil(neededBytes / GiB)}g, or on-insufficient: resize)`;
  }
  const ways = inVm ? ["a larger machine", "smaller container limits"] : [`a runner with more memory (at least ${formatSize(neededBytes)})`, "smaller container limits"];
  if (downgradeHelps) ways.push("on-insufficient: downgrade (a smaller Ollama model)");
  const choice = ways.length === 3 ? `${ways[0]}, ${ways[1]}, or ${ways[2]}` : `${ways[0]} or ${ways[1]}`;
  return inVm ? `this machine has ${formatSize(totalBytes)}, less than the ${formatSize(neededBytes)} Docker would need: use ${choice}` : `use ${choice}`;
}
function effectiveCpus(machine, override) {
  if (override !== null) return { cpus: override, cpusSource: "override" };
  let cpus2 = Math.max(1, machine.cpus.logical);
  let cpusSource = "cpus";
  const quota = machine.cgroup?.cpuQuota;
  if (quota != null && Math.max(1, Math.floor(quota)) < cpus2) {
    cpus2 = Math.max(1, Math.floor(quota));
    cpusSource = "cgroup-quota";
  }
  const cpuset = machine.cgroup?.cpusetCount;
  if (cpuset != null && cpuset > 0 && cpuset < cpus2) {
    cpus2 = cpuset;
    cpusSource = "cpuset";
  }
  return { cpus: cpus2, cpusSource };
}

// src/core/plan/plan.ts
var ON_INSUFFICIENT = ["fail", "warn", "downgrade", "resize"];
function plan(facts, request) {
  const { machine, notes: machineNotes } = machineLayer(facts, request);
  const engine = engineLayer(facts, machine, request);
  const containers = containersLayer(request, machine, engine);
  const earlier = [...engine.notes.problems, ...containers.notes.problems];
  const sized = buildLayer(request, machine, engine, containers, earlier);
  const learned = historyLayer(request, sized.build, containers);
  const build = { ...learned.build, bytes: Math.max(0, learned.build.bytes) };
  const platforms = request.platforms ?? [];
  const jobs = parallelismLayer(build.bytes, machine.cpus, request.memoryPerJobBytes, platforms.length, request.knownPeak?.steps ?? []);
  const all = joinNotes(machineNotes, engine.notes, containers.notes, sized.notes, learned.notes, jobs.notes);
  const peak = request.knownPeak;
  const fit = fitOf(
    peak ? fitFor(peak.bytes, containers.roomBytes, containers.containerBytes, request.reserveMemoryBytes) : null,
    request.runnerLabels ?? [],
    "history"
  );
  const floor = buildFloorProblem(build, all.problems);
  if (floor) all.problems.push(floor);
  const explicitBuild = request.buildMemory === null ? 0 : build.bytes;
  return {
    profile: request.profile,
    machine,
    engine: engine.engine,
    reserveBytes: engine.reserveBytes,
    usableBytes: engine.usableBytes,
    build,
    containers: containers.containers,
    ollama: containers.ollama,
    jobs: jobs.parallelism.jobs,
    memoryPerJobBytes: request.memoryPerJobBytes,
    parallelism: { ...jobs.parallelism, buildkitdConfig: buildkitdConfig(jobs.parallelism.maxParallelism), platforms },
    fit,
    fitBasis: {
      roomBytes: containers.roomBytes,
      containerBytes: containers.containerBytes,
      reserveMemoryBytes: request.reserveMemoryBytes,
      labels: request.runnerLabels ?? []
    },
    requiredEngineBytes: containers.containerBytes + explicitBuild + ENGINE_OVERHEAD,
    onInsufficient: request.onInsufficient,
    status: all.problems.length > 0 ? "insufficient" : "ok",
    problems: all.problems,
    adjustments: all.adjustments,
    reasons: all.reasons,
    ...learned.history ? { history: learned.history } : {}
  };
}
function buildLimitBytes(plan2) {
  return plan2.build.bytes >= STEP_FLOOR_BYTES ? plan2.build.bytes : null;
}
function joinNotes(...parts) {
  return {
    reasons: parts.flatMap((n) => n.reasons),
    problems: parts.flatMap((n) => n.problems),
    adjustments: parts.flatMap((n) => n.adjustments)
  };
}

// src/explain/kernel-log.ts
var import_promises = require("node:fs/promises");

// src/core/explain/job-kills.ts
function parseVmstatOomKills(text) {
  const m = /^oom_kill (\d+)$/m.exec(text);
  return m ? Number(m[1]) : null;
}

// src/core/explain/log/line-cap.ts
var MAX_LINE_BYTES = 64 * 1024;

// src/runners/process.ts
function trapCancellation() {
  const controller = new AbortController();
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const handler = (signal) => controller.abort(signal);
  for (const s of signals) process.on(s, handler);
  return { cancel: controller.signal, release: () => signals.forEach((s) => process.off(s, handler)) };
}

// src/explain/kernel-log.ts
async function readOomKillCounter() {
  if (process.platform !== "linux") return null;
  return parseVmstatOomKills(await (0, import_promises.readFile)("/proc/vmstat", "utf8").catch(() => ""));
}

// src/probes/machine.ts
var import_node_fs3 = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);

// src/core/ci-platform.ts
var CI_TABLE = [
  { id: "github", name: "GitHub Actions", env: "GITHUB_ACTIONS" },
  { id: "gitlab", name: "GitLab CI", env: "GITLAB_CI" },
  { id: "buildkite", name: "Buildkite", env: "BUILDKITE" },
  { id: "jenkins", name: "Jenkins", env: "JENKINS_URL" },
  { id: "circleci", name: "CircleCI", env: "CIRCLECI" },
  { id: "azure", name: "Azure Pipelines", env: "TF_BUILD" },
  { id: "bitbucket", name: "Bitbucket Pipelines", env: "BITBUCKET_BUILD_NUMBER" },
  { id: "teamcity", name: "TeamCity", env: "TEAMCITY_VERSION" },
  { id: "drone", name: "Drone", env: "DRONE" },
  { id: "woodpecker", name: "Woodpecker", env: "CI_PIPELINE_NUMBER" },
  { id: "codebuild", name: "AWS CodeBuild", env: "CODEBUILD_BUILD_ID" },
  { id: "travis", name: "Travis CI", env: "TRAVIS" },
  { id: "generic", name: "CI", env: "CI" }
];
function detectRunner(env, signs) {
  const row = CI_TABLE.find((r) => {
    const v = env[r.env];
    return v !== void 0 && v !== "" && v !== "false";
  });
  const environment = env.RUNNER_ENVIRONMENT;
  let containerHint = null;
  if (env.KUBERNETES_SERVICE_HOST) containerHint = "kubernetes pod";
  else if (signs.dockerenv) containerHint = "docker container (/.dockerenv)";
  else if (signs.containerenv) containerHint = "podman container (/run/.containerenv)";
  else if (signs.cgroupPath && /\/(docker|kubepods|containerd|libpod|actions_job)[/.-]/.test(signs.cgroupPath)) {
    containerHint = `container cgroup ${signs.cgroupPath}`;
  }
  return {
    ci: row?.id ?? "local",
    ciName: row?.name ?? "no CI (local)",
    environment: environment === "github-hosted" || environment === "self-hosted" ? environment : null,
    name: env.RUNNER_NAME || null,
    os: env.RUNNER_OS || null,
    arch: env.RUNNER_ARCH || null,
    inContainer: containerHint !== null,
    containerHint
  };
}

// src/probes/cgroup.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/core/cgroup.ts
function parseProcCgroup2(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
    if (m) entries.push({ hierarchyId: m[1], controllers: m[2] === "" ? [] : m[2].split(","), path: m[3] });
  }
  return entries;
}
function parseMountinfo(text) {
  const mounts = [];
  for (const line of text.split("\n")) {
    const sep = line.indexOf(" - ");
    if (sep < 0) continue;
    const left = line.slice(0, sep).split(" ");
    const right = line.slice(sep + 3).split(" ");
    const fsType = right[0];
    if (fsType !== "cgroup" && fsType !== "cgroup2") continue;
    mounts.push({
      mountPoint: unescapeMount(left[4]),
      root: unescapeMount(left[3]),
      fsType,
      options: (right[2] ?? "").split(",")
    });
  }
  return mounts;
}
function unescapeMount(s) {
  return s.replace(/\\([0-7]{3})/g, (_, oct) => String.fromCharCode(parseInt(oct, 8)));
}
var UNLIMITED = 2 ** 62;
function parseMemoryLimit(text) {
  const n = parseCounter(text);
  return n === null || n >= UNLIMITED ? null : n;
}
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseCpuMax(text) {
  const [quota, period] = text.trim().split(/\s+/);
  return cpus(Number(quota), Number(period ?? "100000"));
}
function parseCfsQuota(quotaText, periodText) {
  return cpus(Number(quotaText), Number(periodText));
}
function cpus(quota, period) {
  return quota > 0 && period > 0 ? quota / period : null;
}
function parseCpusetCount(text) {
  let count2 = 0;
  for (const part of text.trim().split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    count2 += m[2] === void 0 ? 1 : Number(m[2]) - Number(m[1]) + 1;
  }
  return count2 > 0 ? count2 : null;
}
function parseKeyValues(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== void 0 && /^-?\d+$/.test(value)) out[key] = Number(value);
  }
  return out;
}
function cgroupDirs(mount, procPath) {
  const root = mount.root === "/" ? "" : mount.root;
  let rel = procPath;
  if (root !== "" && (procPath === root || procPath.startsWith(`${root}/`))) {
    rel = procPath.slice(root.length);
  } else if (root !== "" || procPath.startsWith("/..")) {
    rel = "";
  }
  const parts = rel.split("/").filter((p) => p !== "");
  const base = mount.mountPoint.replace(/\/$/, "");
  const dirs = [];
  for (let i = parts.length; i >= 0; i--) {
    dirs.push([base, ...parts.slice(0, i)].join("/") || "/");
  }
  return dirs;
}
function findMount(mounts, entries, controller, v2Controllers) {
  const unified = entries.find((e) => e.hierarchyId === "0" && e.controllers.length === 0);
  const v2 = mounts.find((m) => m.fsType === "cgroup2");
  if (unified && v2 && v2Controllers.includes(controller)) {
    return { mount: v2, path: unified.path, version: 2 };
  }
  const entry = entries.find((e) => e.controllers.includes(controller));
  const v1 = mounts.find((m) => m.fsType === "cgroup" && m.options.includes(controller));
  if (entry && v1) return { mount: v1, path: entry.path, version: 1 };
  return null;
}

// src/probes/cgroup.ts
function probeCgroup(root = "/", pid = "self") {
  const read = (path) => {
    try {
      return (0, import_node_fs.readFileSync)((0, import_node_path.join)(root, path), "utf8");
    } catch {
      return null;
    }
  };
  const procCgroup = read(`/proc/${pid}/cgroup`);
  const mountinfo = read(`/proc/${pid}/mountinfo`);
  if (procCgroup === null || mountinfo === null) return null;
  const entries = parseProcCgroup2(procCgroup);
  const mounts = parseMountinfo(mountinfo);
  const v2mount = mounts.find((m) => m.fsType === "cgroup2");
  const v2Controllers = v2mount ? (read(`${v2mount.mountPoint}/cgroup.controllers`) ?? "").trim().split(/\s+/) : [];
  const memory = findMount(mounts, entries, "memory", v2Controllers);
  if (!memory) return null;
  const v2 = memory.version === 2;
  const memDirs = cgroupDirs(memory.mount, memory.path);
  let memoryLimitBytes = null;
  let memoryLimitPath = null;
  for (const dir of memDirs) {
    const limit = parseMemoryLimit(read(`${dir}/${v2 ? "memory.max" : "memory.limit_in_bytes"}`) ?? "");
    if (limit !== null && (memoryLimitBytes === null || limit < memoryLimitBytes)) {
      memoryLimitBytes = limit;
      memoryLimitPath = dir;
    }
  }
  const own = memDirs[0];
  const memoryUsageBytes = parseCounter(read(`${own}/${v2 ? "memory.current" : "memory.usage_in_bytes"}`) ?? "");
  const stat = parseKeyValues(read(`${own}/memory.stat`) ?? "");
  const memoryReclaimableBytes = (v2 ? stat["inactive_file"] : stat["total_inactive_file"] ?? stat["inactive_file"]) ?? null;
  let cpuQuota = null;
  const cpu = findMount(mounts, entries, "cpu", v2Controllers);
  if (cpu) {
    for (const dir of cgroupDirs(cpu.mount, cpu.path)) {
      const quota = cpu.version === 2 ? parseCpuMax(read(`${dir}/cpu.max`) ?? "") : parseCfsQuota(read(`${dir}/cpu.cfs_quota_us`) ?? "", read(`${dir}/cpu.cfs_period_us`) ?? "");
      if (quota !== null && (cpuQuota === null || quota < cpuQuota)) cpuQuota = quota;
    }
  }
  let cpusetCount = null;
  const cpuset = findMount(mounts, entries, "cpuset", v2Controllers);
  if (cpuset) {
    const file = cpuset.version === 2 ? "cpuset.cpus.effective" : "cpuset.cpus";
    for (const dir of cgroupDirs(cpuset.mount, cpuset.path)) {
      const count2 = parseCpusetCount(read(`${dir}/${file}`) ?? "");
      if (count2 !== null) {
        cpusetCount = count2;
        break;
      }
    }
  }
  return {
    version: memory.version,
    path: memory.path,
    memoryLimitBytes,
    memoryLimitPath,
    memoryUsageBytes,
    memoryReclaimableBytes,
    cpuQuota,
    cpusetCount
  };
}

// src/probes/machine.ts
var import_docker = require("./shared.js");

// src/probes/memory.ts
var import_node_fs2 = require("node:fs");

// src/core/meminfo.ts
function parseMeminfo(text) {
  const kb = {};
  for (const line of text.split("\n")) {
    const m = /^(\w+):\s+(\d+)(?:\s+kB)?$/.exec(line.trim());
    if (m) kb[m[1]] = Number(m[2]) * 1024;
  }
  if (kb.MemTotal === void 0) return null;
  return {
    totalBytes: kb.MemTotal,
    availableBytes: kb.MemAvailable ?? (kb.MemFree ?? 0) + (kb.Buffers ?? 0) + (kb.Cached ?? 0),
    swapTotalBytes: kb.SwapTotal ?? 0,
    swapFreeBytes: kb.SwapFree ?? 0
  };
}

// src/probes/memory.ts
async function probeMemory() {
  if (process.platform === "linux") {
    const facts = parseMeminfo(readMeminfo());
    if (facts) return facts;
  }
  const { default: memory } = await import("./chunks/lazy-systeminformation-lib-memory.mjs");
  const m = await memory.mem();
  return { totalBytes: m.total, availableBytes: m.available, swapTotalBytes: m.swaptotal, swapFreeBytes: m.swapfree };
}
function readMeminfo() {
  try {
    return (0, import_node_fs2.readFileSync)("/proc/meminfo", "utf8");
  } catch {
    return "";
  }
}

// src/probes/machine.ts
async function detectMachine(options = {}) {
  const env = options.env ?? process.env;
  const [memory, dockerProbe] = await Promise.all([probeMemory(), options.docker === false ? Promise.resolve(null) : (0, import_docker.probeDocker)()]);
  const cgroup = process.platform === "linux" ? probeCgroup(options.root ?? "/") : null;
  const runner = detectRunner(env, {
    dockerenv: (0, import_node_fs3.existsSync)("/.dockerenv"),
    containerenv: (0, import_node_fs3.existsSync)("/run/.containerenv"),
    cgroupPath: cgroup?.path ?? null
  });
  return {
    os: { platform: process.platform, arch: process.arch, release: import_node_os.default.release() },
    memory,
    cpus: { logical: import_node_os.default.availableParallelism() },
    cgroup,
    docker: dockerProbe?.docker ?? null,
    dockerAbsentReason: dockerProbe && dockerProbe.docker === null ? dockerProbe.reason : options.docker === false ? "not asked" : void 0,
    dockerVia: dockerProbe?.via,
    runner
  };
}

// src/bind/bind-plan.ts
var import_node_fs4 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path2 = require("node:path");

// src/core/bind/buildx-store.ts
function buildxConfigDir(env) {
  if (env.BUILDX_CONFIG) return env.BUILDX_CONFIG;
  if (env.DOCKER_CONFIG) return `${env.DOCKER_CONFIG}/buildx`;
  return env.HOME ? `${env.HOME.replace(/\/+$/, "")}/.docker/buildx` : null;
}

// src/bind/bind-plan.ts
var import_errors12 = require("./shared.js");

// src/core/build/request.ts
var import_errors11 = require("./shared.js");

// src/core/inputs.ts
var import_errors9 = require("./shared.js");

// src/core/publish.ts
var import_errors8 = require("./shared.js");
function planOutputs(plan2) {
  const m = plan2.machine;
  const build = buildLimitBytes(plan2);
  return {
    "total-memory": toDockerSize(m.totalBytes),
    "total-memory-bytes": String(m.totalBytes),
    "available-memory": toDockerSize(m.availableBytes),
    "available-memory-bytes": String(m.availableBytes),
    "cgroup-limit": m.cgroupLimitBytes === null ? "" : toDockerSize(m.cgroupLimitBytes),
    "cgroup-limit-bytes": m.cgroupLimitBytes === null ? "" : String(m.cgroupLimitBytes),
    "docker-memory": plan2.engine.source === "docker" ? toDockerSize(plan2.engine.bytes) : "",
    "docker-memory-bytes": plan2.engine.source === "docker" ? String(plan2.engine.bytes) : "",
    "reserve-memory": toDockerSize(plan2.reserveBytes),
    "build-memory": build === null ? "" : toDockerSize(build),
    "build-memory-bytes": build === null ? "" : String(build),
    jobs: String(plan2.jobs),
    "max-parallelism": String(plan2.parallelism.maxParallelism),
    "buildkitd-config": plan2.parallelism.buildkitdConfig,
    ...fitOutputs(plan2.fit),
    cpus: String(m.cpus),
    profile: plan2.profile,
    containers: JSON.stringify(Object.fromEntries(plan2.containers.map((c) => [c.name, toDockerSize(c.bytes)]))),
    "ollama-model": plan2.ollama?.model ?? "",
    "ollama-memory": plan2.ollama ? toDockerSize(plan2.ollama.memoryBytes) : "",
    status: plan2.status,
    plan: JSON.stringify(planJson(plan2))
  };
}
function fitOutputs(fit) {
  return {
    fits: fit.fits === null ? "" : String(fit.fits),
    "needs-memory": fit.needsMemoryBytes === null ? "" : String(fit.needsMemoryBytes),
    "larger-runner": fit.largerRunner ?? ""
  };
}
function planEnv(plan2, options = { parallelism: false }) {
  const jobs = String(plan2.jobs);
  const build = buildLimitBytes(plan2);
  const env = {
    DOCKER_MEMORY_BUILD: build === null ? "" : toDockerSize(build),
    DOCKER_MEMORY_BUILD_BYTES: build === null ? "" : String(build),
    DOCKER_MEMORY_JOBS: jobs,
    DOCKER_MEMORY_MAX_PARALLELISM: String(plan2.parallelism.maxParallelism),
    DOCKER_MEMORY_PROFILE: plan2.profile
  };
  if (plan2.fit.fits !== null) env.DOCKER_MEMORY_FITS = String(plan2.fit.fits);
  if (plan2.fit.needsMemoryBytes !== null) env.DOCKER_MEMORY_NEEDS_MEMORY = String(plan2.fit.needsMemoryBytes);
  for (const c of plan2.containers) {
    env[`DOCKER_MEMORY_CONTAINER_${envName(c.name)}`] = toDockerSize(c.bytes);
  }
  if (plan2.ollama) {
    env.OLLAMA_ROUTER_MODEL = plan2.ollama.model;
    env.OLLAMA_DOCKER_MEMORY = String(toWholeGiB(plan2.ollama.memoryBytes));
  }
  if (!options.parallelism) return env;
  const inherited = (name) => oneLine(name, options.inherited?.[name] ?? "");
  env.MAKEFLAGS = withFlag(inherited("MAKEFLAGS"), /(^|\s)(-j\s*\d*|--jobs(=\d+)?)(?=\s|$)/, `-j${jobs}`);
  env.CMAKE_BUILD_PARALLEL_LEVEL = jobs;
  env.CARGO_BUILD_JOBS = jobs;
  env.MAX_JOBS = jobs;
  env.GRADLE_OPTS = withFlag(inherited("GRADLE_OPTS"), /(^|\s)-Dorg\.gradle\.workers\.max=\d+(?=\s|$)/, `-Dorg.gradle.workers.max=${jobs}`);
  env.GOFLAGS = withFlag(inherited("GOFLAGS"), /(^|\s)-p=\d+(?=\s|$)/, `-p=${jobs}`);
  return env;
}
function planJson(plan2, machine) {
  return {
    status: plan2.status,
    profile: plan2.profile,
    totalMemoryBytes: plan2.machine.totalBytes,
    totalMemorySource: plan2.machine.totalSource,
    physicalMemoryBytes: plan2.machine.physicalBytes,
    cgroupLimitBytes: plan2.machine.cgroupLimitBytes,
    availableMemoryBytes: plan2.machine.availableBytes,
    swapBytes: plan2.machine.swapBytes,
    cpus: plan2.machine.cpus,
    cpusSource: plan2.machine.cpusSource,
    dockerMemoryBytes: plan2.engine.source === "docker" ? plan2.engine.bytes : null,
    engine: plan2.engine,
    reserveMemoryBytes: plan2.reserveBytes,
    usableMemoryBytes: plan2.usableBytes,
    buildMemoryBytes: buildLimitBytes(plan2),
    buildMemory: buildLimitBytes(plan2) === null ? null : toDockerSize(plan2.build.bytes),
    buildMemorySource: plan2.build.source,
    jobs: plan2.jobs,
    memoryPerJobBytes: plan2.memoryPerJobBytes,
    maxParallelism: plan2.parallelism.maxParallelism,
    buildkitdConfig: plan2.parallelism.buildkitdConfig,
    parallelism: { source: plan2.parallelism.source, platforms: plan2.parallelism.platforms, togetherBytes: plan2.parallelism.together },
    fits: plan2.fit.fits,
    needsMemoryBytes: plan2.fit.needsMemoryBytes,
    largerRunner: plan2.fit.largerRunner,
    containers: plan2.containers.map((c) => ({ name: c.name, memoryBytes: c.bytes, memory: toDockerSize(c.bytes), ...c.model ? { model: c.model } : {} })),
    ollama: plan2.ollama,
    requiredEngineBytes: plan2.requiredEngineBytes,
    onInsufficient: plan2.onInsufficient,
    problems: plan2.problems,
    adjustments: plan2.adjustments,
    reasons: plan2.reasons,
    ...plan2.history ? { history: plan2.history } : {},
    ...machine ? { machine } : {}
  };
}
function envName(name) {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}
function oneLine(name, value) {
  if (/[\r\n]/.test(value)) throw new import_errors8.InputError(`${name} has a line break, which would start another variable: refusing to pass it on`);
  return value;
}
function withFlag(current, existing, flag) {
  const value = current.trim();
  if (value === "") return flag;
  return existing.test(value) ? value.replace(existing, `$1${flag}`).trim() : `${value} ${flag}`;
}

// src/core/inputs.ts
var PLAN_DEFAULTS = {
  profile: "balanced",
  "on-insufficient": "fail",
  "memory-per-job": "2g",
  "export-env": "true",
  "export-parallelism": "false",
  summary: "true"
};
var CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parsePlanRequest(read) {
  const get = (name, fallback = "") => read(name).trim() || fallback;
  const buildMemoryText = get("build-memory");
  const buildMemory = buildMemoryText === "" || buildMemoryText === "auto" ? null : parseSizeOrPercent(buildMemoryText, "build-memory");
  if (buildMemory?.kind === "bytes")
    atLeast2(buildMemory.bytes, STEP_FLOOR_BYTES, `the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`, "build-memory", buildMemoryText, {
      example: "4g, or leave build-memory empty to plan from the profile",
      zeroNote: "; Docker would read a limit of 0 as no limit at all"
    });
  const reserveText = get("reserve-memory");
  const reserveMemoryBytes = reserveText === "" || reserveText === "auto" ? null : parseSize(reserveText, "reserve-memory");
  const memoryPerJobText = get("memory-per-job", PLAN_DEFAULTS["memory-per-job"]);
  const memoryPerJobBytes = parseSize(memoryPerJobText, "memory-per-job");
  if (memoryPerJobBytes < 64 * 1024 * 1024) {
    throw new import_errors9.InputError(`memory-per-job "${memoryPerJobText}" is below 64 MiB; no compiler job fits in that`);
  }
  const totalText = get("total-memory");
  const totalMemoryBytes = totalText === "" ? null : parseSize(totalText, "total-memory");
  if (totalMemoryBytes !== null && totalMemoryBytes < 256 * 1024 * 1024) {
    throw new import_errors9.InputError(`total-memory "${totalText}" is below 256 MiB; no runner is that small${bareNumberHint(totalText, "16g")}`);
  }
  const cpusText = get("cpus");
  let cpus2 = null;
  if (cpusText !== "") {
    if (!/^\d+$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > 4096) {
      throw new import_errors9.InputError(`cpus "${cpusText}" must be a whole number from 1 to 4096`);
    }
    cpus2 = Number(cpusText);
  }
  return {
    profile: parseProfile(get("profile", PLAN_DEFAULTS.profile)),
    buildMemory,
    reserveMemoryBytes,
    containers: parseContainers(read("containers")),
    ollama: parseOllamaModel(get("ollama-model")),
    onInsufficient: parseOnInsufficient(get("on-insufficient", PLAN_DEFAULTS["on-insufficient"])),
    memoryPerJobBytes,
    totalMemoryBytes,
    cpus: cpus2,
    platforms: parsePlatforms(read("platforms")),
    runnerLabels: parseRunnerLabels(read("runner-labels"))
  };
}
function parsePlatforms(text) {
  const platforms = text.split(/[\n,]/).map((p) => p.trim()).filter((p) => p !== "");
  return [...new Set(platforms)];
}
function parseContainers(text) {
  const containers = [];
  const byEnvName = /* @__PURE__ */ new Map();
  const entries = text.split(/[\n,]/).map((line) => line.replace(/#.*/, "").trim()).filter((line) => line !== "");
  for (const entry of entries) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) {
      throw new import_errors9.InputError(`containers line "${entry}" is not name=size (for example redis=512m)`);
    }
    const [, name, sizeText] = m;
    if (!CONTAINER_NAME.test(name)) {
      throw new import_errors9.InputError(`containers line "${entry}": "${name}" is not a container name (letters, digits, _ . -)`);
    }
    if (name.toLowerCase() === "ollama") {
      throw new import_errors9.InputError(`containers line "${entry}": the ollama container is planned from ollama-model; use that input instead`);
    }
    const clash = byEnvName.get(envName(name));
    if (clash === name) throw new import_errors9.InputError(`containers names "${name}" twice`);
    if (clash !== void 0) {
      throw new import_errors9.InputError(`containers "${clash}" and "${name}" would share the variable DOCKER_MEMORY_CONTAINER_${envName(name)}: rename one`);
    }
    byEnvName.set(envName(name), name);
    const bytes = parseSize(sizeText, `containers size for ${name}`);
    atLeast2(bytes, DOCKER_MIN_MEMORY, `Docker's minimum of ${formatSize(DOCKER_MIN_MEMORY)}`, `containers size for ${name}`, sizeText);
    containers.push({ name, bytes });
  }
  return containers;
}
function parseOnInsufficient(input) {
  const value = input.trim().toLowerCase();
  if (ON_INSUFFICIENT.includes(value)) return value;
  throw new import_errors9.InputError(`on-insufficient "${input}" is not one of ${ON_INSUFFICIENT.join(", ")}`);
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseBoolean(input, name) {
  const value = input.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  const near = /^(yes|no|on|off|y|n|1|0)$/i.test(value) ? " (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)" : "";
  throw new import_errors9.InputError(`${name} "${value}" must be true or false${near}`);
}
function atLeast2(bytes, floor, floorText, what, text, hint = { example: "512m", zeroNote: "" }) {
  if (bytes < floor) {
    throw new import_errors9.InputError(`${what} "${text}" is below ${floorText}${bareNumberHint(text, hint.example, hint.zeroNote)}`);
  }
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var np = 12;
var cr = 13;
var nl = 10;
var space = 32;
var tab = 9;
var init_state = function(options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding)
    ]
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`
      ],
      options
    );
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (delimiter === void 0 || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr2 = 13;
var nl2 = 10;
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
var transform = function(original_options = {}) {
  const info2 = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info: info2,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr2 || chr === nl2) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info3 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info3.column)} at line ${info3.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info3,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info3,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && obj[columns[i].name] !== void 0) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          if (raw === true || info3 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info3 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info3 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info3 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info3 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info3);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info3 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info3)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info3 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info3)];
      }
      return [void 0, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function(buf, pos) {
      const isTrim = (buf2, pos2) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf2[pos2 + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error2 = parser.parse(data, true, push, close);
  if (error2 !== void 0) throw error2;
  return records;
};

// node_modules/shlex/shlex.js
var Shlexer = class {
  constructor(string) {
    this.i = 0;
    this.string = string;
    this.whitespace = " 	\r\n";
    this.quotes = `'"`;
    this.escapes = "\\";
    this.escapedQuotes = '"';
    this.ansiCQuotes = true;
    this.localeQuotes = true;
    this.debug = false;
  }
  readChar() {
    return this.string.charAt(this.i++);
  }
  processEscapes(string, quote, isAnsiCQuote) {
    if (!isAnsiCQuote && !this.escapedQuotes.includes(quote)) {
      return string;
    }
    const anyEscape = "[" + this.escapes.replace(/(.)/g, "\\$1") + "]";
    if (!isAnsiCQuote && this.escapedQuotes.includes(quote)) {
      const re = new RegExp(
        anyEscape + "(" + anyEscape + "|\\" + quote + ")",
        "g"
      );
      return string.replace(re, "$1");
    }
    if (isAnsiCQuote) {
      const patterns = {
        // Literal characters
        "([\\\\'\"?])": (x) => x,
        // Non-printable ASCII characters
        "a": () => "\x07",
        "b": () => "\b",
        "e|E": () => "\x1B",
        "f": () => "\f",
        "n": () => "\n",
        "r": () => "\r",
        "t": () => "	",
        "v": () => "\v",
        // Octal bytes
        "([0-7]{1,3})": (x) => String.fromCharCode(parseInt(x, 8)),
        // Hexadecimal bytes
        "x([0-9a-fA-F]{1,2})": (x) => String.fromCharCode(parseInt(x, 16)),
        // Unicode code units
        "u([0-9a-fA-F]{1,4})": (x) => String.fromCharCode(parseInt(x, 16)),
        "U([0-9a-fA-F]{1,8})": (x) => String.fromCharCode(parseInt(x, 16)),
        // Control characters
        // https://en.wikipedia.org/wiki/Control_character#How_control_characters_map_to_keyboards
        "c(.)": (x) => {
          if (x === "?") {
            return "\x7F";
          } else if (x === "@") {
            return "\0";
          } else {
            return String.fromCharCode(x.charCodeAt(0) & 31);
          }
        }
      };
      const re = new RegExp(
        anyEscape + "(" + Object.keys(patterns).join("|") + ")",
        "g"
      );
      return string.replace(re, function(m, p1) {
        for (const matched in patterns) {
          const mm = new RegExp("^" + matched + "$").exec(p1);
          if (mm === null) {
            continue;
          }
          return patterns[matched].apply(null, mm.slice(1));
        }
      });
    }
    return void 0;
  }
  *[Symbol.iterator]() {
    let inQuote = false;
    let inDollarQuote = false;
    let escaped = false;
    let lastDollar = -2;
    let token;
    if (this.debug) {
      console.log("full input:", ">" + this.string + "<");
    }
    while (true) {
      const pos = this.i;
      const char = this.readChar();
      if (this.debug) {
        console.log(
          "position:",
          pos,
          "input:",
          ">" + char + "<",
          "accumulated:",
          token,
          "inQuote:",
          inQuote,
          "inDollarQuote:",
          inDollarQuote,
          "lastDollar:",
          lastDollar,
          "escaped:",
          escaped
        );
      }
      if (char === "") {
        if (inQuote) {
          throw new Error("Got EOF while in a quoted string");
        }
        if (escaped) {
          throw new Error("Got EOF while in an escape sequence");
        }
        if (token !== void 0) {
          yield token;
        }
        return;
      }
      if (escaped) {
        if (char === "\n") {
        } else if (inQuote) {
          token = (token || "") + escaped + char;
        } else {
          token = (token || "") + char;
        }
        escaped = false;
        continue;
      }
      if (this.escapes.includes(char)) {
        if (!inQuote || inDollarQuote !== false || this.escapedQuotes.includes(inQuote)) {
          escaped = char;
          continue;
        } else {
        }
      }
      if (inQuote !== false) {
        if (char === inQuote) {
          token = this.processEscapes(token, inQuote, inDollarQuote === "'");
          inQuote = false;
          inDollarQuote = false;
          continue;
        }
        token = (token || "") + char;
        continue;
      }
      if (this.quotes.includes(char)) {
        inQuote = char;
        if (lastDollar === pos - 1) {
          if (char === "'" && !this.ansiCQuotes) {
          } else if (char === '"' && !this.localeQuotes) {
          } else {
            inDollarQuote = char;
          }
        }
        token = token || "";
        if (inDollarQuote !== false) {
          token = token.slice(0, -1);
        }
        continue;
      }
      if (inQuote === false && char === "$") {
        lastDollar = pos;
      }
      if (this.whitespace.includes(char)) {
        if (token !== void 0) {
          yield token;
        }
        token = void 0;
        continue;
      }
      token = (token || "") + char;
    }
  }
};
function split(s) {
  return Array.from(new Shlexer(s));
}

// src/core/build/input-lists.ts
var import_errors10 = require("./shared.js");
function parseList(input, name, options = {}) {
  if (input === "") return [];
  let records;
  try {
    records = parse(input, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      quote: options.noQuotes ? false : '"'
    });
  } catch (error2) {
    const why = options.secret ? "a quote is not closed or is followed by more text" : error2.message;
    throw new import_errors10.InputError(`${name} is not a list build-push-action can read: ${why}`);
  }
  const items = [];
  for (const record of records) {
    if (options.ignoreComma) items.push(record.join(","));
    else if (record.length === 1) items.push(...record[0].split(","));
    else items.push(...record);
  }
  return items.map((item) => item.trim()).filter((item) => item !== "");
}
function parseArguments(input, name) {
  try {
    return split(input);
  } catch (error2) {
    throw new import_errors10.InputError(`${name} "${input.trim()}" cannot be split into arguments: ${error2.message}`);
  }
}

// src/core/build/git-context.ts
function gitRef(run2) {
  let ref = run2.ref;
  if (run2.sha && ref && !ref.startsWith("refs/")) ref = `refs/heads/${ref}`;
  if (run2.sha && !ref.startsWith("refs/pull/")) return run2.sha;
  if (ref.startsWith("refs/pull/") && run2.pullRequestHead) return ref.replace(/\/merge$/, "/head");
  return ref;
}
function gitContext(run2) {
  if (!run2 || !run2.repository) return null;
  return `${run2.serverUrl.replace(/\/+$/, "") || "https://github.com"}/${run2.repository}.git#${gitRef(run2)}`;
}
function withDefaultContext(text, defaultContext) {
  return text.replace(/\{\{\s*defaultContext\s*\}\}/g, defaultContext);
}

// src/core/build/request.ts
var DRIVERS = ["auto", "docker-container", "docker", "kubernetes", "remote", "legacy"];
function wantsBuild(read) {
  const push = read("push").trim();
  return read("context").trim() !== "" || read("file").trim() !== "" || read("tags").trim() !== "" || push !== "" && parseBoolean(push, "push");
}
function parseDriver(input) {
  const text = input.trim().toLowerCase() || "auto";
  if (DRIVERS.includes(text)) return text;
  throw new import_errors11.InputError(`driver "${input.trim()}" is not one of ${DRIVERS.join(", ")}`);
}
function parseBuildRequest(read, defaults = { gitContext: null }) {
  const get = (name) => read(name).trim();
  const flag = (name) => get(name) === "" ? false : parseBoolean(get(name), name);
  const list = (name) => parseList(read(name), name);
  const lines = (name) => parseList(read(name), name, { ignoreComma: true });
  const swapText = get("memory-swap");
  const defaultContext = defaults.gitContext ?? ".";
  const context = withDefaultContext(get("context"), defaultContext) || defaultContext;
  const provenance = attestation("provenance", get("provenance"));
  const sbom = attestation("sbom", get("sbom"));
  const secrets = parseSecrets(read("secrets"));
  const token = get("github-token");
  if (token !== "" && defaults.gitContext !== null && context.startsWith(defaults.gitContext) && !secrets.some((s) => s.id === "GIT_AUTH_TOKEN"))
    secrets.push({ id: "GIT_AUTH_TOKEN", value: token });
  return {
    context,
    file: get("file") || null,
    tags: list("tags"),
    buildArgs: lines("build-args"),
    target: get("target") || null,
    platforms: list("platforms"),
    push: flag("push"),
    load: flag("load"),
    outputs: parseList(read("outputs"), "outputs", { ignoreComma: true, noQuotes: true }),
    cacheFrom: lines("cache-from"),
    cacheTo: lines("cache-to"),
    secrets,
    secretFiles: secretSources(lines("secret-files"), "secret-files", "ID=path"),
    secretEnvs: secretSources(list("secret-envs"), "secret-envs", "ID=VARIABLE"),
    ssh: list("ssh"),
    buildContexts: lines("build-contexts").map((c) => withDefaultContext(c, defaultContext)),
    provenance,
    sbom,
    annotations: lines("annotations"),
    network: get("network") || null,
    pull: flag("pull"),
    addHosts: list("add-hosts"),
    shmSize: checkedSize(get("shm-size"), "shm-size"),
    labels: lines("labels"),
    noCache: flag("no-cache"),
    allow: list("allow"),
    attests: attests(lines("attests"), provenance !== null, sbom !== null),
    call: get("call") || null,
    cgroupParent: get("cgroup-parent") || null,
    noCacheFilters: list("no-cache-filters"),
    ulimits: lines("ulimit"),
    extraArgs: get("extra-args") === "" ? [] : parseArguments(get("extra-args"), "extra-args"),
    builder: get("builder") || null,
    driver: parseDriver(read("driver")),
    memorySwapBytes: swapText === "" ? null : parseSize(swapText, "memory-swap"),
    keepBuilder: flag("keep-builder")
  };
}
function parseSecrets(text) {
  const secrets = [];
  for (const entry of parseList(text, "secrets", { ignoreComma: true, secret: true })) {
    const eq = entry.indexOf("=");
    const id = eq < 0 ? "" : entry.slice(0, eq).trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw new import_errors11.InputError(`secrets: a line is not ID=value (the id must be letters, digits, _ . -)`);
    if (secrets.some((s) => s.id === id)) throw new import_errors11.InputError(`secrets names "${id}" twice`);
    secrets.push({ id, value: entry.slice(eq + 1) });
  }
  return secrets;
}
function secretSources(entries, input, shape) {
  const sources = [];
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const id = eq < 0 ? "" : entry.slice(0, eq).trim();
    const source = eq < 0 ? "" : entry.slice(eq + 1).trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(id) || source === "") throw new import_errors11.InputError(`${input}: "${entry}" is not ${shape} (the id must be letters, digits, _ . -)`);
    if (sources.some((s) => s.id === id)) throw new import_errors11.InputError(`${input} names "${id}" twice`);
    sources.push({ id, source });
  }
  return sources;
}
function checkedSize(text, input) {
  if (text === "") return null;
  parseSize(text, input);
  return text;
}
var GO_TRUE = ["1", "t", "T", "TRUE", "true", "True"];
var GO_FALSE = ["0", "f", "F", "FALSE", "false", "False"];
function attestation(kind, value) {
  if (value === "") return null;
  const attrs = value.split(",").map((a) => a.trim()).filter((a) => a !== "");
  const resolved = attrs.map((a) => GO_TRUE.includes(a) ? "disabled=false" : GO_FALSE.includes(a) ? "disabled=true" : a);
  if (resolved.some((a) => !a.includes("="))) throw new import_errors11.InputError(`${kind} "${value}" is not true, false or key=value attributes (mode=max)`);
  return [`type=${kind}`, ...resolved].join(",");
}
function attests(entries, provenanceSet, sbomSet) {
  const out = [];
  for (const entry of entries) {
    const attrs = entry.split(",").map((a) => a.trim()).filter((a) => a !== "");
    const type = attrs.find((a) => a.startsWith("type="))?.slice("type=".length);
    if (!type) throw new import_errors11.InputError(`attests "${entry}" names no type= (type=sbom, type=provenance,mode=max)`);
    if (type === "provenance" && provenanceSet || type === "sbom" && sbomSet) continue;
    const resolved = attrs.map((a) => GO_TRUE.includes(a) ? "disabled=false" : GO_FALSE.includes(a) ? "disabled=true" : a);
    if (resolved.some((a) => !a.includes("="))) throw new import_errors11.InputError(`attests "${entry}" is not key=value attributes`);
    out.push(resolved.join(","));
  }
  return out;
}
function wholeMiBLimits(limitBytes, memorySwapBytes) {
  const memoryBytes = Math.floor(limitBytes / MiB) * MiB;
  const swapBytes = memorySwapBytes === null ? memoryBytes : Math.floor(memorySwapBytes / MiB) * MiB;
  if (swapBytes < memoryBytes) {
    throw new import_errors11.InputError(
      `memory-swap ${formatSize(swapBytes)} is below the build memory ${formatSize(memoryBytes)}; it counts memory plus swap, so it must be at least as large`
    );
  }
  return { memoryBytes, swapBytes };
}

// src/bind/bind-plan.ts
async function bindPlannedLimit(plan2, request, holder, options = {}) {
  const explicit = request.builder !== null;
  const none = (why, builder = request.builder ?? "", level = "warning") => {
    if (explicit) throw new import_errors12.InputError(`builder "${request.builder}" cannot be bound: ${why}`);
    return { enforcement: "none", builder, why, level };
  };
  const { memoryBytes, swapBytes } = wholeMiBLimits(plan2.build.bytes, request.memorySwapBytes);
  if (memoryBytes < DAEMON_FLOOR_BYTES) {
    return none(
      `the build memory ${formatSize(memoryBytes)} is below the ${formatSize(DAEMON_FLOOR_BYTES)} a builder needs: its BuildKit daemon runs inside the limit and would be OOM-killed`
    );
  }
  if (!explicit && !buildxBuilderChosen(process.env)) {
    return none(
      "no buildx builder was chosen (docker buildx use, BUILDX_BUILDER), so the current one is the engine\u2019s own BuildKit, which docker update cannot bind",
      "default",
      "notice"
    );
  }
  const { BindError, NoBuildxError, bindBuilder, describeLimits } = await import("./chunks/lazy-bind-bind-builder.mjs");
  let result;
  let intent = null;
  try {
    result = await bindBuilder(request.builder, { memoryBytes, memorySwapBytes: swapBytes }, holder, {
      ...options,
      mode: request.mode,
      onIntent: (saved) => {
        intent = saved;
        options.onIntent?.(saved);
      }
    });
  } catch (error2) {
    if (error2 instanceof NoBuildxError) return none(`this machine has no docker buildx (${error2.message}), so there is no builder to bind`, "", "notice");
    if (!(error2 instanceof BindError)) throw error2;
    if (error2.changed && intent)
      return { enforcement: "none", builder: request.builder ?? intent.builder, why: error2.message, level: "warning", unsure: intent };
    return none(error2.message);
  }
  if (result.bound === null) {
    const instead = result.fallback ? "; create a docker-container builder first (docker/setup-buildx-action, or docker buildx create --driver docker-container --use), or let docker-memory run the build (context: in the action, docker-memory build), which binds the engine\u2019s own BuildKit another way" : "";
    return none(`${result.reason}${instead}`, result.builder ?? "");
  }
  const b = result.bound;
  return {
    enforcement: "builder",
    builder: b.builder,
    saved: { builder: b.builder, container: b.container, containerId: b.containerId, volume: b.volume, original: b.original },
    message: `bound builder ${b.builder} by docker update of its container ${b.container} (one limit for all its build steps together): ${describeLimits(b.limits)}, was ${describeLimits(b.before)}${b.note ? `; ${b.note}` : ""}`,
    warning: b.warning,
    note: b.note,
    limits: b.limits,
    before: b.before
  };
}
function buildxBuilderChosen(env) {
  if (env.BUILDX_BUILDER) return true;
  const dir = buildxConfigDir({ ...env, HOME: env.HOME || (0, import_node_os2.homedir)() });
  return dir !== null && (0, import_node_fs4.existsSync)((0, import_node_path2.join)(dir, "current"));
}

// src/bind/holder.ts
var import_node_os3 = require("node:os");
var HOLD_MS = 6 * 60 * 60 * 1e3;
function ciJobId(env) {
  const join4 = (...parts) => parts.map((p) => p || "-").join("/");
  if (env.GITHUB_RUN_ID) return join4("github", env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.RUNNER_NAME);
  if (env.CI_JOB_ID) return join4("gitlab", env.CI_JOB_ID, env.CI_RUNNER_ID);
  if (env.BUILDKITE_JOB_ID) return join4("buildkite", env.BUILDKITE_JOB_ID, env.BUILDKITE_AGENT_NAME);
  if (env.BUILD_TAG) return join4("jenkins", env.BUILD_TAG, env.NODE_NAME);
  return null;
}
function actionHolder(env, now = Date.now()) {
  return { job: ciJobId(env) ?? `action/${(0, import_node_os3.hostname)()}/${process.ppid}`, host: (0, import_node_os3.hostname)(), pid: process.ppid, expires: now + HOLD_MS };
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
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") || line.startsWith(" ") && line.endsWith(" ") && line.trim() !== "" ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function mermaidText(text) {
  const MERMAID = { '"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;" };
  return text.replace(BREAKS, " ").replace(/["#<>&`]/g, (c) => MERMAID[c]);
}

// src/core/bind/binding-summary.ts
function bindingSummary(b) {
  const lines = ["### Builder", ""];
  if (b.kind === "bound") {
    lines.push("| builder | limit | mechanism | before |");
    lines.push("| --- | --- | --- | --- |");
    lines.push(
      `| ${mdCode(b.builder, true)} | ${limitsText(b.limits)} | ${mdCode(`docker update ${b.container}`, true)}: one limit for all its build steps together, given back in post | ${limitsText(b.before)} |`
    );
    lines.push("");
    if (b.warning) lines.push("> [!WARNING]", `> ${mdText(b.warning)}`, "");
    if (b.note) lines.push(`${mdText(b.note)}.`, "");
  } else if (b.unsure) {
    lines.push(
      "> [!WARNING]",
      `> Binding builder ${mdCode(b.builder)} failed and could not be fully undone: ${mdText(b.why)}. The post step gives it back its limit.`,
      ""
    );
  } else {
    lines.push(`No builder was bound${b.builder ? ` (${mdCode(b.builder)})` : ""}: ${mdText(b.why)}.`, "");
  }
  return lines.join("\n") + "\n";
}
function limitsText(l) {
  if (l.memoryBytes === 0) return "unlimited";
  const swap = l.memorySwapBytes === -1 ? "unlimited" : l.memorySwapBytes === 0 ? "unset" : formatSize(l.memorySwapBytes);
  return `${formatSize(l.memoryBytes)} (memory+swap ${swap})`;
}

// src/action/state.ts
function saveState2(key, value) {
  saveState(key, value);
}
function getState2(key) {
  return getState(key);
}

// src/bind/action-bind.ts
var TITLE = "Docker build memory";
async function bindForAction(plan2, request) {
  const { cancel, release } = trapCancellation();
  let binding;
  let intentSaved = false;
  try {
    binding = await bindPlannedLimit(plan2, request, actionHolder(process.env), {
      cancel,
      onIntent: (saved) => {
        saveState2("builder-binding", JSON.stringify(saved));
        intentSaved = true;
      }
    });
  } finally {
    release();
  }
  if (binding.enforcement === "builder" || binding.unsure) {
    const containerId = binding.enforcement === "builder" ? binding.saved.containerId : binding.unsure?.containerId ?? "";
    const watched = getState2("oom-watch-cgroups");
    saveState2("oom-watch-cgroups", [watched, containerId].filter((x) => x !== "").join(","));
  } else if (intentSaved) {
    saveState2("builder-binding", "");
  }
  return binding;
}
async function publishBinding(binding, summary2) {
  if (summary2 && process.env.GITHUB_STEP_SUMMARY) {
    const text = binding.enforcement === "builder" ? bindingSummary({
      kind: "bound",
      builder: binding.builder,
      container: binding.saved.container,
      limits: binding.limits,
      before: binding.before,
      warning: binding.warning,
      note: binding.note
    }) : bindingSummary({ kind: "none", builder: binding.unsure?.builder ?? binding.builder, why: binding.why, unsure: binding.unsure !== void 0 });
    await summary.addRaw(text).write();
  }
  setOutput("builder", binding.builder);
  setOutput("enforcement", binding.enforcement);
  if (binding.enforcement === "builder") {
    info(binding.message);
    if (binding.warning) warning(binding.warning, { title: TITLE });
  } else if (binding.unsure) {
    warning(`Binding builder ${binding.unsure.builder} failed and could not be fully undone: ${binding.why}. The post step gives it back its limit.`, {
      title: TITLE
    });
  } else if (binding.level === "notice") {
    notice(`No builder was bound: ${binding.why}.`, { title: TITLE });
  } else {
    warning(`No builder was bound, so nothing limits the job's builds: ${binding.why}.`, { title: TITLE });
  }
}

// src/action/build.ts
init_node_crypto();
var import_node_os4 = require("node:os");
var import_node_path3 = require("node:path");
var TITLE2 = "Docker build memory";
function actionSink(notice2, keepBuilder) {
  let resume = null;
  return {
    logDir: (0, import_node_path3.join)(process.env.RUNNER_TEMP || (0, import_node_os4.tmpdir)(), "docker-memory"),
    // Later steps of the job reuse it; post removes it, unless keep-builder keeps it.
    keepCreatedBuilder: true,
    publish: true,
    info: (m) => info(m),
    warning: (m) => warning(m, { title: TITLE2 }),
    notice: notice2,
    startLog: (title) => {
      startGroup(title);
      resume = randomBytes(16).toString("hex");
      info(`::stop-commands::${resume}`);
    },
    logLine: (l) => info(l),
    endLog: () => {
      if (resume !== null) info(`::${resume}::`);
      resume = null;
      endGroup();
    },
    explained: (report) => {
      const pids = report.explanation.findings.flatMap((f) => f.kill ? [f.kill.pid] : []);
      if (pids.length > 0) saveState2("explained-kills", pids.join(","));
    },
    finished: ({ outputs, lines, createdBuilder }) => {
      for (const line of lines) info(line);
      if (createdBuilder !== null && !keepBuilder) saveState2("builder-to-remove", createdBuilder);
      for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
    },
    fail: (message) => setFailed(message)
  };
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

// src/action/inputs.ts
var import_errors15 = require("./shared.js");

// src/core/resize/request.ts
var import_errors14 = require("./shared.js");

// src/core/resize/target.ts
var import_errors13 = require("./shared.js");
var MEMTOTAL_TOLERANCE = 0.1;

// src/core/resize/request.ts
function parseResizeInput(text) {
  const value = text.trim().toLowerCase();
  if (value === "" || value === "auto") return { kind: "auto" };
  if (value === "false" || value === "no") {
    throw new import_errors14.InputError(`resize "${text}": to never resize, leave on-insufficient at fail, warn or downgrade; resize takes auto or a size (12g)`);
  }
  const bytes = parseSize(text, "resize");
  if (bytes < GiB) throw new import_errors14.InputError(`resize "${text}" is below 1 GiB, the least Docker's VM boots with; give the size the VM should have (12g) or auto`);
  return { kind: "size", bytes };
}
var REPORTED_SHARE = 0.95;
function resizeWanted(machine, request, first, input) {
  if (first.onInsufficient !== "resize") return { kind: "none" };
  if (input.kind === "size") {
    if (first.engine.source === "docker" && first.engine.bytes >= input.bytes * (1 - MEMTOTAL_TOLERANCE)) return { kind: "none" };
    return { kind: "resize", bytes: input.bytes };
  }
  if (first.status === "ok") return { kind: "none" };
  if (!machine.docker) return { kind: "resize", bytes: first.requiredEngineBytes };
  const physical = machine.memory.totalBytes;
  for (let size = Math.ceil(first.requiredEngineBytes / GiB) * GiB; size <= physical; size += GiB) {
    const trial = plan({ ...machine, docker: { ...machine.docker, memTotalBytes: Math.floor(size * REPORTED_SHARE) } }, request);
    if (trial.status === "ok") return { kind: "resize", bytes: size };
  }
  const problem = first.problems[0];
  return {
    kind: "impossible",
    why: `no VM size up to this machine's ${formatSize(physical)} makes the plan fit (${problem ? problem.message : "see the plan"})`
  };
}
function parseResizeTimeout(text, what) {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86400) {
    throw new import_errors14.InputError(`${what} "${text}" must be a whole number of seconds from 1 to 86400`);
  }
  return Number(value) * 1e3;
}

// src/action/inputs.ts
function readActionInputs(mode) {
  const read = (name) => getInput(name);
  const plan2 = parsePlanRequest(read);
  const build = mode === "plan-and-build" && wantsBuild(read) ? parseBuildRequest(read, { gitContext: runGitContext() }) : null;
  if (build === null) parseDriver(read("driver"));
  const swap = read("memory-swap").trim();
  const bind = build === null && mode !== "resize-only" ? {
    builder: read("builder").trim() || null,
    memorySwapBytes: swap === "" ? null : parseSize(swap, "memory-swap"),
    mode: parseBuilderLimit(read("builder-limit"))
  } : null;
  for (const s of build?.secrets ?? []) setSecret(s.value);
  return {
    plan: plan2,
    exportEnv: parseBoolean(read("export-env") || PLAN_DEFAULTS["export-env"], "export-env"),
    exportParallelism: parseBoolean(read("export-parallelism") || PLAN_DEFAULTS["export-parallelism"], "export-parallelism"),
    summary: parseBoolean(read("summary") || PLAN_DEFAULTS.summary, "summary"),
    oomWatch: oomWatch(read),
    resize: parseResizeInput(read("resize")),
    resizeTimeoutMs: parseResizeTimeout(read("resize-timeout") || "600", "resize-timeout"),
    build,
    bind,
    keepLimit: parseBoolean(read("keep-limit") || "false", "keep-limit"),
    history: parseBoolean(read("history") || "false", "history") ? { key: read("history-key") } : null,
    read
  };
}
function runGitContext(env = process.env) {
  return gitContext({
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    repository: env.GITHUB_REPOSITORY ?? "",
    ref: env.GITHUB_REF ?? "",
    sha: env.GITHUB_SHA ?? "",
    pullRequestHead: env.DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF === "true"
  });
}
function parseBuilderLimit(text) {
  const mode = text.trim() || "lower";
  if (mode !== "lower" && mode !== "replace") throw new import_errors15.InputError(`builder-limit "${text}" is not lower or replace`);
  return mode;
}
function oomWatch(read = (name) => getInput(name)) {
  return parseBoolean(read("oom-watch") || "true", "oom-watch");
}

// src/core/render/chart-scale.ts
function chartScale(top) {
  if (top >= GiB) {
    const value2 = (b) => Number((b / GiB).toFixed(2));
    return { unit: "GiB", value: value2, axisTop: Math.ceil(top * 1.05 / GiB * 10) / 10 };
  }
  const value = (b) => Math.round(b / MiB);
  return { unit: "MiB", value, axisTop: value(top * 1.05) + 1 };
}

// src/core/render/parallelism.ts
var MAX_BARS = 12;
function parallelismChart(plan2) {
  const p = plan2.parallelism;
  const limit = plan2.build.bytes;
  const next = p.source === "history" ? nextStep(plan2) : p.together[0];
  const sums = [];
  let sum = 0;
  for (const bytes of p.together.slice(0, MAX_BARS)) sums.push(sum += bytes);
  const showsNext = next !== void 0 && p.together.length < MAX_BARS;
  if (showsNext) sums.push(sum + next);
  const top = Math.max(limit, ...sums.slice(-1));
  const scale = chartScale(top);
  const labels = sums.map((_, i) => `"${i + 1}${showsNext && i === sums.length - 1 ? " (too many)" : ""}"`);
  return [
    "xychart-beta",
    `  title "max-parallelism ${p.maxParallelism}: steps at once against the ${formatSize(limit)} build limit (${scale.unit})"`,
    `  x-axis "steps running at once" [${labels.join(", ")}]`,
    `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
    `  bar [${sums.map(scale.value).join(", ")}]`,
    `  line [${sums.map(() => scale.value(limit)).join(", ")}]`
  ];
}
function parallelismSection(plan2) {
  const p = plan2.parallelism;
  const from = p.source === "history" ? `each step's measured peak (${p.together.length} heaviest shown)` : `memory-per-job (${formatSize(plan2.memoryPerJobBytes)}) per step, as no step was measured yet`;
  const platforms = p.platforms.length > 1 ? ` \xB7 ${p.platforms.length} platforms, each running every step` : "";
  return [
    `**max-parallelism ${p.maxParallelism}** from ${from}${platforms}. For docker/setup-buildx-action's \`buildkitd-config-inline\`:`,
    "",
    "```toml",
    p.buildkitdConfig.trimEnd(),
    "```",
    "",
    "```mermaid",
    ...parallelismChart(plan2),
    "```",
    ""
  ];
}
function nextStep(plan2) {
  const { together, measured } = plan2.parallelism;
  return measured[together.length] ?? measured[0];
}

// src/core/render/text.ts
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function buildLimitText(plan2) {
  const bytes = buildLimitBytes(plan2);
  return bytes === null ? `none (${formatSize(plan2.build.bytes)} left for the build)` : formatSize(bytes);
}
function historyLine(h) {
  const runner = h.runner ? runnerName(h.runner) : "none of the GitHub-hosted runners";
  const fits = h.fitsWithHeadroom ? "fits this one" : h.fits ? "this one holds the peak but not all the headroom" : "does NOT fit this one";
  return `peak ${formatSize(h.peakBytes)} (${h.key}, ${count(h.runs, "run")}) needs a build limit of ${formatSize(h.neededBuildBytes)} and a machine with ${formatSize(h.requiredTotalBytes)}: ${fits}; smallest runner: ${runner}`;
}

// src/core/render/summary.ts
function planSummary(plan2, machine) {
  const lines = [];
  const icon = plan2.status === "ok" ? "\u2705" : "\u274C";
  lines.push(`## ${icon} Docker memory plan \xB7 ${mdText(plan2.profile)}`);
  lines.push("");
  lines.push(`**Build limit ${buildLimitText(plan2)}** \xB7 **${count(plan2.jobs, "parallel job")}** \xB7 ${machineLine(plan2, machine)}`);
  lines.push("");
  if (plan2.problems.length > 0) {
    lines.push("> [!CAUTION]");
    lines.push(`> **Not enough memory** (on-insufficient: ${mdText(plan2.onInsufficient)})`);
    for (const p of plan2.problems) lines.push(`> - **${layerName(p.layer)}:** ${mdText(p.message)}. Fix: ${mdText(p.fix)}.`);
    lines.push("");
  }
  if (plan2.adjustments.length > 0) {
    lines.push("> [!WARNING]");
    for (const a of plan2.adjustments) lines.push(`> ${mdText(a)}`);
    lines.push("");
  }
  if (plan2.history) {
    lines.push(`**Learned from history:** ${mdText(historyLine(plan2.history))}.`);
    lines.push("");
  }
  lines.push("```mermaid");
  lines.push(layersChart(plan2).join("\n"));
  lines.push("```");
  lines.push("");
  if (plan2.status === "ok") lines.push(...parallelismSection(plan2));
  if (plan2.fit.fits !== null) {
    lines.push(`**${plan2.fit.fits ? "Fits this runner" : "Does NOT fit this runner"}:** ${mdText(fitSentence(plan2.fit, plan2.fitBasis.labels))}`);
    lines.push("");
  }
  lines.push("| Layer | Memory | From | Holds |");
  lines.push("| --- | ---: | --- | --- |");
  const bad = badLayers(plan2);
  const ok = (layer) => bad.has(layer) ? "\u274C" : "\u2705";
  lines.push(`| 1 \xB7 Machine | ${formatSize(plan2.machine.totalBytes)} | ${sourceName(plan2.machine.totalSource)} | ${ok("machine")} reserve ${formatSize(plan2.reserveBytes)} |`);
  lines.push(
    `| 2 \xB7 Docker engine | ${formatSize(plan2.engine.bytes)} | ${plan2.engine.source === "docker" ? mdText(plan2.engine.backend) : "assumed (no engine seen)"} | ${ok("engine")} ${count(plan2.containers.length, "container")} |`
  );
  lines.push(
    `| 3 \xB7 Build | ${buildLimitText(plan2)} | ${plan2.build.source === "profile" ? `${mdText(plan2.profile)} profile` : plan2.build.source === "history" ? "known peak + headroom" : "build-memory"} | ${ok("build")} ${plan2.jobs} \xD7 ${formatSize(plan2.memoryPerJobBytes)} ${plan2.jobs === 1 ? "job" : "jobs"} |`
  );
  for (const c of plan2.containers) {
    lines.push(
      `| 3 \xB7 ${mdText(c.name)}${c.model ? ` (${mdText(c.model)})` : ""} | ${formatSize(c.bytes)} | ${c.model ? `Ollama ${mdText(plan2.ollama?.choice ?? "")}` : "containers"} | ${mdCode(`--memory ${toDockerSize(c.bytes)}`, true)} |`
    );
  }
  lines.push("");
  lines.push("<details><summary>Why these numbers</summary>");
  lines.push("");
  for (const r of plan2.reasons) lines.push(`- ${mdText(r)}`);
  lines.push("");
  lines.push("</details>");
  lines.push("");
  return lines.join("\n");
}
function machineLine(plan2, machine) {
  const where = machine.runner.environment ?? machine.runner.ciName;
  const cpus2 = count(plan2.machine.cpus, "CPU");
  return `${formatSize(plan2.machine.totalBytes)} \xB7 ${cpus2} \xB7 ${mdText(`${where} ${machine.runner.os ?? machine.os.platform}/${machine.runner.arch ?? machine.os.arch}`)}`;
}
function layersChart(plan2) {
  const out = ["flowchart TB"];
  out.push(`  subgraph L1["Machine \xB7 ${formatSize(plan2.machine.totalBytes)}"]`);
  out.push(`    R["Reserve for OS and runner<br/>${formatSize(plan2.reserveBytes)}"]`);
  out.push(`    subgraph L2["Docker engine \xB7 ${formatSize(plan2.engine.bytes)}"]`);
  out.push(`      B["Build limit<br/>${buildLimitBytes(plan2) === null ? "none" : formatSize(plan2.build.bytes)} \xB7 ${count(plan2.jobs, "job")}"]`);
  plan2.containers.forEach((c, i) => out.push(`      C${i}["${mermaidText(c.name)}<br/>${formatSize(c.bytes)}"]`));
  const free = plan2.usableBytes - plan2.build.bytes - plan2.containers.reduce((s, c) => s + c.bytes, 0);
  if (free > 0.05 * GiB) out.push(`      F["Headroom<br/>${formatSize(free)}"]`);
  out.push("    end");
  out.push("  end");
  const bad = badLayers(plan2);
  out.push("  classDef ok fill:#dafbe1,stroke:#1a7f37");
  out.push("  classDef bad fill:#ffebe9,stroke:#cf222e");
  out.push(`  class B ${bad.has("build") ? "bad" : "ok"}`);
  if (plan2.containers.length > 0) out.push(`  class ${plan2.containers.map((_, i) => `C${i}`).join(",")} ${bad.has("engine") ? "bad" : "ok"}`);
  return out;
}
function badLayers(plan2) {
  const bad = new Set(plan2.problems.map((p) => p.layer));
  if (buildLimitBytes(plan2) === null) bad.add("build");
  return bad;
}
function layerName(layer) {
  return layer === "machine" ? "Layer 1 (machine)" : layer === "engine" ? "Layer 2 (Docker engine)" : "Layer 3 (build)";
}
function sourceName(source) {
  return source === "cgroup" ? "cgroup limit" : source === "override" ? "given" : "physical";
}

// src/action/publish.ts
async function publishPlan(plan2, machine, options) {
  const env = options.exportEnv ? planEnv(plan2, { parallelism: options.exportParallelism, inherited: process.env }) : {};
  for (const [name, value] of Object.entries(planOutputs(plan2))) setOutput(name, value);
  for (const [name, value] of Object.entries(env)) exportVariable(name, value);
  if (options.summary && process.env.GITHUB_STEP_SUMMARY) {
    await summary.addRaw(planSummary(plan2, machine)).write();
  }
  for (const a of plan2.adjustments) warning(a, { title: "Docker memory plan adjusted" });
  const fail = plan2.onInsufficient !== "warn";
  for (const p of plan2.problems) {
    const message = `${p.message}. Fix: ${p.fix}.`;
    if (fail) error(message, { title: "Not enough memory for this plan" });
    else warning(message, { title: "Not enough memory for this plan" });
  }
  if (stopsForInsufficient(plan2)) {
    setFailed(`The memory plan does not fit this machine (on-insufficient: ${plan2.onInsufficient}); see the errors above.`);
  }
}

// src/action/resize.ts
var import_errors17 = require("./shared.js");

// src/core/resize/backend.ts
var import_errors16 = require("./shared.js");
var RESIZE_PLATFORMS = ["darwin", "win32", "linux"];
function platformOf(runnerOs, processPlatform) {
  const byRunner = { macos: "darwin", windows: "win32", linux: "linux" };
  const fromRunner = runnerOs ? byRunner[runnerOs.toLowerCase()] : void 0;
  if (fromRunner) return fromRunner;
  return RESIZE_PLATFORMS.includes(processPlatform) ? processPlatform : "linux";
}

// src/action/resize.ts
async function resizeForPlan(machine, request, first, input, timeoutMs) {
  const unchanged = { machine, plan: first, resized: false };
  const wanted = resizeWanted(machine, request, first, input);
  if (wanted.kind === "none") return unchanged;
  const platform = platformOf(process.env.RUNNER_OS, process.platform);
  const title = "Docker's VM was not resized";
  const { locateBackend, targetFor } = await import("./chunks/lazy-resize-locate.mjs");
  const { resizeDockerVm } = await import("./chunks/lazy-resize-resize.mjs");
  try {
    const { choice, paths } = locateBackend(platform, null, machine.docker, process.env);
    if (choice.backend === null) {
      if (input.kind === "size") throw new import_errors17.InputError(`resize: ${formatSize(input.bytes)} cannot be done: ${choice.why}`);
      warning(`Resizing does not apply: ${choice.why}.`, { title });
      return unchanged;
    }
    if (wanted.kind === "impossible") {
      warning(`Resizing would not help: ${wanted.why}.`, { title });
      return unchanged;
    }
    const targetBytes = targetFor(choice.backend, machine, wanted.bytes);
    startGroup(`Resizing Docker's VM to ${formatSize(targetBytes)} (${choice.backend}: ${choice.why})`);
    try {
      const result = await resizeDockerVm({ platform, backend: choice.backend, paths, targetBytes, timeoutMs, dryRun: false, log: (line) => info(line) });
      if (!result.resized) return unchanged;
    } finally {
      endGroup();
    }
  } catch (error2) {
    error(error2.message, { title });
    process.exitCode = ExitCode.Failure;
    return unchanged;
  }
  const after = await detectMachine();
  return { machine: after, plan: plan(after, request), resized: true };
}

// src/entries/action-main.ts
async function run(mode = "plan-and-build") {
  saveState2("started-at", (/* @__PURE__ */ new Date()).toISOString());
  const oomKills = await readOomKillCounter();
  if (oomKills !== null) saveState2("oom-kill-count", String(oomKills));
  try {
    const inputs = readActionInputs(mode);
    const detected = await detectMachine();
    const history = inputs.history ? await loadHistory(inputs.history.key, inputs.read) : null;
    const planRequest = { ...inputs.plan, knownPeak: history?.peak ?? null };
    const { machine, plan: result, resized } = await resizeForPlan(detected, planRequest, plan(detected, planRequest), inputs.resize, inputs.resizeTimeoutMs);
    const build = inputs.build && !stopsForInsufficient(result) ? inputs.build : null;
    const runner = build ? await loadBuildRunner() : null;
    const prepared = build && runner && await runner.prepareBuild(build, result);
    const binding = inputs.bind && !stopsForInsufficient(result) ? await bindForAction(result, inputs.bind) : null;
    await publishPlan(result, machine, { exportEnv: inputs.exportEnv, exportParallelism: inputs.exportParallelism, summary: inputs.summary });
    setOutput("resized", String(resized));
    if (binding) await publishBinding(binding, inputs.summary);
    if (binding?.enforcement === "builder") {
      await (await import("./chunks/lazy-action-parallelism.mjs")).noteBuilderParallelism(binding.builder, binding.saved.container, result);
      await (await import("./chunks/lazy-action-builder-series.mjs")).startBuilderSeries(binding.saved.containerId, machine.docker);
    }
    if (prepared && runner) await runner.buildAndExplain(prepared, result, history, actionSink(historyNotice, prepared.request.keepBuilder));
  } catch (error2) {
    setFailed((0, import_errors18.messageForUser)(error2) ?? `docker-memory-action failed: ${error2.message}`);
  }
}
async function loadBuildRunner() {
  const [{ prepareBuild }, { buildAndExplain }] = await Promise.all([import("./chunks/lazy-build-run-build.mjs"), import("./chunks/lazy-build-build-and-explain.mjs")]);
  return { prepareBuild, buildAndExplain };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});

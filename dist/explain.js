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
  addDetails(label2, content) {
    const element = this.wrap("details", this.wrap("summary", label2) + content);
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
var import_errors18 = require("./shared.js");

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

// src/core/explain/classify.ts
var KILLS = /* @__PURE__ */ new Set(["kernel-kill", "tool-kill", "enomem"]);
var MAX_EVIDENCE = 5;
function classify({ log, outcome, killByStep, daemonKill = null }) {
  const findings = [];
  const failed = log.steps.find((s) => s.id === log.failedStepId) ?? null;
  const containerKill = outcome?.builderOomKilled === true && !log.daemonLost;
  const counted = (outcome?.oomKills ?? 0) > 0;
  const kernelCounted = counted || containerKill;
  const countedEvidence = counted ? `the build's cgroup counted ${outcome?.oomKills} OOM kill(s)` : "the builder container's State.OOMKilled is true";
  const loose = log.signals;
  const failedSignals = failed ? [...failed.signals, ...loose] : [];
  if (!log.docker && !outcome) {
    const kill = strongest(loose);
    if (kill) findings.push(finding("no-build", null, null, kill.confidence, kill.evidence, null));
    else {
      const exit137 = loose.filter((s) => s.kind === "exit-137");
      if (exit137.length > 0 && memoryErrors(loose).length === 0)
        findings.push(
          finding(
            "no-build",
            null,
            null,
            "inferred",
            exit137.map((s) => s.text),
            null
          )
        );
    }
    for (const m of memoryErrors(loose)) findings.push(finding("no-build", null, null, m.confidence, m.evidence, m.memory));
    return findings;
  }
  if (failed) {
    const kernelKill = killByStep.get(failed.id) ?? null;
    const kill = strongest(failedSignals);
    const exit137 = failed.exitCode === 137 || failedSignals.some((s) => s.kind === "exit-137") || log.exitCode === 137 && failed.exitCode === null;
    const onPurpose = exitsOnPurpose(failed.instruction);
    const errorLine = failed.error ?? log.finalError;
    if (kernelKill || kernelCounted && (exit137 || kill)) {
      const evidence = kernelKill ? [kernelLine(kernelKill)] : [countedEvidence];
      findings.push(finding("step-oom", failed, kernelKill, "seen by the kernel", [...evidence, ...kill?.evidence ?? [], ...lines(errorLine)], null));
    } else if (kill) {
      findings.push(finding("step-oom", failed, null, kill.confidence, [...kill.evidence, ...lines(errorLine)], null));
    } else if (exit137 && !onPurpose) {
      findings.push(
        finding("step-killed", failed, null, "inferred", [...lines(errorLine), ...failedSignals.filter((s) => s.kind === "exit-137").map((s) => s.text)], null)
      );
    }
    const memory = memoryErrors(failedSignals);
    for (const m of memory) findings.push(finding("memory-error", failed, null, m.confidence, m.evidence, m.memory));
    if (findings.length === 0 && !log.daemonLost) {
      const diskLines = failedSignals.filter((s) => s.kind === "disk").map((s) => s.text);
      const disk = log.diskFull || diskLines.length > 0 ? [...diskLines.slice(0, 1), "no space left on device: the disk, not memory"] : [];
      findings.push(finding("step-failed", failed, null, "reported by the tool", [...lines(errorLine), ...disk], null));
    }
  }
  const dying = log.daemonLost ? log.steps.filter((s) => s !== failed && s.result === "running" && strongest(s.signals) !== null) : [];
  for (const step of log.steps) {
    if (step === failed || step.result === "error" || dying.includes(step)) continue;
    const kill = strongest(step.signals);
    if (!kill || step.killedLines === 0) continue;
    const kernelKill = killByStep.get(step.id) ?? null;
    const cutOff2 = step.result === "running" && !log.succeeded;
    findings.push(
      finding(
        cutOff2 ? "step-oom" : "killed-but-passed",
        step,
        kernelKill,
        kernelKill ? "seen by the kernel" : kill.confidence,
        kernelKill ? [kernelLine(kernelKill), ...kill.evidence] : kill.evidence,
        null
      )
    );
  }
  if (log.daemonLost) {
    const running = log.steps.filter((s) => s.result === "running" && /^RUN /.test(s.instruction));
    const lost = lines(log.builderLostLine ?? log.finalError);
    const last = dying.length > 0 ? dying[dying.length - 1] : null;
    const at = failed ?? last;
    const lastKill = at === last && last ? strongest(last.signals).evidence : [];
    const stepOom = findings.some((f) => f.kind === "step-oom");
    let daemon = null;
    if (outcome?.builderOomKilled) {
      daemon = finding("daemon-oom", at, null, "seen by the kernel", [`the builder container's State.OOMKilled is true`, ...lost, ...lastKill], null);
    } else if (daemonKill) {
      daemon = finding("daemon-oom", at, daemonKill, "seen by the kernel", [kernelLine(daemonKill), ...lost, ...lastKill], null);
    } else if (kernelCounted) {
      daemon = finding(
        "daemon-oom",
        at,
        null,
        "seen by the kernel",
        [`the builder's cgroup counted ${outcome?.oomKills} OOM kill(s)`, ...lost, ...lastKill],
        null
      );
    } else if (!stepOom && last) {
      daemon = finding("daemon-oom", last, null, "inferred", [...lost, ...strongest(last.signals).evidence], null);
    } else if (!stepOom) {
      findings.unshift(finding("builder-lost", running[running.length - 1] ?? failed, null, "reported by the tool", lost, null));
    }
    if (daemon) {
      const at2 = daemon.step;
      const same2 = findings.filter((f) => f.step !== null && f.step === at2 && (f.kind === "step-oom" || f.kind === "step-killed"));
      for (const f of same2) findings.splice(findings.indexOf(f), 1);
      const evidence = [...daemon.evidence, ...same2.flatMap((f) => f.evidence)];
      findings.unshift(finding("daemon-oom", at2, daemon.kill ?? same2[0]?.kill ?? null, daemon.confidence, evidence, null));
    }
    for (const step of dying) {
      if (step === daemon?.step) continue;
      const kill = strongest(step.signals);
      const kernelKill = killByStep.get(step.id) ?? null;
      findings.push(
        finding(
          "step-oom",
          step,
          kernelKill,
          kernelKill ? "seen by the kernel" : kill.confidence,
          kernelKill ? [kernelLine(kernelKill), ...kill.evidence] : kill.evidence,
          null
        )
      );
    }
  }
  if (!findings.some((f) => f.kind !== "killed-but-passed" && f.kind !== "step-failed") && !failed) {
    const buildKilled = outcome?.exitCode === 137 || outcome?.signal === "SIGKILL";
    const kill = strongest(loose);
    if (kill && log.docker) findings.push(finding(log.succeeded ? "killed-but-passed" : "step-oom", null, null, kill.confidence, kill.evidence, null));
    else if (buildKilled)
      findings.unshift(
        finding(
          "build-killed",
          null,
          null,
          kernelCounted ? "seen by the kernel" : "inferred",
          [`the build ended by ${outcome?.signal ?? "exit code 137"}`],
          null
        )
      );
    for (const m of memoryErrors(loose)) findings.push(finding("memory-error", null, null, m.confidence, m.evidence, m.memory));
  } else if (outcome && (outcome.exitCode === 137 || outcome.signal === "SIGKILL") && !findings.some(isKill)) {
    findings.unshift(
      finding(
        "build-killed",
        failed,
        null,
        kernelCounted ? "seen by the kernel" : "inferred",
        [`the build ended by ${outcome.signal ?? "exit code 137"}`],
        null
      )
    );
  }
  return findings;
}
function isKill(f) {
  return f.kind === "step-oom" || f.kind === "killed-but-passed" || f.kind === "daemon-oom" || f.kind === "step-killed" || f.kind === "build-killed" || f.kind === "no-build" && f.memory === null;
}
function strongest(signals) {
  const kernel = signals.filter((s) => s.kind === "kernel-kill");
  const tool = signals.filter((s) => KILLS.has(s.kind) && s.kind !== "kernel-kill");
  if (kernel.length > 0) return { confidence: "seen by the kernel", evidence: [...kernel, ...tool].map((s) => s.text) };
  if (tool.length > 0) return { confidence: "reported by the tool", evidence: tool.map((s) => s.text) };
  return null;
}
function memoryErrors(signals) {
  const byKind = /* @__PURE__ */ new Map();
  for (const s of signals) {
    if (s.kind !== "memory" || !s.memory) continue;
    byKind.set(s.memory, [...byKind.get(s.memory) ?? [], s]);
  }
  return [...byKind].map(([memory, found]) => {
    const said = found.filter((s) => !s.inferred);
    return said.length > 0 ? { memory, evidence: said.map((s) => s.text), confidence: "reported by the tool" } : { memory, evidence: found.map((s) => s.text), confidence: "inferred" };
  });
}
function finding(kind, step, kill, confidence, evidence, memory) {
  return { kind, step, kill, confidence, evidence: [...new Set(evidence.map((line) => clip(line, MAX_SIGNAL_TEXT)))].slice(0, MAX_EVIDENCE), memory };
}
function lines(text) {
  return text ? [text] : [];
}
function kernelLine(k) {
  return `kernel: killed ${k.process} (pid ${k.pid})${k.anonRssBytes !== null ? ` holding ${Math.round(k.anonRssBytes / 1048576)} MiB` : ""}${k.oomMemcg ? ` when cgroup ${k.oomMemcg} hit its limit` : k.scope === "host" ? " when the machine ran out of memory" : ""}`;
}

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
function toInputSize(bytes) {
  const mib = Math.floor(bytes / MiB);
  if (mib >= 1024 && mib * 100 % 1024 === 0) return `${mib / 1024}g`;
  return toDockerSize(bytes);
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
  const locate = (step) => {
    if (!input.dockerfile) return null;
    if (step && step.id === log.failedStepId && log.excerpt && baseName(input.dockerfile.path) === baseName(log.excerpt.file)) {
      const atLine = instructionAtLine(instructions, log.excerpt.startLine);
      if (atLine) return atLine;
    }
    return step ? findInstruction(instructions, step) : null;
  };
  const failed = log.steps.find((s) => s.id === log.failedStepId) ?? null;
  const killed = log.steps.filter(
    (s) => s.killedLines > 0 || s === failed && (s.exitCode === 137 || outcome?.signal === "SIGKILL" || outcome?.exitCode === 137)
  );
  const ordered = [...killed.filter((s) => s !== failed), ...killed.filter((s) => s === failed)];
  const attributed = attributeKills(log, ordered, input.kills);
  const { byStep } = attributed;
  const daemonKill = log.daemonLost ? attributed.rest.find((k) => k.process === "buildkitd" && k.scope === "memcg" && !(k.taskMemcg?.includes("/buildkit/") ?? false)) ?? null : null;
  const rest = attributed.rest.filter((k) => k !== daemonKill);
  const findings = classify({ log, outcome, killByStep: byStep, daemonKill }).map((f) => ({ ...f, instruction: locate(f.step) }));
  const fixes = memoryFixes(
    findings.filter((f) => f.kind !== "step-failed" && f.kind !== "memory-error" && f.kind !== "builder-lost" && !(f.kind === "no-build" && f.memory !== null)),
    input
  );
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
function daemonHeld(outcome) {
  if (outcome?.enforcement === "none")
    return `Nothing bound the builder (${outcome.enforcementReason}): the memory of the engine or machine ran out under the daemon, which holds all steps together.`;
  if (outcome?.limitBytes) return `The builder's own limit of ${formatSize(outcome.limitBytes)} holds all steps together and is too small for this build.`;
  return "The daemon holds all steps together: the memory it had (its own limit, or the engine's) was too small for this build.";
}
function annotate(f, input, fixes) {
  const outcome = input.outcome;
  const where = f.instruction && input.dockerfile ? { file: input.dockerfile.path, startLine: f.instruction.startLine, endLine: f.instruction.endLine } : input.dockerfile ? { file: input.dockerfile.path } : {};
  const stepName = f.step ? `step ${f.step.name}` : "the build";
  const fixText = fixes.length > 0 ? ` Fix: ${fixes.join("; or ")}.` : "";
  const peak = outcome?.peakBytes ? ` Peak: ${formatSize(outcome.peakBytes)}${outcome.limitBytes ? ` of ${formatSize(outcome.limitBytes)}` : ""}.` : "";
  const said = ` Confidence: ${f.confidence}. Evidence: ${f.evidence.map((e) => `"${e}"`).join("; ")}.`;
  const exit = f.step?.exitCode !== null && f.step?.exitCode !== void 0 ? ` (exit code ${f.step.exitCode})` : "";
  switch (f.kind) {
    case "daemon-oom":
      return {
        level: "error",
        title: "BuildKit daemon killed: out of memory",
        message: `The BuildKit daemon${outcome?.builderName ? ` (builder ${outcome.builderName})` : ""} was killed, so the build lost its server (${input.log.finalError ?? "State.OOMKilled"}). ${daemonHeld(outcome)}${peak}${fixText}${said}`,
        ...where
      };
    case "builder-lost":
      return {
        level: "warning",
        title: "The builder went away",
        message: `The build lost its connection to the BuildKit daemon${f.step ? ` while ${stepName} ran` : ""}. A builder killed for memory ends a build so, but so does one that crashed or was stopped, and nothing in the log says which: look at the builder container (docker inspect --format '{{.State.OOMKilled}}') or its logs.${said}`,
        ...where
      };
    case "killed-but-passed":
      return {
        level: "warning",
        title: `Killed but passed: ${short(f.step?.name ?? "a process outside any step")}`,
        message: `${killedWhat(f)} in ${stepName}, yet ${f.step ? "the step succeeded" : "the build succeeded"} (a pipe without pipefail, or a script without set -e): the image may be broken.${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      };
    case "build-killed":
      return {
        level: "error",
        title: "Build killed (SIGKILL)",
        message: `The build ended by SIGKILL (exit code 137), which is how the out-of-memory killer ends processes, but also how a runner or a user stops one; no step in the log shows a kill.${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      };
    case "step-killed":
      return {
        level: "error",
        title: `Killed (SIGKILL), not known to be memory: ${short(f.step?.name ?? "")}`,
        message: `${stepName} ended with exit code 137: a process was killed by SIGKILL. The out-of-memory killer ends processes so, but nothing in the log says it was memory (no Killed line, no kernel record).${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      };
    case "step-oom":
      return {
        level: "error",
        title: `Out of memory: ${short(f.step?.name ?? "a process outside any step")}`,
        message: `${killedWhat(f)} in ${stepName}${cutOff(f, input.log) ? " while it ran; the log ends before the step did: it shows neither that the step passed nor that it failed" : exit}.${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      };
    case "memory-error":
      return {
        level: "error",
        title: `${memoryTitle(f, f.memory ?? "native")} (not a kill): ${short(f.step?.name ?? "the build")}`,
        message: `${memoryText(f, f.memory ?? "native")} in ${stepName}${exit}. Fix: ${memoryFix(f.memory ?? "native")}.${said}`,
        ...where
      };
    case "step-failed":
      return {
        level: "notice",
        title: `Build failed, not for memory: ${short(f.step?.name ?? "the build")}`,
        message: `${f.step ? `${stepName} failed${exit}` : "The build failed"}; nothing in the log says memory ran out or a process was killed.${said}`,
        ...where
      };
    case "no-build":
      if (!f.memory && f.confidence === "inferred")
        return {
          level: "error",
          title: "No Docker build in this log, but a process was killed (SIGKILL)",
          message: `The log holds no Docker build (no builder output, step or final error), but a process ended with exit code 137: it was killed by SIGKILL. The out-of-memory killer ends processes so, but so does a runner or a user stopping a job, and nothing in the log says which (no Killed line, no kernel record).${said}`
        };
      return {
        level: f.memory ? "warning" : "error",
        title: f.memory ? `No Docker build in this log, but ${afterBut(memoryTitle(f, f.memory))}` : "No Docker build in this log, but a process was killed",
        message: `The log holds no Docker build (no builder output, step or final error), but ${f.memory ? afterBut(memoryText(f, f.memory)) : "a process was killed"}.${f.memory ? ` Fix: ${memoryFix(f.memory)}.` : ""}${said}`
      };
  }
}
var MEMORY_TITLE = {
  "node-heap": "Node's heap ran out",
  "java-heap": "The JVM's heap ran out",
  "bad-alloc": "An allocation failed",
  python: "Python ran out of memory",
  native: "An allocation failed"
};
var MEMORY_TEXT = {
  "node-heap": "Node stopped at its own heap limit (JavaScript heap out of memory): the process was not killed, the container may have had memory to spare",
  "java-heap": "The JVM threw OutOfMemoryError at its own heap limit: the process was not killed",
  "bad-alloc": "A C++ program failed to allocate memory (std::bad_alloc): the process was not killed",
  python: "Python raised MemoryError: an allocation failed, the process was not killed",
  native: "A process could not allocate memory (out of memory, ENOMEM): it was not killed"
};
function memoryTitle(f, memory) {
  return f.confidence === "inferred" && memory === "node-heap" ? "Node's heap likely ran out" : MEMORY_TITLE[memory];
}
function memoryText(f, memory) {
  return f.confidence === "inferred" && memory === "node-heap" ? "Node aborted with the JS stack V8 prints when its heap runs out (the log lacks the FATAL ERROR line that would say so; the process was not killed)" : MEMORY_TEXT[memory];
}
function afterBut(sentence) {
  return sentence.replace(/^(?:The|An?) /, (article) => article.toLowerCase());
}
function memoryFix(memory) {
  switch (memory) {
    case "node-heap":
      return "raise Node's heap limit for the step (ENV NODE_OPTIONS=--max-old-space-size=<MiB>, below the memory the build has), rather than the container's memory";
    case "java-heap":
      return "raise the JVM's heap (-Xmx, through JAVA_TOOL_OPTIONS, MAVEN_OPTS or GRADLE_OPTS), below the memory the build has";
    default:
      return "give the build more memory, or run fewer jobs in parallel (make -j, cargo -j, ninja -j)";
  }
}
function cutOff(f, log) {
  return f.step?.result === "running" && !log.daemonLost;
}
function killedWhat(f) {
  if (f.kill) {
    const rss = f.kill.anonRssBytes !== null ? ` holding ${formatSize(f.kill.anonRssBytes)}` : "";
    const cg = f.kill.oomMemcg ? ` when cgroup ${f.kill.oomMemcg} hit its limit` : f.kill.scope === "host" ? " when the machine ran out of memory" : "";
    return `The kernel killed ${f.kill.process} (pid ${f.kill.pid})${rss}${cg}`;
  }
  if (f.confidence === "reported by the tool") return "A process was killed (the log says so)";
  if (f.confidence === "seen by the kernel") return "A process was killed for memory (the kernel counted it)";
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
  const unbound = outcome?.enforcement === "none";
  const limit = unbound ? null : outcome?.limitBytes ?? null;
  const rss = findings.reduce((top, f) => Math.max(top, f.kill?.anonRssBytes ?? 0), 0);
  const need = roundUp(Math.max(limit ? limit * 1.5 : 0, outcome?.peakBytes ? outcome.peakBytes * 1.25 : 0, rss * 2, 256 * MiB));
  if (unbound) return unboundFixes(need, plan2);
  if (!plan2) {
    const known = limit ?? (rss > 0 ? rss : null);
    return [
      known ? `give the build more than ${formatSize(known)}: about ${formatSize(need)} (build-memory: ${toInputSize(need)})` : "give the build more memory",
      "run fewer jobs in parallel"
    ];
  }
  const fixes = [];
  const basis = Math.min(plan2.machine.totalBytes, plan2.engine.bytes);
  const { containers, room } = roomFor(plan2);
  const besides = containers > 0 ? ` and ${formatSize(containers)} of containers` : "";
  if (need <= room) {
    fixes.push(
      `raise build-memory to ${formatSize(need)} (build-memory: ${toInputSize(need)}), which fits because this runner has ${formatSize(room)} usable for builds (${formatSize(basis)} less ${formatSize(plan2.reserveBytes)} reserve${besides})`
    );
  }
  if (plan2.jobs > 1) {
    const fit = limit ? Math.max(1, Math.floor(plan2.jobs * limit / need)) : Math.max(1, Math.floor(plan2.jobs / 2));
    if (fit < plan2.jobs) fixes.push(`reduce parallel jobs from ${plan2.jobs} to ${fit} (memory-per-job above ${formatSize(Math.ceil(need / fit))})`);
  }
  const profile = PROFILES.find((p) => profileMemory(p, basis) >= need && PROFILES.indexOf(p) > PROFILES.indexOf(plan2.profile));
  if (plan2.build.source === "profile" && profile && profileMemory(profile, basis) <= room)
    fixes.push(`use profile ${profile}, which gives ${formatSize(profileMemory(profile, basis))} here`);
  if (need > room) fixes.push(largerRunner(need, plan2));
  return fixes;
}
function unboundFixes(need, plan2) {
  if (!plan2)
    return [
      "bind the builder's memory (a docker-container builder with a memory limit, as build-memory sets): nothing bound this build, so what held it was the machine's (or Docker's VM's) memory, shared with all else running there",
      "give the machine (or Docker's VM) more memory",
      "run fewer jobs in parallel"
    ];
  const vm = plan2.engine.bytes < plan2.machine.totalBytes;
  const held = vm ? `Docker's VM's ${formatSize(plan2.engine.bytes)}` : `the machine's ${formatSize(plan2.machine.totalBytes)}`;
  const fixes = [
    `bind the builder's memory (a docker-container builder limited to build-memory, ${formatSize(plan2.build.bytes)} here): nothing bound this build, so what held it was ${held}, shared with all else running there`
  ];
  if (plan2.jobs > 1) fixes.push(`reduce parallel jobs from ${plan2.jobs} to ${Math.max(1, Math.floor(plan2.jobs / 2))}`);
  if (need > roomFor(plan2).room) fixes.push(largerRunner(need, plan2));
  return fixes;
}
function roomFor(plan2) {
  const containers = plan2.containers.reduce((sum, c) => sum + c.bytes, 0);
  return { containers, room: Math.max(0, plan2.usableBytes - containers) };
}
function largerRunner(need, plan2) {
  const { containers, room } = roomFor(plan2);
  return `use a larger runner: this build needs about ${formatSize(need)} and this one can give ${formatSize(room)}, so pick one with at least ${formatSize(need + containers + plan2.reserveBytes)}`;
}
function roundUp(bytes) {
  const step = bytes > 2 * GiB ? 512 * MiB : 64 * MiB;
  return Math.ceil(bytes / step) * step;
}
function aggregate(annotations) {
  const out = [];
  for (const level of ["error", "warning", "notice"]) {
    const same2 = annotations.filter((a) => a.level === level);
    if (same2.length <= ANNOTATIONS_PER_LEVEL) {
      for (const a of same2) out.push(a);
      continue;
    }
    const rest = same2.slice(ANNOTATIONS_PER_LEVEL - 1);
    for (const a of same2.slice(0, ANNOTATIONS_PER_LEVEL - 1)) out.push(a);
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
  return clip(text, 80);
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
function mermaidText(text) {
  const MERMAID = { '"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;" };
  return text.replace(BREAKS, " ").replace(/["#<>&`]/g, (c) => MERMAID[c]);
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

// src/core/render/step-peaks.ts
var MAX_STEP_BARS = 12;
var MAX_STEP_PEAK_ROWS = 50;
function label(instruction, platform) {
  const text = `${platform ? `${platform} ` : ""}${instruction}`;
  return mermaidText(text.length > 40 ? `${text.slice(0, 39)}\u2026` : text);
}
function stepPeaksSection(peaks, limitBytes, builderPeak) {
  const out = ["### Each step\u2019s peak", ""];
  if (!peaks.seen) {
    const stands = builderPeak === null ? "the build\u2019s peak was not measured either" : `the build\u2019s peak, ${formatSize(builderPeak)} for all steps together, stands for them`;
    return [...out, `Not measured per step: ${mdText(peaks.reason)}; ${stands}.`, ""];
  }
  if (peaks.steps.length === 0 && peaks.unattributed.length === 0)
    return [...out, `No RUN step\u2019s cgroup appeared under ${mdCode(peaks.parent)} while the build ran (all cached, or none ran long enough to be seen).`, ""];
  if (peaks.steps.length > 0) {
    const bars = peaks.steps.slice(0, MAX_STEP_BARS);
    const scale = chartScale(Math.max(limitBytes ?? 0, ...bars.map((s) => s.bytes)));
    out.push(
      "```mermaid",
      "xychart-beta",
      `  title "Each step's peak${limitBytes !== null ? ` against the ${formatSize(limitBytes)} build limit` : ""} (${scale.unit})"`,
      `  x-axis [${bars.map((s) => `"${label(s.instruction, s.platform)}"`).join(", ")}]`,
      `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
      `  bar [${bars.map((s) => scale.value(s.bytes)).join(", ")}]`,
      ...limitBytes !== null ? [`  line [${bars.map(() => scale.value(limitBytes)).join(", ")}]`] : [],
      "```",
      "",
      `The bars are each step's own high-water mark, read from its cgroup under ${mdCode(peaks.parent)}${limitBytes !== null ? "; the flat line is the limit all steps share" : ""}.${peaks.steps.length > MAX_STEP_BARS ? ` The ${MAX_STEP_BARS} heaviest of ${peaks.steps.length} are drawn.` : ""}`,
      ""
    );
    out.push("| Step | Platform | Peak |", "| --- | --- | ---: |");
    for (const s of peaks.steps.slice(0, MAX_STEP_PEAK_ROWS)) {
      const share = limitBytes ? ` (${Math.round(s.bytes / limitBytes * 100)} %)` : "";
      out.push(`| ${mdText(s.instruction)} | ${s.platform ? mdCode(s.platform, true) : "\u2014"} | ${formatSize(s.bytes)}${share} |`);
    }
    if (peaks.steps.length > MAX_STEP_PEAK_ROWS) out.push(`| \u2026 ${peaks.steps.length - MAX_STEP_PEAK_ROWS} more steps | | |`);
    out.push("");
  }
  for (const u of peaks.unattributed.slice(0, 10)) {
    const what = u.command === null ? "a step whose command could not be read" : `a step running ${mdCode(u.command.length > 120 ? `${u.command.slice(0, 119)}\u2026` : u.command)}`;
    const why = u.command === null ? "its process was gone (or not visible from here) before its command could be read" : u.candidates.length === 0 ? "no step of the log runs that command" : `it may be any of ${u.candidates.map((c) => mdText(c)).join("; ")}, so it is not given to one`;
    out.push(`- ${formatSize(u.bytes)} peak of ${what}: ${why}.`);
  }
  if (peaks.unattributed.length > 0) out.push("");
  return out;
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
function stepPeaksOf(seen, log) {
  if (!seen) return { seen: false, reason: "this build's steps ran where no step cgroup is watched (only a builder or BuildKit cgroup on this host is)" };
  if ("unseen" in seen) return { seen: false, reason: seen.unseen };
  return { seen: true, parent: seen.parent, ...attributeStepPeaks(seen.cgroups, log.steps, { timed: log.format === "rawjson" }) };
}

// src/core/explain/summary.ts
var MAX_STEP_ROWS = 200;
var MAX_CHART_POINTS = 60;
function buildSummary(log, explanation, outcome, plan2 = null) {
  const out = [];
  const said = verdict(log, explanation, outcome);
  out.push(`## ${HEADLINE[said]}`);
  out.push("");
  if (outcome) {
    out.push(`${boundSentence(outcome)} ${fitSentence(said, outcome)}`);
    out.push("");
    out.push("| Builder | Limit | Peak | Enforcement | Duration |");
    out.push("| --- | ---: | ---: | --- | ---: |");
    out.push(
      `| ${outcome.builderName ? mdCode(outcome.builderName, true) : "\u2014"} | ${outcome.limitBytes !== null ? formatSize(outcome.limitBytes) : "none"} | ${peakCell(outcome)} | ${mdText(outcome.enforcement)} | ${seconds(outcome.durationMs)} |`
    );
    out.push("");
    const chart = memoryChart(outcome);
    if (chart.length > 0) out.push("```mermaid", ...chart, "```", "", chartCaption(outcome), "");
    if (outcome.stepCgroups !== void 0) out.push(...stepPeaksSection(stepPeaksOf(outcome.stepCgroups, log), outcome.limitBytes, outcome.peakBytes));
  }
  if (plan2) {
    out.push(
      `Plan: ${mdText(plan2.profile)} profile, build ${formatSize(plan2.build.bytes)}, ${plan2.jobs} parallel job${plan2.jobs === 1 ? "" : "s"}, ${formatSize(plan2.usableBytes)} usable of ${formatSize(plan2.machine.totalBytes)} on ${plan2.machine.cpus} CPUs.`
    );
    out.push("");
  }
  for (const a of explanation.annotations) {
    out.push(a.level === "error" ? "> [!CAUTION]" : a.level === "warning" ? "> [!WARNING]" : "> [!NOTE]");
    out.push(`> **${mdText(a.title)}**${a.file ? ` \xB7 ${mdCode(`${a.file}${a.startLine ? `:${a.startLine}` : ""}`)}` : ""}`);
    out.push(`> ${mdText(a.message)}`);
    out.push("");
  }
  const memoryOf = new Map(explanation.findings.filter((f) => f.step && f.kill?.anonRssBytes).map((f) => [f.step.id, f.kill.anonRssBytes]));
  const withMemory = memoryOf.size > 0;
  out.push(withMemory ? "| Step | Duration | Result | Memory |" : "| Step | Duration | Result |");
  out.push(withMemory ? "| --- | ---: | --- | ---: |" : "| --- | ---: | --- |");
  for (const s of log.steps.slice(0, MAX_STEP_ROWS)) {
    const killed = s.killedLines > 0 ? " \xB7 Killed" : "";
    const memory = memoryOf.has(s.id) ? `${formatSize(memoryOf.get(s.id))} when killed` : "";
    const cells = [mdText(clip(s.name, 120)), s.durationMs === null ? "" : seconds(s.durationMs), `${RESULT[s.result]}${killed}`];
    if (withMemory) cells.push(memory);
    out.push(`| ${cells.join(" | ")} |`);
  }
  if (log.steps.length > MAX_STEP_ROWS) out.push(`| \u2026 ${log.steps.length - MAX_STEP_ROWS} more steps |${withMemory ? " | | |" : " | |"}`);
  out.push("");
  if (explanation.otherKills.length > 0)
    for (const line of killList("Other processes the kernel killed during the build", explanation.otherKills)) out.push(line);
  return out.join("\n");
}
function boundSentence(outcome) {
  if (outcome.enforcement === "none" || outcome.limitBytes === null)
    return `**No memory limit was bound** (${mdText(outcome.enforcementReason)}): the build could take all the engine's memory.`;
  const what = outcome.builderName ? `Builder ${mdCode(outcome.builderName)}` : outcome.limitScope === "step" ? "Each RUN step" : "The build";
  return `**${what} limited to ${formatSize(outcome.limitBytes)}** (${mdText(MECHANISM[outcome.enforcement])}).`;
}
function fitSentence(said, outcome) {
  const share = peakShare(outcome);
  const peak = outcome.peakBytes !== null ? `, peak ${formatSize(outcome.peakBytes)}${share}` : "";
  if (said === "fit") return outcome.peakBytes === null ? "**It fit** (peak not measured)." : `**It fit${peak}.**`;
  return `**${FIT[said]}${peak}.**`;
}
function peakShare(outcome) {
  return outcome.peakBytes !== null && outcome.limitBytes ? ` (${Math.round(outcome.peakBytes / outcome.limitBytes * 100)} % of the limit)` : "";
}
function peakCell(outcome) {
  if (outcome.peakBytes === null) return "not measured";
  return outcome.limitBytes ? `${formatSize(outcome.peakBytes)} (${Math.round(outcome.peakBytes / outcome.limitBytes * 100)} %)` : formatSize(outcome.peakBytes);
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
function verdict(log, explanation, outcome) {
  const kinds = new Set(explanation.findings.map((f) => f.kind));
  const passed = outcome ? outcome.exitCode === 0 : log.failedStepId !== null || log.daemonLost ? false : log.succeeded ? true : null;
  if (kinds.has("step-oom") || kinds.has("daemon-oom")) return "oom";
  if (kinds.has("step-killed") || kinds.has("build-killed")) return "sigkill";
  if (kinds.has("memory-error")) return "memory-error";
  if (kinds.has("no-build")) return "no-build";
  if (kinds.has("killed-but-passed")) return passed === null ? "killed" : passed ? "killed-but-passed" : "killed-but-failed";
  if (outcome?.builderOomKilled === true && passed) return "killed-but-passed";
  if (kinds.has("builder-lost")) return "builder-lost";
  if (kinds.has("step-failed") || passed === false) return "failed";
  if (!log.docker) return "no-docker";
  return "fit";
}
var HEADLINE = {
  oom: "\u274C Docker build ran out of memory",
  sigkill: "\u274C Docker build killed (SIGKILL), not known to be memory",
  "memory-error": "\u274C Docker build: memory trouble that is not a kill",
  "no-build": "\u2139\uFE0F No Docker build in this log, but a process was killed or ran out of memory",
  "killed-but-passed": "\u26A0\uFE0F Docker build passed, but a process was killed",
  "killed-but-failed": "\u274C Docker build failed; a process was killed in a step that passed",
  killed: "\u26A0\uFE0F Docker build: a process was killed in a step that passed",
  "builder-lost": "\u26A0\uFE0F Docker build lost its builder",
  failed: "\u274C Docker build failed, not for memory as far as the log shows",
  "no-docker": "\u2139\uFE0F No Docker build in this log",
  fit: "\u2705 Docker build memory"
};
var FIT = {
  oom: "It did not fit: OOM-killed",
  sigkill: "Killed (SIGKILL), not known to be memory",
  "memory-error": "Memory ran out without a kill (a process stopped at its own limit, or an allocation failed)",
  "no-build": "No Docker build in the log, but a process was killed or ran out of memory",
  "killed-but-passed": "A process was killed, yet the build passed",
  "killed-but-failed": "A process was killed in a step that passed; the build failed",
  killed: "A process was killed in a step that passed",
  "builder-lost": "The build lost its builder; nothing in the log says why",
  failed: "The build failed, not for memory as far as the log shows",
  "no-docker": "No Docker build in the log"
};
var RESULT = { done: "\u2705 done", cached: "\u267B\uFE0F cached", error: "\u274C failed", canceled: "\u23F9 canceled", running: "\u2026 unfinished" };
function memoryChart(outcome) {
  const limit = outcome.limitBytes;
  const samples = outcome.memorySamples;
  if (samples.length >= 2) {
    const points = downsample(samples, MAX_CHART_POINTS);
    const scale2 = chartScale(points.reduce((max, p) => Math.max(max, p.bytes), limit ?? 0));
    const lines2 = [
      "xychart-beta",
      `  title "Build memory${limit !== null ? ` against its ${formatSize(limit)} limit` : ""} (${scale2.unit})"`,
      `  x-axis "seconds" [${points.map((p) => (p.tMs / 1e3).toFixed(0)).join(", ")}]`,
      `  y-axis "${scale2.unit}" 0 --> ${scale2.axisTop}`,
      `  line [${points.map((p) => scale2.value(p.bytes)).join(", ")}]`
    ];
    if (limit !== null) lines2.push(`  line [${points.map(() => scale2.value(limit)).join(", ")}]`);
    return lines2;
  }
  if (outcome.peakBytes === null || limit === null) return [];
  const scale = chartScale(Math.max(outcome.peakBytes, limit));
  return [
    "xychart-beta",
    `  title "Peak against the ${formatSize(limit)} limit (${scale.unit})"`,
    '  x-axis ["peak", "limit"]',
    `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
    `  bar [${scale.value(outcome.peakBytes)}, ${scale.value(limit)}]`
  ];
}
function chartCaption(outcome) {
  if (outcome.memorySamples.length >= 2)
    return outcome.limitBytes !== null ? "The rising line is the build's memory, the flat one its limit." : "The line is the build's memory; it had no limit.";
  return `The peak is the high-water mark${outcome.peakSource ? ` of ${mdCode(outcome.peakSource)}` : ""}, read once after the build: no samples over time were taken.`;
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

// src/core/explain/log/line-cap.ts
var MAX_LINE_BYTES = 64 * 1024;

// src/explain/log-file.ts
var import_node_fs = require("node:fs");
var import_errors3 = require("./shared.js");

// src/files/errno.ts
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

// src/core/explain/log/deferred-steps.ts
var MAX_RUNNING = 64;
var LOOK_BACK = 16;
var DeferredSteps = class {
  constructor(parser) {
    this.parser = parser;
  }
  parser;
  /** Held steps still running, in the order read; the finished ones are among the build's recent ones. */
  // Stryker disable next-line ArrayDeclaration: equivalent: an entry that is no step is passed over (status() matches no number, parse() finds it no step)
  running = [];
  /** Entries no longer referenced, used again: a step read costs no allocation. */
  spare = [];
  /** Steps counted by a leap over them (plain-scanner.ts), in all builds so far. */
  stepsLeapt = 0;
  header(buf, start, end, n) {
    const b = this.parser.build;
    if (!b.keepsRecentOnly() || n <= b.lastStepNumber || b.targets.size > 0) return false;
    b.seq++;
    b.lastLine = null;
    b.lastStepNumber = n;
    b.stepsSeen++;
    const d = this.spare.pop() ?? newEntry();
    d.n = n;
    d.seq = b.seq;
    d.result = "running";
    d.durationMs = null;
    d.text = null;
    d.buf = buf;
    d.start = start;
    d.end = end;
    d.step = null;
    d.dropped = false;
    this.running.push(d);
    if (this.running.length > MAX_RUNNING) this.parse(this.running.shift());
    return true;
  }
  status(n, result, durationMs) {
    const running = this.running;
    for (let i = running.length - 1; i >= 0 && i >= running.length - LOOK_BACK; i--) {
      const d = running[i];
      if (d.n !== n) continue;
      if (i === running.length - 1) running.pop();
      else running.splice(i, 1);
      const b = this.parser.build;
      b.seq++;
      b.lastLine = null;
      d.endSeq = b.seq;
      d.result = result;
      d.durationMs = durationMs;
      const dropped = b.finishedClean(d);
      if (dropped && !("id" in dropped) && dropped.step === null) this.spare.push(dropped);
      return true;
    }
    return false;
  }
  nextNumber() {
    return this.parser.build.lastStepNumber + 1;
  }
  canLeap() {
    const b = this.parser.build;
    return this.running.length === 0 && b.keepsRecentOnly() && b.targets.size === 0 && b.box === null && !b.hasOpenSteps();
  }
  leapt(n) {
    const b = this.parser.build;
    const count = n - 1 - b.lastStepNumber;
    this.stepsLeapt += count;
    b.stepsSeen += count;
    b.omittedSteps += count;
    b.seq += 2 * count;
    b.lastLine = null;
    b.lastStepNumber = n - 1;
  }
  release(buf) {
    const copy = (d) => {
      if (d.buf !== buf || d.dropped || d.step !== null) return;
      d.text = buf.toString("utf8", d.start, d.end);
      d.buf = null;
    };
    this.running.forEach(copy);
    this.parser.build.forEachRecent(copy);
  }
  /** Parses every step held: before any other line is parsed, and at the log's end. */
  flush() {
    const b = this.parser.build;
    if (this.running.length > 0) {
      const running = this.running;
      this.running = [];
      running.forEach((d) => this.parse(d));
    }
    if (b.heldSteps > 0) b.forEachRecent((d) => this.parse(d));
  }
  parse(d) {
    if (d.dropped || d.step !== null) return;
    const b = this.parser.build;
    const text = d.text ?? d.buf.toString("utf8", d.start, d.end);
    const { seq, lastLine } = b;
    this.parser.parseHeader(text, d.seq);
    b.seq = seq;
    b.lastLine = lastLine;
    b.stepsSeen--;
    b.hasDeferred = true;
    const step = b.steps.get(`#${d.n}`);
    d.step = step ?? null;
    d.dropped = !step;
    if (d.result !== "running") b.heldSteps--;
    if (step && d.result !== "running") b.endStep(step, d.result, d.durationMs, d.endSeq);
  }
};
function newEntry() {
  return { n: 0, seq: 0, endSeq: 0, result: "running", durationMs: null, text: null, buf: null, start: 0, end: 0, step: null, dropped: false };
}

// src/core/explain/log/finders.ts
var MARKERS = {
  plain: ["DONE", "ACHED", "ERROR", "ANCELED", "Killed", ">>>", "Unavail"].map((m) => Buffer.from(m)),
  legacy: ["Step ", "Running", "Killed", "non-zer", "Success", "ERROR", "Unavail"].map((m) => Buffer.from(m)),
  rawjson: ["vertexe", '"logs"', "ERROR", ">>>", "Unavail"].map((m) => Buffer.from(m))
};
function markerFinder(format, newline) {
  const markers = MARKERS[format];
  return {
    scan(buf, take, every) {
      if (every) {
        for (let from = 0; from < buf.length; ) {
          let end = buf.indexOf(newline, from);
          if (end < 0) end = buf.length;
          take(from, end, false);
          from = end + 1;
        }
        return;
      }
      const starts = [];
      for (const marker of markers) {
        let at = buf.indexOf(marker);
        while (at >= 0) {
          starts.push(at === 0 ? 0 : buf.lastIndexOf(newline, at) + 1);
          const end = buf.indexOf(newline, at);
          if (end < 0) break;
          at = buf.indexOf(marker, end + 1);
        }
      }
      starts.sort((a, b) => a - b);
      for (let i = 0; i < starts.length; i++) {
        if (i > 0 && starts[i] === starts[i - 1]) continue;
        const end = buf.indexOf(newline, starts[i]);
        take(starts[i], end < 0 ? buf.length : end, false);
      }
    },
    marks: (line) => markers.some((m) => line.includes(m))
  };
}

// src/core/explain/log/grammars/buildkit.ts
var PLAIN_STATUS = /^(DONE(?: ([\d.]+)s)?|CACHED|CANCELED|ERROR:? ?(.*))$/;
var PLAIN_OUTPUT = /^\d+(?:\.\d+)? ?(.*)$/;
var PLAIN_HEADER = /^(?!sha256:|naming to |writing image |transferring |preparing |extracting |unpacking |exporting (?:layers|manifest|config|attestation)|[/{])\S/;
var TTY = /^=> (?:(ERROR|CACHED|CANCELED) )?(\[[^\]]*\d+\/\d+\] .*?|exporting to .*?)(?:\s+(\d+(?:\.\d+)?)s)?(?:\s+done)?$/;
var TTY_ERROR = "ERROR";
var TTY_OUTPUT = /^=> => # ?(.*)$/;
var TTY_FINISHED = /^\[\+\] Building [\d.]+s \((\d+)\/(\d+)\)(?: (FINISHED|ERROR|CANCELED))?/;
var BOX = /^(?:> )?(\[[^\]]*\d+\/\d+\] .*):$/;
var BOX_OUTPUT = /^(?:#\d+ )?\d+(?:\.\d+)? ?(.*)$/;
var DASHES = /^-{4,}$/;
var EXCERPT_FILE = /^(\S+):(\d+)$/;
var EXCERPT_LINE = /^(\d+) \| >>> ?(.*)$/;
var PROCESS = /process "(.*)" did not complete successfully: (.*)$/;
var EXECUTOR = /executor failed running \[(.*)\]: (.*)$/;
var FINAL = /failed to solve|failed to build|executor failed running|did not complete successfully|failed to compute cache key|buildx (?:call )?failed with/;
var LOST = /error reading from server: EOF|code = Unavailable|GOAWAY|graceful_stop|transport is closing/;
var FINAL_START = /^(?:(?:ERROR|Error|error)\b|failed to |target \S+: |executor failed|rpc error|process "|buildx (?:call )?failed with: )/;
var TARGET = /^target (\S+): failed to solve/;
var buildkit = (line, ctx) => {
  const b = ctx.build;
  const first = line.charCodeAt(0);
  if (first === 35) {
    let at = 1;
    while (at < line.length && line.charCodeAt(at) >= 48 && line.charCodeAt(at) <= 57) at++;
    if (at > 1 && line.charCodeAt(at) === 32) return plain(line.slice(1, at), line.slice(at + 1), ctx);
  }
  if (first === 61 && line.startsWith("=> ")) return tty(line, b);
  if (first === 91) {
    const done = TTY_FINISHED.exec(line);
    if (done) {
      b.docker = true;
      if (done[3] === "FINISHED" && done[1] === done[2]) b.succeeded = true;
      return true;
    }
  }
  const box = BOX.exec(line);
  if (box) {
    b.docker = true;
    const known = findByName(b, box[1]);
    if (known && box[1].length > known.name.length && squeeze(box[1]).startsWith(squeeze(known.name))) renameStep(known, box[1]);
    b.box = known ?? addNamed(b, `box:${box[1]}`, box[1]);
    return true;
  }
  if (DASHES.test(line)) {
    b.box = null;
    if (b.lastLine !== null) {
      const file = EXCERPT_FILE.exec(b.lastLine);
      if (file) b.excerptFile = file[1];
    }
    return true;
  }
  const excerpt = EXCERPT_LINE.exec(line);
  if (excerpt && b.excerptFile) {
    const n = Number(excerpt[1]);
    b.docker = true;
    if (b.excerpt === null || b.excerpt.file !== b.excerptFile) {
      b.excerpt = { file: b.excerptFile, startLine: n, endLine: n };
      b.excerptInstruction = squeeze(excerpt[2].replace(/\\\s*$/, ""));
    } else {
      b.excerpt.endLine = n;
      b.excerptInstruction = squeeze(`${b.excerptInstruction ?? ""} ${excerpt[2].replace(/\\\s*$/, "")}`).slice(0, MAX_LINE_BYTES);
    }
    return true;
  }
  if (b.box) {
    const out = BOX_OUTPUT.exec(line);
    const signal = readSignal(out ? out[1] : line);
    if (signal) b.signal(b.box, signal);
    if (!FINAL.test(line)) return true;
  }
  return finalLine(line, b);
};
function plain(number, rest, ctx) {
  const b = ctx.build;
  const id = `#${number}`;
  const code = rest.charCodeAt(0);
  if (code >= 48 && code <= 57) {
    const out = PLAIN_OUTPUT.exec(rest);
    if (!out) return false;
    const signal = readSignal(out[1]);
    if (signal) {
      const known = b.steps.get(id);
      const step = known && !known.inferred ? known : b.box ?? known ?? addNamed(b, id, id);
      b.signal(step, signal);
    }
    b.docker = true;
    return true;
  }
  const status = code === 68 || code === 67 || code === 69 ? PLAIN_STATUS.exec(rest) : null;
  if (status) {
    const step = b.steps.get(id);
    if (!step) {
      if (status[1].startsWith("ERROR")) b.stepError(addNamed(b, id, id), status[3] ?? status[1]);
      return true;
    }
    if (id === "#1" && step.result !== "running") {
      ctx.startBuild();
      return plain(number, rest, ctx);
    }
    const result = status[1].startsWith("DONE") ? "done" : status[1] === "CACHED" ? "cached" : status[1] === "CANCELED" ? "canceled" : "error";
    if (result === "error") {
      step.span.end = b.seq;
      b.stepError(step, status[3] ?? status[1]);
      return true;
    }
    const first = step.result === "running";
    b.endStep(step, result, status[2] ? Math.round(Number(status[2]) * 1e3) : null, b.seq);
    if (first) b.finishedClean(step);
    return true;
  }
  if (PLAIN_HEADER.test(rest) && number !== "0") {
    const known = b.steps.get(id);
    if (known && id === "#1" && known.result !== "running" && !known.inferred) {
      ctx.startBuild();
      return plain(number, rest, ctx);
    }
    if (!known) b.addStep(id, rest, b.seq);
    else if (known.inferred) renameStep(known, rest);
    return true;
  }
  if (/^(?:naming to|writing image) /.test(rest)) b.docker = true;
  return true;
}
function tty(line, b) {
  b.docker = true;
  const out = TTY_OUTPUT.exec(line);
  if (out) {
    const signal = readSignal(out[1]);
    if (signal) b.signal(b.ttyCurrent, signal);
    return true;
  }
  if (/^=> => (?:naming to|writing image) /.test(line)) {
    b.succeeded = true;
    return true;
  }
  const m = TTY.exec(line);
  if (!m) return true;
  const name = m[2].trim();
  const step = findByName(b, name) ?? addNamed(b, `tty:${name}`, name);
  b.ttyCurrent = step;
  if (m[1] === "ERROR") b.stepError(step, step.error ?? TTY_ERROR);
  else if (m[1] === "CACHED") step.result = "cached";
  else if (m[1] === "CANCELED") step.result = "canceled";
  else if (m[3] && step.result === "running") step.result = "done";
  if (m[3]) step.durationMs = Math.round(Number(m[3]) * 1e3);
  return true;
}
function finalLine(line, b) {
  if (/^WARNING: No output specified with/.test(line)) {
    b.docker = true;
    if (b.failedStepId === null && b.finalError === null) b.succeeded = true;
    return true;
  }
  if (!FINAL_START.test(line) || line.includes("returned a non-zero code") || quoted(line, 0)) return false;
  const lost = LOST.test(line);
  if (!lost && !FINAL.test(line)) return false;
  b.docker = true;
  const signal = readSignal(line);
  if (signal) b.signal(null, signal);
  if (lost) {
    b.builderLostLine ??= line;
    b.finalError ??= line;
    return true;
  }
  b.finalError ??= line;
  const target = TARGET.exec(line);
  if (target && !b.targets.has(target[1])) b.targets.set(target[1], b.dockerfileName ?? "Dockerfile");
  const m = PROCESS.exec(line) ?? EXECUTOR.exec(line);
  if (m) {
    b.failedCommand ??= commandOfError(line);
    const code = /exit code: (\d+)/.exec(m[2]);
    if (code && b.exitCode === null) b.exitCode = Number(code[1]);
    if (/^cannot allocate memory\s*$/.test(m[2]) || /ResourceExhausted.*cannot allocate memory/.test(line)) b.outOfMemoryError = true;
  }
  if (/no space left on device/i.test(line)) b.diskFull = true;
  return true;
}
function commandOfError(text) {
  const quoted2 = PROCESS.exec(text);
  if (quoted2) return runInstruction(quoted2[1].replace(/\\(["\\])/g, "$1"));
  const executor = EXECUTOR.exec(text);
  return executor ? runInstruction(executor[1]) : null;
}
function findByName(b, name) {
  const wanted = squeeze(name);
  const exact = b.byName(wanted);
  if (exact) return exact;
  if (b.steps.size > 2e3) return null;
  for (const step of b.steps.values()) {
    const have = squeeze(step.name);
    if (have.length >= 12 && wanted.length >= 12 && (have.startsWith(wanted) || wanted.startsWith(have))) return step;
  }
  return null;
}
function addNamed(b, id, name) {
  const step = b.addStep(id, name, b.seq);
  step.inferred = name === id;
  return step;
}
function renameStep(step, name) {
  const m = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/.exec(name);
  step.name = name;
  step.inferred = false;
  step.instruction = m ? m[4] : name;
  step.index = m ? Number(m[2]) : null;
  step.total = m ? Number(m[3]) : null;
  step.stage = m?.[1]?.split(" ").filter((w) => !w.includes("/")).pop() ?? null;
}

// src/core/explain/log/grammars/ci.ts
var SUCCEEDED = /^(?:DONE|Job succeeded|Finished: SUCCESS|status changed to "DONE")$/;
var ci = (line, ctx) => {
  if (!SUCCEEDED.test(line)) return false;
  const b = ctx.build;
  if (b.failedStepId === null && b.finalError === null) b.succeeded = true;
  return true;
};

// src/core/explain/log/grammars/legacy.ts
var STEP = /^Step (\d+)(?:\/(\d+))? : (.*)$/;
var RUNNING = /^---> Running in ([0-9a-f]{12,64})$/;
var RETURNED = /The command (?:'|‘|\[|")(.*?)(?:'|’|\]|") returned a non-zero code: (\d+)/;
var COPY_FAILED = /^(?:COPY|ADD) failed: /;
var NOISE = /^(?:---> (?:Using cache|[0-9a-f]{12}\b)|Removing intermediate container|Sending build context to Docker daemon|Successfully tagged)/;
var legacy = (line, ctx) => {
  let b = ctx.build;
  const first = line.charCodeAt(0);
  if (first === 83) {
    const m = STEP.exec(line);
    if (m) {
      const index = Number(m[1]);
      const last = b.legacyCurrent?.index ?? null;
      if (b.succeeded || b.finalError !== null || last !== null && index <= last) b = ctx.startBuild();
      if (b.legacyCurrent) b.legacyCurrent.span.end = b.seq;
      const step = b.addStep(`Step ${m[1]}`, m[3], b.seq);
      step.index = index;
      step.total = m[2] === void 0 ? null : Number(m[2]);
      step.result = "done";
      b.legacyCurrent = step;
      return true;
    }
    if (line.startsWith("Successfully built")) {
      b.docker = true;
      b.succeeded = true;
      if (b.legacyCurrent) b.legacyCurrent.span.end = b.seq;
      b.legacyCurrent = null;
      return true;
    }
  }
  const running = first === 45 ? RUNNING.exec(line) : null;
  if (running) {
    b.docker = true;
    if (b.legacyCurrent) b.legacyCurrent.containerId = running[1];
    return true;
  }
  const failed = RETURNED.exec(line);
  if (failed && !quoted(line, failed.index)) {
    b.docker = true;
    const instruction = runInstruction(failed[1]);
    let step = b.legacyCurrent;
    if (!step || step.result === "error") {
      step = b.addStep(`Step ?${b.steps.size + 1}`, instruction, b.seq);
      step.inferred = true;
      b.legacyCurrent = step;
    }
    b.finalError ??= line;
    b.stepError(step, line);
    return true;
  }
  const daemon = line.startsWith("Error response from daemon: ") && b.docker;
  if ((daemon || COPY_FAILED.test(line)) && !b.succeeded && b.finalError === null) {
    b.docker = true;
    b.finalError = line;
    if (/no space left on device/i.test(line)) b.diskFull = true;
    if (b.legacyCurrent) b.stepError(b.legacyCurrent, line);
    return true;
  }
  if (/^ERROR: Service '[^']*' failed to build/.test(line)) {
    b.docker = true;
    b.finalError ??= line;
    return true;
  }
  if (NOISE.test(line)) {
    b.docker = true;
    return true;
  }
  return false;
};

// src/core/explain/log/grammars/rawjson.ts
var rawjson = (line, ctx) => {
  if (line.charCodeAt(0) !== 123) return false;
  let event;
  try {
    event = JSON.parse(line);
  } catch {
    return false;
  }
  if (typeof event !== "object" || event === null) return true;
  const { vertexes, logs, stream, error: error2 } = event;
  if (typeof stream === "string" || typeof error2 === "string") {
    for (const text of `${typeof stream === "string" ? stream : ""}${typeof error2 === "string" ? `
${error2}` : ""}`.split("\n")) ctx.feed(text);
    return true;
  }
  const valid = Array.isArray(vertexes) ? vertexes.filter(isVertex) : [];
  if (valid.some((v) => startsNextBuild(v, ctx))) ctx.startBuild();
  for (const v of valid) vertex(v, ctx);
  const b = ctx.build;
  for (const l of Array.isArray(logs) ? logs : []) {
    if (!isLogEvent(l)) continue;
    const step = b.steps.get(l.vertex);
    if (!step) continue;
    const text = Buffer.from(l.data, "base64").toString("utf8");
    for (const out of text.split("\n")) {
      const signal = readSignal(out.trim());
      if (signal) b.signal(step, signal);
    }
  }
  return true;
};
function startsNextBuild(v, ctx) {
  const definition = v.name ? DEFINITION.exec(v.name) : null;
  return definition !== null && !ctx.build.steps.has(v.digest) && ctx.build.definitions.has(definition[1] ?? "");
}
function vertex(v, ctx) {
  const b = ctx.build;
  let step = b.steps.get(v.digest);
  if (!step) step = b.addStep(v.digest, v.name ?? v.digest, Date.parse(v.started ?? "") || 0);
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
  if (v.error) b.stepError(step, v.error);
}
function isVertex(v) {
  if (typeof v !== "object" || v === null) return false;
  const o = v;
  const optional = (key, type) => o[key] === void 0 || o[key] === null || typeof o[key] === type;
  return typeof o.digest === "string" && optional("name", "string") && optional("started", "string") && optional("completed", "string") && optional("cached", "boolean") && optional("error", "string");
}
function isLogEvent(l) {
  return typeof l === "object" && l !== null && typeof l.vertex === "string" && typeof l.data === "string";
}

// src/core/explain/log/line-reader.ts
var WINDOW = 512 * 1024;
var LINE_CAP = MAX_LINE_BYTES;
var LINE_HEAD = LINE_CAP / 4;
var LINE_TAIL = LINE_CAP / 4;
var ELLIPSIS = Buffer.from(" \u2026 ");
var SLICE = 4 * 1024 * 1024;
var RING = WINDOW + SLICE;
var LineReader = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  /**
   * The last bytes seen (the window and what is about to fall out of it), in a ring: each byte
   * is copied once, into memory allocated once (a copy per chunk outlived its chunk and piled
   * up until a full GC).
   */
  ring = Buffer.allocUnsafe(RING);
  ringStart = 0;
  ringLength = 0;
  finder = null;
  newline = 10;
  /** The line that goes on in the next slice: whole below LINE_CAP, else its head and tail. */
  pending = [];
  pendingLength = 0;
  pendingCut = false;
  push(chunk) {
    let bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.ringLength + bytes.length > RING) {
      let over = this.ringLength + bytes.length - WINDOW;
      const fromRing = this.fastFromRing(over);
      over -= fromRing;
      if (over > 0) {
        this.fast(bytes.subarray(0, over));
        bytes = bytes.subarray(over);
      }
    }
    const at = (this.ringStart + this.ringLength) % RING;
    const first = Math.min(bytes.length, RING - at);
    bytes.copy(this.ring, at, 0, first);
    if (first < bytes.length) bytes.copy(this.ring, 0, first);
    this.ringLength += bytes.length;
  }
  /**
   * Reads the log's next bytes straight into the ring (no copy, where push() copies a chunk):
   * `read` fills the buffer it is given, at most `max` bytes, and says how many it read (0: the
   * log's end). Returns that count.
   */
  read(read, max) {
    if (RING - this.ringLength < max) this.fastFromRing(Math.max(0, this.ringLength - WINDOW));
    const at = (this.ringStart + this.ringLength) % RING;
    const count = read(this.ring.subarray(at, at + Math.min(max, RING - at, RING - this.ringLength)));
    this.ringLength += count;
    return count;
  }
  /** Reads fast the ring's first `length` bytes at most, and drops them: how many it read. */
  fastFromRing(length) {
    const fromRing = Math.min(length, this.ringLength);
    for (const part of this.ringParts(fromRing)) this.fast(part);
    this.ringStart = (this.ringStart + fromRing) % RING;
    this.ringLength -= fromRing;
    return fromRing;
  }
  /** The rest: the window, every line of it. */
  end() {
    this.started();
    if (this.ringLength > WINDOW) this.fastFromRing(this.ringLength - WINDOW);
    const rest = Buffer.concat([this.takeLine(), ...this.ringParts(this.ringLength)]);
    this.ringLength = 0;
    this.finder.scan(
      rest,
      (start, end) => {
        let bytes = rest.subarray(start, end);
        if (bytes.length >= LINE_CAP) bytes = cut(rest, start, end);
        const text = bytes.toString("utf8");
        if (text.includes("\r")) for (const part of text.split("\r")) this.sink.line(part);
        else this.sink.line(text);
      },
      true
    );
  }
  /** The ring's first `length` bytes, as one or two pieces. */
  ringParts(length) {
    const first = Math.min(length, RING - this.ringStart);
    const parts = [this.ring.subarray(this.ringStart, this.ringStart + first)];
    if (first < length) parts.push(this.ring.subarray(0, length - first));
    return parts;
  }
  fast(bytes) {
    this.started();
    for (let at = 0; at < bytes.length; at += SLICE) this.fastSlice(bytes.subarray(at, Math.min(bytes.length, at + SLICE)));
  }
  started() {
    if (this.finder) return;
    const head = Buffer.concat(this.ringParts(Math.min(this.ringLength, 64 * 1024)));
    const { finder, newline } = this.sink.start(head);
    this.finder = finder;
    this.newline = newline;
  }
  fastSlice(bytes) {
    const first = bytes.indexOf(this.newline);
    if (first < 0) return this.hold(bytes);
    let body = bytes;
    if (this.pendingLength > 0) {
      this.hold(bytes.subarray(0, first + 1));
      this.scan(this.takeLine());
      body = bytes.subarray(first + 1);
    }
    const last = body.lastIndexOf(this.newline);
    if (last >= 0) this.scan(body.subarray(0, last + 1));
    this.hold(body.subarray(last + 1));
  }
  /** Keeps a piece of the unfinished line (a copy: the slice's buffer is reused). */
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
  takeLine() {
    const line = this.pendingCut ? Buffer.concat([this.pending[0], ELLIPSIS, this.pending[1]]) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    this.pendingCut = false;
    return line;
  }
  /** Parses the found lines of buf, whole lines each ending with a newline. */
  scan(whole) {
    this.finder.scan(
      whole,
      (start, end, step) => {
        let bytes = whole.subarray(start, end);
        if (end - start >= LINE_CAP) {
          bytes = cut(whole, start, end);
          if (!step && !this.finder.marks(bytes)) return;
        }
        let text = bytes.toString("utf8");
        if (text.endsWith("\r")) text = text.slice(0, -1);
        this.sink.line(text);
      },
      false
    );
  }
};
function cut(buf, start, end) {
  return Buffer.concat([buf.subarray(start, start + LINE_HEAD), ELLIPSIS, buf.subarray(end - LINE_TAIL, end)]);
}

// src/core/explain/log/plain-scanner.ts
var PREFIX = 120;
var FAST_HEADER = 4096;
var RUN = 8;
var CLEAN = 16;
var MIN_LEAP = 32 * 1024;
var READ_BEFORE = 128;
var MAX_BACK = 4096;
var SAMPLE = 8 * 1024;
var LEAP_STOPS = ["ERROR", "Killed"].map((m) => Buffer.from(m));
var PlainScanner = class {
  constructor(newline, steps, leaps = true) {
    this.newline = newline;
    this.steps = steps;
    this.leaps = leaps;
    this.markers = markerFinder("plain", newline);
  }
  newline;
  steps;
  leaps;
  markers;
  marks(line) {
    return this.markers.marks(line);
  }
  /**
   * Calls `take` for each line of buf to parse as text, in order: every line when `every` (the
   * log's end), else step lines and lines holding a marker. Lines end with the newline; the
   * last may lack it.
   */
  scan(buf, take, every) {
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    const markers = MARKERS.plain;
    const length = buf.length;
    const newline = this.newline;
    const at = markers.map(() => -1);
    let nextMark = -1;
    let nextHash = -1;
    let nextTab = -1;
    let nextCR = every ? -1 : length;
    this.crEnd = !every;
    let from = 0;
    let run = 0;
    let clean = 0;
    let noLeapUntil = every || !this.leaps ? length : 0;
    const stops = LEAP_STOPS.map(() => -1);
    try {
      while (from < length) {
        let kind = OTHER;
        let stamp = -1;
        if (bytes[from] === 35) {
          let next = this.quick(buf, bytes, from, nextCR);
          if (next === NEEDS_CR) {
            nextCR = nextOf(buf.indexOf(13, from), length);
            next = this.quick(buf, bytes, from, nextCR);
          }
          if (next >= 0) {
            from = next;
            run = 0;
            if (++clean >= CLEAN && from >= noLeapUntil) {
              from = this.leap(buf, bytes, from, stops);
              noLeapUntil = this.leapTarget;
              clean = 0;
            }
            continue;
          }
          if (next === OUTPUT_LINE) kind = OUTPUT;
        } else {
          let hash2 = bytes[from] >= 48 && bytes[from] <= 57 ? stamped(bytes, from, length) : -1;
          if (hash2 < 0) {
            if (nextTab < from) nextTab = nextOf(buf.indexOf(9, from), length);
            if (nextTab - from < GH_COLUMNS) hash2 = ghColumns(bytes, from, length);
          }
          stamp = hash2;
          if (hash2 > 0) {
            let next = this.quick(buf, bytes, hash2, nextCR);
            if (next === NEEDS_CR) {
              nextCR = nextOf(buf.indexOf(13, from), length);
              next = this.quick(buf, bytes, hash2, nextCR);
            }
            if (next >= 0) {
              from = next;
              run = 0;
              if (++clean >= CLEAN && from >= noLeapUntil) {
                from = this.leap(buf, bytes, from, stops);
                noLeapUntil = this.leapTarget;
                clean = 0;
              }
              continue;
            }
          }
        }
        let end = buf.indexOf(newline, from);
        if (end < 0) end = length;
        let hash = from;
        if (kind === OUTPUT) run++;
        else if (bytes[from] === 35) kind = stepKind(bytes, from, end);
        else if (stamp > 0) {
          kind = stepKind(bytes, stamp, end);
          hash = stamp;
          if (kind !== OTHER && kind !== OUTPUT && kind !== SHA && kind !== STATUS) kind = STEP2;
        } else if (!every) {
          if (nextHash < from) nextHash = nextOf(buf.indexOf(35, from), length);
          if (nextHash < end && nextHash - from <= PREFIX) {
            kind = stepKind(bytes, nextHash, end);
            hash = nextHash;
            if (kind !== OTHER && kind !== OUTPUT && kind !== SHA && normalizeLine(`${buf.toString("utf8", from, hash)}#`) !== "#") kind = OTHER;
            if (kind !== OTHER && kind !== OUTPUT && kind !== SHA) kind = STEP2;
          }
        }
        if (kind === STATUS) {
          if (nextCR < from) nextCR = nextOf(buf.indexOf(13, from), length);
          if (nextCR >= end && this.status(bytes, hash, end)) {
            from = end + 1;
            clean++;
            continue;
          }
        }
        clean = 0;
        if (kind !== OUTPUT) run = 0;
        if (kind === HEADER || kind === STATUS) kind = STEP2;
        if (kind === STEP2 || every) take(from, end, kind === STEP2);
        else {
          if (nextMark < from) {
            nextMark = length;
            for (let i = 0; i < markers.length; i++) {
              if (at[i] < from) at[i] = nextOf(buf.indexOf(markers[i], from), length);
              if (at[i] < nextMark) nextMark = at[i];
            }
          }
          if (nextMark < end) take(from, end, false);
          else if (run >= RUN && end < length) {
            from = this.skip(buf, end + 1, nextMark);
            run = 0;
            continue;
          }
        }
        from = end + 1;
      }
    } finally {
      this.steps.release(buf);
    }
  }
  needle = Buffer.alloc(16);
  /** No leap is tried again before this: the line the last leap() aimed before (or a little further on). */
  leapTarget = 0;
  /**
   * Where to read on after a leap over the clean steps at `from`, or `from` (no leap). The
   * target is the line of the next LEAP_STOPS needle (`at` holds each one's next place, searched
   * again once passed) or buf's end. The scan goes on from a step header READ_BEFORE headers before the
   * target, or from the header of the target line's step when that one is further back: the
   * last clean steps and the step a marker names are read as the scan of every line reads
   * them. The steps from nextNumber() to that header's number are counted (StepLines.leapt).
   *
   * Checked, else no leap: no step open or held (canLeap: a step's end within the leap would be
   * missed); that header's number above nextNumber(); a sampled line every SAMPLE bytes a step
   * line numbered no lower than the last (a second build starts again at `#1`, or at `#0`).
   * Not kept, only counted: a step that begins in the stretch and is not named again before
   * the target in the same buffer (one that never ends, or fails much later), and what a line
   * of the stretch that no stop holds says (a step's other lines: `naming to`, a layer's
   * progress, output). Line positions count each step leapt over as two lines (leapt()).
   */
  leap(buf, bytes, from, at) {
    const length = bytes.length;
    const newline = this.newline;
    let target = length;
    for (let i = 0; i < LEAP_STOPS.length; i++) {
      if (at[i] < from) at[i] = nextOf(buf.indexOf(LEAP_STOPS[i], from), length);
      if (at[i] < target) target = at[i];
    }
    if (target < length) target = buf.lastIndexOf(newline, target) + 1;
    this.leapTarget = target;
    if (target - from < MIN_LEAP) return from;
    if (!this.steps.canLeap()) {
      this.leapTarget = Math.min(target, from + MIN_LEAP);
      return from;
    }
    let back = target;
    for (let headers = 0, lines2 = 0; headers < READ_BEFORE; lines2++) {
      if (lines2 === MAX_BACK || back - 2 < from) return from;
      back = buf.lastIndexOf(newline, back - 2) + 1;
      if (back <= from) return from;
      if (headerNumber(bytes, back, length) > 0) headers++;
    }
    const next = this.steps.nextNumber();
    const named = stepNumber(bytes, target, length);
    if (named >= next) {
      const found = buf.indexOf(this.needle.subarray(0, this.needle.write(`#${named} `, "latin1")), from);
      if (found >= 0 && found < back) {
        back = buf.lastIndexOf(newline, found - 1) + 1;
        if (back <= from) return from;
      }
    }
    const n = headerNumber(bytes, back, length);
    if (n <= next || back - from < MIN_LEAP) return from;
    let last = next - 1;
    for (let s = from + SAMPLE; s < back; s += SAMPLE) {
      const line = buf.indexOf(newline, s) + 1;
      if (line <= 0 || line >= back) break;
      const sampled = stepNumber(bytes, line, length);
      if (sampled < last || sampled > n) return from;
      last = sampled;
    }
    this.steps.leapt(n);
    return back;
  }
  /**
   * The start of the first line at or after `from` that holds the next marker (at `mark`) or
   * the next step's number (`#12 `): BuildKit shows a step's header before its lines, and
   * numbers steps as it first shows them.
   */
  skip(buf, from, mark) {
    let target = mark;
    const found = buf.indexOf(this.needle.subarray(0, this.needle.write(`#${this.steps.nextNumber()} `, "latin1")), from);
    if (found >= 0 && found < target) target = found;
    return target >= buf.length ? buf.length : buf.lastIndexOf(this.newline, target) + 1;
  }
  /**
   * `#n DONE`, `#n DONE <seconds>s` or `#n [stage i/k] INSTRUCTION` at `from`, given to `steps`:
   * where the next line starts, else -1 (or NEEDS_CR: the next CR is not known past `from`).
   */
  quick(buf, bytes, from, nextCR) {
    const length = bytes.length;
    let p = from + 1;
    let c = p < length ? bytes[p] : 0;
    if (c < 49 || c > 57) return -1;
    let n = 0;
    while (c >= 48 && c <= 57 && p - from < 11) {
      n = n * 10 + c - 48;
      c = ++p < length ? bytes[p] : 0;
    }
    if (c !== 32 || p + 5 > length) return -1;
    c = bytes[p + 1];
    if (c >= 48 && c <= 57) return OUTPUT_LINE;
    if (c === 91) {
      if (nextCR < from) return NEEDS_CR;
      const newline = this.newline;
      const limit = Math.min(length, from + FAST_HEADER);
      let close = -1;
      let end = p + 2;
      for (; end < limit; end++) {
        const b = bytes[end];
        if (b === newline) break;
        if (b === 93 && close < 0) close = end;
      }
      if (end === limit && limit < length) return -1;
      if (nextCR < end) return -1;
      if (close < 0 || close + 2 >= end || bytes[close + 1] !== 32 || bytes[close + 2] < 65 || bytes[close + 2] > 90) return -1;
      if (!this.steps.header(buf, from, end, n)) return -1;
      let q = end + 1;
      if (q >= length || bytes[q] !== 35) return end + 1;
      for (let i = from + 1; i < p; i++) if (++q >= length || bytes[q] !== bytes[i]) return end + 1;
      if (++q >= length || bytes[q] !== 32) return end + 1;
      const next = this.done(bytes, q + 1, n);
      return next >= 0 ? next : end + 1;
    }
    return this.done(bytes, p + 1, n);
  }
  /**
   * In the log's middle a line's CR before its newline is trimmed (CRLF logs): a step line read
   * as bytes may end with one. At the end a CR splits a line (line-reader.ts): it may not.
   */
  crEnd = false;
  /** `DONE` or `DONE <seconds>s` at p to the line's end, given to `steps` as step n's end: where the next line starts, else -1. */
  done(bytes, p, n) {
    const length = bytes.length;
    if (p + 4 > length || bytes[p] !== 68 || bytes[p + 1] !== 79 || bytes[p + 2] !== 78 || bytes[p + 3] !== 69) return -1;
    p += 4;
    if (this.crEnd && bytes[p] === 13 && p + 1 < length) p++;
    if (p === length || bytes[p] === this.newline) return this.steps.status(n, "done", null) ? p + 1 : -1;
    if (bytes[p] !== 32) return -1;
    let mantissa = 0;
    let digits = 0;
    let fraction = -1;
    let c = 0;
    for (p++; p < length; p++) {
      c = bytes[p];
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + c - 48;
        digits++;
        if (fraction >= 0) fraction++;
      } else if (c === 46 && fraction < 0) fraction = 0;
      else break;
    }
    if (c !== 115 || digits === 0 || digits > 15) return -1;
    p++;
    if (this.crEnd && bytes[p] === 13 && p + 1 < length) p++;
    if (p < length && bytes[p] !== this.newline) return -1;
    const ms = Math.round(mantissa / POW10[fraction < 0 ? 0 : fraction] * 1e3);
    return this.steps.status(n, "done", ms) ? p + 1 : -1;
  }
  /** `#n CACHED`, `#n CANCELED` (and a `DONE` quick() left): true when `steps` took it. */
  status(bytes, hash, end) {
    if (this.crEnd && bytes[end - 1] === 13) end--;
    let p = hash + 1;
    let n = 0;
    while (bytes[p] !== 32) n = n * 10 + bytes[p++] - 48;
    p++;
    if (end - p === CACHED.length && same(bytes, p, end, CACHED)) return this.steps.status(n, "cached", null);
    if (end - p === CANCELED.length && same(bytes, p, end, CANCELED)) return this.steps.status(n, "canceled", null);
    return false;
  }
};
var OTHER = 0;
var OUTPUT = 1;
var SHA = 2;
var HEADER = 3;
var STATUS = 4;
var STEP2 = 5;
var POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i);
var NEEDS_CR = -2;
var OUTPUT_LINE = -3;
var CACHED = word("CACHED");
var CANCELED = word("CANCELED");
var SHA256 = word("sha256:");
function word(text) {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
function stepKind(bytes, hash, end) {
  let p = hash + 1;
  if (p >= end || bytes[p] < 49 || bytes[p] > 57) return OTHER;
  while (p < end && bytes[p] >= 48 && bytes[p] <= 57) p++;
  if (p - hash > 10 || p >= end - 1 || bytes[p] !== 32) return OTHER;
  const c = bytes[p + 1];
  if (c >= 48 && c <= 57) return OUTPUT;
  if (c === 115 && same(bytes, p + 1, end, SHA256)) return SHA;
  if (c === 91) return HEADER;
  if (c === 68 || c === 67) return STATUS;
  return STEP2;
}
function stepNumber(bytes, from, length) {
  const space = numberEnd(bytes, from, length);
  return space < 0 ? -1 : readNumber(bytes, space);
}
function headerNumber(bytes, from, length) {
  const space = numberEnd(bytes, from, length);
  return space < 0 || space + 1 >= length || bytes[space + 1] !== 91 ? -1 : readNumber(bytes, space);
}
function numberEnd(bytes, from, length) {
  let p = from;
  if (p < length && bytes[p] !== 35) {
    p = stamped(bytes, from, length);
    if (p < 0) p = ghColumns(bytes, from, length);
    if (p < 0) return -1;
  }
  const first = ++p;
  if (p >= length || bytes[p] < 49 || bytes[p] > 57) return -1;
  while (p < length && bytes[p] >= 48 && bytes[p] <= 57) p++;
  return p - first <= 9 && p < length && bytes[p] === 32 ? p : -1;
}
function readNumber(bytes, space) {
  let n = 0;
  let scale = 1;
  for (let p = space - 1; bytes[p] !== 35; p--, scale *= 10) n += (bytes[p] - 48) * scale;
  return n;
}
function stamped(bytes, from, length) {
  const digit = (at) => at < length && bytes[at] >= 48 && bytes[at] <= 57;
  for (let i = 0; i < STAMP.length; i++) {
    const want = STAMP[i];
    if (want === 0 ? !digit(from + i) : from + i >= length || bytes[from + i] !== want) return -1;
  }
  let p = from + STAMP.length;
  if (p < length && bytes[p] === 46) {
    p++;
    if (!digit(p)) return -1;
    while (digit(p)) p++;
  }
  return p + 2 < length && bytes[p] === 90 && bytes[p + 1] === 32 && bytes[p + 2] === 35 ? p + 2 : -1;
}
function ghColumns(bytes, from, length) {
  const limit = Math.min(length, from + GH_COLUMNS);
  let tabs = 0;
  let p = from;
  for (; p < limit; p++) {
    const b = bytes[p];
    if (b === 9) {
      if (p === from || bytes[p - 1] === 9) return -1;
      if (++tabs === 2) break;
    } else if (b === 10 || b === 13) return -1;
  }
  if (tabs < 2) return -1;
  p++;
  if (p + 2 < length && bytes[p] === 239 && bytes[p + 1] === 187 && bytes[p + 2] === 191) p += 3;
  return stamped(bytes, p, length);
}
var GH_COLUMNS = 1024;
var STAMP = Uint8Array.from("0000-00-00T00:00:00", (c) => c === "0" ? 0 : c.charCodeAt(0));
function nextOf(found, length) {
  return found < 0 ? length : found;
}
function same(bytes, at, end, word2) {
  if (at + word2.length > end) return false;
  for (let i = 0; i < word2.length; i++) if (bytes[at + i] !== word2[i]) return false;
  return true;
}

// src/core/explain/build-log.ts
var DETECT = 64 * 1024;
var GRAMMARS = [rawjson, buildkit, legacy, ci];
var BuildLogAnalyzer = class {
  /** `leaps: false`: every step line of a plain log is read, none leapt over (plain-scanner.ts). */
  constructor(options = {}) {
    this.options = options;
  }
  options;
  format = "plain";
  build = new BuildState();
  finished = [];
  reader = new LineReader(this);
  /** A plain log's steps read as bytes, parsed only when kept. */
  deferred = new DeferredSteps(this);
  /** Steps counted, not read, by leaps over long stretches of clean steps (plain-scanner.ts). */
  get stepsLeapt() {
    return this.deferred.stepsLeapt;
  }
  push(chunk) {
    this.reader.push(chunk);
  }
  /** Reads the log's next bytes with `read` (at most `max`, straight into the reader's memory): how many it read, 0 at the end. */
  read(read, max) {
    return this.reader.read(read, max);
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
    this.reader.end();
    this.deferred.flush();
    for (const build of finishBuild(this.build, this.format)) this.finished.push(build);
    this.build = new BuildState();
    return this.finished;
  }
  start(head) {
    const text = head.toString("utf8", 0, DETECT);
    this.format = detectFormat(text);
    const newline = !text.includes("\n") && text.includes("\r") ? 13 : 10;
    if (this.format === "plain") return { finder: new PlainScanner(newline, this.deferred, this.options.leaps ?? true), newline };
    return { finder: markerFinder(this.format, newline), newline };
  }
  line(raw) {
    this.deferred.flush();
    this.build.seq++;
    this.feed(raw);
  }
  parseHeader(text, seq) {
    this.build.seq = seq;
    this.feed(text);
  }
  feed(text) {
    const line = normalizeLine(text);
    if (line !== "" && !GRAMMARS.some((g) => g(line, this))) this.output(line);
    this.build.lastLine = line;
  }
  /** A line no grammar took: output of the step being run, or of none known. */
  output(line) {
    const signal = readSignal(line);
    if (!signal) return;
    const b = this.build;
    const current = b.box ?? (b.legacyCurrent && b.legacyCurrent.result !== "error" ? b.legacyCurrent : null);
    b.signal(current, signal);
  }
  startBuild() {
    for (const build of finishBuild(this.build, this.format)) this.finished.push(build);
    this.build = new BuildState();
    return this.build;
  }
};
function finishBuild(b, format) {
  resolveFailedStep(b);
  const steps = [...b.steps.values()].filter((s) => !INTERNAL.test(s.name));
  if (b.hasDeferred) steps.sort((x, y) => x.span.start - y.span.start);
  const failed = b.failedStepId !== null || b.finalError !== null || b.builderLostLine !== null;
  const whole = {
    format,
    docker: b.docker,
    steps,
    failedStepId: b.failedStepId,
    finalError: b.finalError,
    exitCode: b.exitCode,
    outOfMemoryError: b.outOfMemoryError,
    diskFull: b.diskFull,
    daemonLost: b.builderLostLine !== null,
    builderLostLine: b.builderLostLine,
    excerpt: b.excerpt,
    excerptInstruction: b.excerptInstruction,
    succeeded: b.succeeded && !failed,
    dockerfileName: b.dockerfileName,
    target: null,
    omittedSteps: b.omittedSteps,
    signals: b.signals
  };
  const bakeTargets = [...b.targets].filter(([target]) => steps.some((s) => s.target === target));
  if (b.targets.size < 2 || bakeTargets.length < 2) {
    return [{ ...whole, dockerfileName: whole.dockerfileName ?? b.targets.values().next().value ?? null }];
  }
  return bakeTargets.map(([target, file]) => {
    const own = steps.filter((s) => s.target === target);
    const failedHere = own.some((s) => s.id === b.failedStepId);
    return {
      ...whole,
      steps: own,
      failedStepId: failedHere ? b.failedStepId : null,
      finalError: failedHere || b.builderLostLine !== null ? b.finalError : null,
      exitCode: failedHere ? b.exitCode : null,
      outOfMemoryError: failedHere && b.outOfMemoryError,
      excerpt: failedHere ? b.excerpt : null,
      signals: failedHere ? b.signals : [],
      dockerfileName: file,
      target
    };
  });
}
function resolveFailedStep(b) {
  if (b.failedStepId !== null) {
    const failed = b.steps.get(b.failedStepId);
    const command2 = failed?.inferred && failed.name === failed.id ? b.failedCommand ?? commandOfError(failed.error ?? "") : null;
    if (failed && command2) {
      failed.name = command2;
      failed.instruction = command2;
      const boxes = [...b.steps.values()].filter((s) => s.id.startsWith("box:"));
      if (boxes.length === 1 && sameSkeleton(boxes[0].instruction, command2)) {
        b.absorb(failed, boxes[0]);
        renameStep(failed, boxes[0].name);
      }
    }
    if (failed && failed.error === TTY_ERROR && b.finalError !== null && b.failedCommand !== null && sameCommand(failed.instruction, b.failedCommand)) {
      failed.error = b.finalError;
      failed.exitCode ??= b.exitCode;
    }
    return;
  }
  const command = b.failedCommand ?? b.excerptInstruction;
  if (command === null) return;
  const wanted = squeeze(command);
  const steps = [...b.steps.values()];
  let step = steps.find((s) => squeeze(s.instruction) === wanted) ?? steps.find((s) => sameCommand(s.instruction, command));
  const unnamed = steps.filter((s) => s.inferred && s.result === "running");
  if (!step && unnamed.length > 0) {
    step = unnamed[unnamed.length - 1];
    step.name = command;
    step.instruction = command;
  }
  if (!step) {
    step = b.addStep("failed", command, b.seq);
    step.inferred = true;
  }
  step.result = "error";
  step.error ??= b.finalError;
  step.exitCode ??= b.exitCode;
  if (step.exitCode === null && b.finalError) {
    const code = /(?:exit code|non-zero code): (\d+)/.exec(b.finalError);
    if (code) step.exitCode = Number(code[1]);
  }
  if (b.exitCode === null) b.exitCode = step.exitCode;
  b.failedStepId = step.id;
}
function sameCommand(instruction, command) {
  const have = squeeze(instruction);
  const wanted = squeeze(command);
  return have === wanted || have.length >= 8 && (wanted.startsWith(have) || have.startsWith(wanted));
}
function sameSkeleton(expanded, written) {
  const parts = squeeze(written).split(/\$\{?\w+\}?/);
  if (parts.length < 2) return sameCommand(expanded, written);
  const text = squeeze(expanded);
  if (!text.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1)) {
    const found = text.indexOf(part, at);
    if (found < 0 || /\s/.test(text.slice(at, found))) return false;
    at = found + part.length;
  }
  return true;
}
function detectFormat(text) {
  const head = text.slice(0, DETECT).split("\n");
  for (const raw of head) {
    const line = normalizeLine(raw);
    if (line === "") continue;
    if (line.startsWith('{"')) return "rawjson";
    if (/^#\d+ /.test(line)) return "plain";
    if (/^Step \d+(?:\/\d+)? : /.test(line) || line.startsWith("Sending build context")) return "legacy";
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
    throw new import_errors3.FileError(`cannot read the build log ${path3}: ${reason(error2)}`, errorCode(error2));
  }
  try {
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (stat.isDirectory()) throw new import_errors3.FileError(`cannot read the build log ${path3}: it is a directory`, "EISDIR");
    if (!stat.isFile()) throw new import_errors3.FileError(`cannot read the build log ${path3}: it is ${kindOf(stat)}, not a regular file (save the log to a file first)`);
    const analyzer = new BuildLogAnalyzer();
    while (analyzer.read((into) => (0, import_node_fs.readSync)(fd, into, 0, into.length, null), CHUNK) > 0) ;
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

// src/files/read.ts
var import_node_fs2 = require("node:fs");
var import_errors4 = require("./shared.js");
var MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
function openRegularFile(path3, what) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(path3, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK);
  } catch (error2) {
    throw new import_errors4.FileError(`cannot read ${what} ${path3}: ${reason(error2)}`, errorCode(error2));
  }
  const stat = (0, import_node_fs2.fstatSync)(fd);
  if (!stat.isFile()) {
    (0, import_node_fs2.closeSync)(fd);
    throw new import_errors4.FileError(`cannot read ${what} ${path3}: it is ${kindOf(stat)}, not a regular file`);
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
        throw new import_errors4.FileError(`cannot read ${what} ${path3}: ${reason(error2)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new import_errors4.FileError(`${what} ${path3} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`);
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
    if (!(error2 instanceof import_errors5.FileError)) throw error2;
    throw new import_errors5.FileError(error2.message.replace(absolute, file), error2.code);
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
  return { builds: explained, annotations: aggregate(all), summary: summaries.join("\n"), killed: explained.some((b) => b.explanation.findings.some(isKill)) };
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
var import_errors17 = require("./shared.js");

// src/core/build/request.ts
var import_errors14 = require("./shared.js");

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
var import_errors13 = require("./shared.js");

// src/core/resize/request.ts
var import_errors16 = require("./shared.js");

// src/core/resize/target.ts
var import_errors15 = require("./shared.js");

// src/action/inputs.ts
function readExplainInputs() {
  const logPath = getInput("log");
  if (logPath === "") throw new import_errors17.InputError("log is required: the path of the saved build log");
  return { logPath, file: getInput("file") || null };
}

// src/action/explain.ts
async function runExplain() {
  try {
    const { logPath, file } = readExplainInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const { explanation, summary: summary2 } = await explainSavedLog(logPath, file, workspace);
    setOutput("oom-killed", String(explanation.findings.some(isKill)));
    setOutput("annotations", String(explanation.annotations.length));
    await publishExplanation(explanation.annotations, summary2);
  } catch (error2) {
    setFailed((0, import_errors18.messageForUser)(error2) ?? `docker-memory-action explain failed: ${error2.message}`);
  }
}

// src/entries/explain.ts
void runExplain();

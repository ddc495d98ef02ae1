import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  askEngine
} from "./chunk-5LQ7LA22.mjs";
import {
  captureDocker,
  lastLine
} from "./chunk-XAGP5UWU.mjs";
import {
  dockerEndpoint
} from "./chunk-LGCTJYX5.mjs";

// src/core/bind/engine-api.ts
var enc = encodeURIComponent;
function apiRequestOf(command) {
  const a = command.args;
  const last = a[a.length - 1] ?? "";
  if (a[0] === "inspect" && a[1] === "--type" && a[2] === "container" && a[3] === "--format" && a[4] === "{{json .}}" && a.length === 6)
    return { method: "GET", path: `/containers/${enc(last)}/json`, print: "json", subject: last };
  if (a[0] === "info" && a[1] === "--format" && a[2] === "{{json .}}" && a.length === 3) return { method: "GET", path: "/info", print: "json", subject: "" };
  if (a[0] === "rm" && a.length === 2) return { method: "DELETE", path: `/containers/${enc(last)}`, print: "name", subject: last };
  if (a[0] === "create") {
    const o = options(a.slice(1, -1));
    if (!o || o.name === void 0 || o.flags.some((f) => f !== "--name" && f !== "--label" && f !== "--network")) return null;
    const body = { Image: last, Labels: o.labels, HostConfig: o.network ? { NetworkMode: o.network } : {} };
    return { method: "POST", path: `/containers/create?name=${enc(o.name)}`, body, print: "id", subject: o.name };
  }
  if (a[0] === "update") {
    const o = options(a.slice(1, -1));
    if (!o || o.flags.some((f) => f !== "--memory" && f !== "--memory-swap")) return null;
    const body = {};
    if (o.memory !== void 0) body.Memory = Number(o.memory);
    if (o.memorySwap !== void 0) body.MemorySwap = Number(o.memorySwap);
    if (Object.values(body).some((n) => !Number.isInteger(n))) return null;
    return { method: "POST", path: `/containers/${enc(last)}/update`, body, print: "name", subject: last };
  }
  if (a[0] !== "volume") return null;
  if (a[1] === "create") {
    const o = options(a.slice(2, -1));
    if (!o || o.flags.some((f) => f !== "--label")) return null;
    return { method: "POST", path: "/volumes/create", body: { Name: last, Labels: o.labels }, print: "name", subject: last };
  }
  if (a[1] === "rm" && a.length === 3) return { method: "DELETE", path: `/volumes/${enc(last)}`, print: "name", subject: last };
  if (a[1] === "ls" && a[2] === "--quiet" && a[3] === "--filter" && a.length === 5 && a[4].startsWith("label=")) {
    const filters = JSON.stringify({ label: [a[4].slice("label=".length)] });
    return { method: "GET", path: `/volumes?filters=${enc(filters)}`, print: "volume-names", subject: "" };
  }
  if (a[1] === "inspect" && a.length > 2) return a.slice(2).map((v) => ({ method: "GET", path: `/volumes/${enc(v)}`, print: "volume-list", subject: v }));
  return null;
}
function options(args) {
  const o = { flags: [], labels: {} };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === void 0 || !flag.startsWith("--")) return null;
    o.flags.push(flag);
    if (flag === "--label") {
      const eq = value.indexOf("=");
      if (eq < 0) return null;
      o.labels[value.slice(0, eq)] = value.slice(eq + 1);
    } else if (flag === "--name") o.name = value;
    else if (flag === "--network") o.network = value;
    else if (flag === "--memory") o.memory = value;
    else if (flag === "--memory-swap") o.memorySwap = value;
  }
  return o;
}
function answerAsCli(requests, answers) {
  const errors = [];
  const found = [];
  let stdout = "";
  requests.forEach((r, i) => {
    const { status, body } = answers[i];
    if (status < 200 || status > 299) {
      errors.push(`Error response from daemon: ${messageOf(body) || `HTTP ${status}`}`);
      return;
    }
    if (r.print === "json") stdout += `${body.trim()}
`;
    else if (r.print === "id") {
      const id = parse(body)?.Id;
      stdout += `${typeof id === "string" ? id : ""}
`;
    } else if (r.print === "name") stdout += `${r.subject}
`;
    else if (r.print === "volume-names") {
      const volumes = parse(body)?.Volumes ?? [];
      stdout += volumes.map((v) => `${v.Name ?? ""}
`).join("");
    } else if (r.print === "volume-list") found.push(parse(body));
  });
  if (requests.some((r) => r.print === "volume-list")) stdout = `${JSON.stringify(found, null, 4)}
`;
  return { code: errors.length > 0 ? 1 : 0, stdout, stderr: errors.map((e) => `${e}
`).join("") };
}
function parse(body) {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
function messageOf(body) {
  const m = parse(body)?.message;
  return typeof m === "string" ? m : body.trim().slice(0, 300);
}

// src/bind/engine-calls.ts
var BindError = class extends Error {
  constructor(message, changed = false) {
    super(message);
    this.changed = changed;
    this.name = "BindError";
  }
  changed;
};
var EngineCalls = class {
  constructor(options2) {
    this.options = options2;
    const endpoint = options2.endpoint ?? dockerEndpoint(process.env);
    this.socket = endpoint.path === "socket" ? endpoint.socket : null;
  }
  options;
  /** The engine's socket while it answers there; null: every call through the docker CLI. */
  socket;
  get cancel() {
    return this.options.cancel;
  }
  /** The engine's unix socket, when the transaction talks to it directly. */
  get engineSocket() {
    return this.socket;
  }
  /** docker's answer as it is: for calls whose failure is an answer (a lock that exists). */
  async raw(command, options2 = {}) {
    const timeoutMs = options2.timeoutMs ?? this.options.timeoutMs ?? 6e4;
    const cancel = options2.cancellable === false ? void 0 : this.options.cancel;
    const requests = this.socket === null ? null : apiRequestOf(command);
    if (this.socket !== null && requests !== null) {
      const list = Array.isArray(requests) ? requests : [requests];
      const answers = [];
      for (const request of list) {
        const a = await askEngine(this.socket, request, { timeoutMs, cancel, timer: this.options.timer });
        if (a.status !== null) {
          answers.push(a);
          continue;
        }
        if (a.unreachable && answers.length === 0) {
          this.socket = null;
          return this.raw(command, options2);
        }
        return { code: null, stdout: "", stderr: `docker ${command.args[0]}: ${a.error}`, spawnError: null, missing: false, timedOut: a.timedOut };
      }
      return { ...answerAsCli(list, answers), spawnError: null, missing: false, timedOut: false };
    }
    return captureDocker(command.args, { env: command.env, timeoutMs, cancel });
  }
  /** stdout, or a BindError saying `what` and docker's last line. `cancellable: false` for undo steps, which run after a cancel. */
  async run(command, what, options2 = {}) {
    const r = await this.raw(command, options2);
    if (r.spawnError) throw new BindError(`${what}: ${r.spawnError}`);
    if (r.code !== 0) throw new BindError(`${what}: ${explain(r, command, this.options.cancel, options2.cancellable !== false)}`);
    return r.stdout;
  }
  /** Throws when cancelled, between calls. */
  check(where) {
    const c = this.options.cancel;
    if (c?.aborted) throw new BindError(`cancelled (${String(c.reason)}) ${where}`);
  }
};
function explain(r, command, cancel, cancellable) {
  if (cancellable && cancel?.aborted) return `cancelled (${String(cancel.reason)}) during docker ${command.args[0]}`;
  if (r.timedOut) return `docker ${command.args[0]} did not answer in time and was stopped`;
  return lastLine(r.stderr || r.stdout) || `docker ${command.args[0]} exit code ${r.code}`;
}
function pause(ms, cancel) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      cancel?.removeEventListener("abort", done);
      resolve();
    }
    cancel?.addEventListener("abort", done, { once: true });
  });
}

export {
  BindError,
  EngineCalls,
  pause
};

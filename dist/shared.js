"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// src/entries/shared.ts
var shared_exports = {};
__export(shared_exports, {
  EngineError: () => EngineError,
  FileError: () => FileError,
  HistoryFormatError: () => HistoryFormatError,
  InputError: () => InputError,
  askSocket: () => askSocket,
  dockerEndpoint: () => dockerEndpoint,
  messageForUser: () => messageForUser,
  probeDocker: () => probeDocker,
  probeDockerEarly: () => probeDockerEarly
});
module.exports = __toCommonJS(shared_exports);

// src/core/errors.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var FileError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
    this.name = "FileError";
  }
  code;
};
var EngineError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EngineError";
  }
};
function messageForUser(error) {
  return error instanceof InputError || error instanceof FileError || error instanceof EngineError ? error.message : null;
}
var HistoryFormatError = class extends Error {
  constructor(message, kind) {
    super(message);
    this.kind = kind;
    this.name = "HistoryFormatError";
  }
  kind;
};

// src/probes/docker.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");

// on-first-call:node:crypto
var load = () => require("node:crypto");
function createHash(...args) {
  return load().createHash(...args);
}

// src/core/docker-endpoint.ts
var DEFAULT_UNIX_HOST = "unix:///var/run/docker.sock";
var DEFAULT_WINDOWS_HOST = "npipe:////./pipe/docker_engine";
function dockerConfigDir(env, platform) {
  if (env.DOCKER_CONFIG) return env.DOCKER_CONFIG;
  const home = platform === "win32" ? env.USERPROFILE || env.HOME : env.HOME;
  return home ? `${home.replace(/[\\/]+$/, "")}/.docker` : null;
}
function currentContextName(env, configJson) {
  if (env.DOCKER_HOST) return null;
  const named = env.DOCKER_CONTEXT || contextFromConfig(configJson);
  return named && named !== "default" ? named : null;
}
function contextFromConfig(configJson) {
  if (configJson === null) return null;
  try {
    const config = JSON.parse(configJson);
    return typeof config?.currentContext === "string" ? config.currentContext : null;
  } catch {
    return null;
  }
}
function contextMetaPath(configDir, name) {
  return `${configDir}/contexts/meta/${createHash("sha256").update(name).digest("hex")}/meta.json`;
}
function resolveDockerEndpoint(env, platform, context, metaJson) {
  if (context === null)
    return endpointOfHost(
      env.DOCKER_HOST || (platform === "win32" ? DEFAULT_WINDOWS_HOST : DEFAULT_UNIX_HOST),
      env.DOCKER_HOST ? "DOCKER_HOST" : "the default host"
    );
  if (metaJson === null) return { path: "cli", why: `context "${context}" has no meta.json we can read` };
  let host;
  try {
    host = JSON.parse(metaJson)?.Endpoints?.docker?.Host;
  } catch {
    return { path: "cli", why: `context "${context}" has a meta.json that is not JSON` };
  }
  if (typeof host !== "string" || host === "") return { path: "cli", why: `context "${context}" names no docker host` };
  return endpointOfHost(host, `context "${context}"`);
}
function endpointOfHost(host, source) {
  const m = /^unix:\/\/(\/.*)$/.exec(host);
  if (m) return { path: "socket", socket: m[1] };
  return { path: "cli", why: `${source} is ${host}, not a local socket` };
}

// src/core/docker-info.ts
var BACKENDS = [
  { backend: "docker-desktop", inVm: true, matches: (i) => /Docker Desktop/i.test(i.OperatingSystem ?? "") },
  { backend: "colima", inVm: true, matches: (i) => /^colima/i.test(i.Name ?? "") },
  { backend: "rancher-desktop", inVm: true, matches: (i) => /Rancher Desktop/i.test(i.OperatingSystem ?? "") || /^lima-rancher-desktop/.test(i.Name ?? "") },
  { backend: "orbstack", inVm: true, matches: (i) => /OrbStack/i.test(i.OperatingSystem ?? "") },
  { backend: "podman", inVm: false, matches: (i) => /podman/i.test(i.ServerVersion ?? "") || /podman/i.test(i.OperatingSystem ?? "") }
];
var DockerInfoError = class extends Error {
};
function parseDockerInfo(json) {
  let info;
  try {
    info = JSON.parse(json);
  } catch {
    throw new DockerInfoError("docker info did not print JSON");
  }
  if (typeof info !== "object" || info === null || typeof info.MemTotal !== "number") {
    throw new DockerInfoError("docker info has no MemTotal");
  }
  const row = BACKENDS.find((b) => b.matches(info));
  const buildx = info.ClientInfo?.Plugins?.find((p) => p.Name === "buildx");
  return {
    name: info.Name ?? "",
    serverVersion: info.ServerVersion ?? "unknown",
    memTotalBytes: info.MemTotal,
    ncpu: info.NCPU ?? 0,
    osType: info.OSType ?? "linux",
    operatingSystem: info.OperatingSystem ?? "",
    architecture: info.Architecture ?? "",
    cgroupVersion: info.CgroupVersion ?? null,
    cgroupDriver: info.CgroupDriver ?? null,
    backend: row?.backend ?? "engine",
    inVm: row?.inVm ?? false,
    clientVersion: info.ClientInfo?.Version ?? null,
    buildxVersion: buildx?.Version ?? null
  };
}

// src/core/http-response.ts
function parseHttpResponse(raw) {
  const bytesAsText = new TextDecoder("latin1").decode(raw);
  const headEnd = bytesAsText.indexOf("\r\n\r\n");
  if (headEnd < 0) return null;
  const [statusLine, ...headerLines] = bytesAsText.slice(0, headEnd).split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(statusLine);
  if (!status) return null;
  const headers = new Map(headerLines.map((l) => [l.slice(0, l.indexOf(":")).trim().toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
  if (headers.has("transfer-encoding")) return null;
  let body = raw.subarray(headEnd + 4);
  const length = headers.get("content-length");
  if (length !== void 0) {
    if (!/^\d+$/.test(length) || body.length < Number(length)) return null;
    body = body.subarray(0, Number(length));
  }
  return { status: Number(status[1]), body: new TextDecoder().decode(body) };
}

// src/probes/docker.ts
var early = null;
function probeDockerEarly(load2) {
  early ??= askDocker(15e3, process.env);
  setImmediate(load2);
}
function probeDocker(timeoutMs = 15e3, env = process.env) {
  const answer = early ?? askDocker(timeoutMs, env);
  early = null;
  return answer;
}
async function askDocker(timeoutMs, env) {
  const endpoint = dockerEndpoint(env);
  if (endpoint.path === "cli") return askDockerCli(timeoutMs, endpoint.why, env);
  const answer = await askSocket(endpoint.socket, timeoutMs);
  if (answer.timedOut)
    return {
      docker: null,
      reason: `the engine at ${endpoint.socket} did not answer in ${timeoutMs / 1e3} s`,
      via: { path: "socket", socket: endpoint.socket }
    };
  if (answer.text !== null) {
    try {
      return { docker: parseDockerInfo(answer.text), via: { path: "socket", socket: endpoint.socket } };
    } catch (e) {
      return askDockerCli(timeoutMs, `socket ${endpoint.socket}: ${e.message}`, env);
    }
  }
  return askDockerCli(timeoutMs, `socket ${endpoint.socket} failed: ${answer.error}`, env);
}
function dockerEndpoint(env) {
  const configDir = dockerConfigDir(env, process.platform);
  const context = currentContextName(env, configDir === null ? null : readOrNull(`${configDir}/config.json`));
  const meta = context === null || configDir === null ? null : readOrNull(contextMetaPath(configDir, context));
  return resolveDockerEndpoint(env, process.platform, context, meta);
}
function readOrNull(path) {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch {
    return null;
  }
}
function askSocket(socketPath, timeoutMs) {
  const { connect } = (0, import_node_module.createRequire)(__filename)("node:net");
  return new Promise((resolve) => {
    const chunks = [];
    const socket = connect(socketPath, () => socket.write("GET /info HTTP/1.0\r\nHost: docker\r\n\r\n"));
    socket.setTimeout(timeoutMs, () => {
      resolve({ text: null, error: "", timedOut: true });
      socket.destroy();
    });
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", (e) => resolve({ text: null, error: e.code ?? e.message, timedOut: false }));
    socket.on("end", () => {
      const res = parseHttpResponse(Buffer.concat(chunks));
      if (res === null) resolve({ text: null, error: "GET /info: not an HTTP/1.0 answer", timedOut: false });
      else if (res.status === 200) resolve({ text: res.body, error: "", timedOut: false });
      else resolve({ text: null, error: `GET /info answered ${res.status} ${res.body.trim().slice(0, 200)}`.trimEnd(), timedOut: false });
      socket.destroy();
    });
  });
}
async function askDockerCli(timeoutMs, why, env) {
  const via = { path: "cli", why };
  const given = Object.fromEntries(Object.entries(env).filter((e) => typeof e[1] === "string"));
  const { captureDocker, firstLine } = await import("./chunks/lazy-runners-docker.mjs");
  const r = await captureDocker(["info", "--format", "{{json .}}"], { timeoutMs, env: given });
  if (r.spawnError !== null) return { docker: null, reason: r.spawnError, via };
  if (r.code === null) return { docker: null, reason: `docker info did not answer in ${timeoutMs / 1e3} s`, via };
  if (r.code !== 0) {
    return { docker: null, reason: firstLine(r.stderr || r.stdout) || "docker info failed", via };
  }
  try {
    return { docker: parseDockerInfo(r.stdout), via };
  } catch (e) {
    return { docker: null, reason: e.message, via };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  EngineError,
  FileError,
  HistoryFormatError,
  InputError,
  askSocket,
  dockerEndpoint,
  messageForUser,
  probeDocker,
  probeDockerEarly
});

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_LINE_BYTES
} from "./chunk-TW4NVU7A.mjs";
import {
  init_node_child_process,
  spawn
} from "./chunk-MX6IBTS5.mjs";
import {
  createWriteStream
} from "./chunk-SOOFRGCY.mjs";

// src/runners/process.ts
init_node_child_process();

// src/runners/lines.ts
function splitLines(onLine, maxBytes = MAX_LINE_BYTES) {
  const half = Math.floor(maxBytes / 2);
  let head = [];
  let headBytes = 0;
  let tail = Buffer.alloc(0);
  let cut = 0;
  const add = (piece) => {
    const room = half - headBytes;
    if (room > 0) {
      head.push(piece.subarray(0, room));
      headBytes += Math.min(room, piece.length);
      piece = piece.subarray(room);
    }
    if (piece.length === 0) return;
    const joined = piece.length >= half ? piece : Buffer.concat([tail, piece]);
    const keep = joined.subarray(Math.max(0, joined.length - half));
    cut += tail.length + piece.length - keep.length;
    tail = Buffer.from(keep);
  };
  const line = (text) => onLine(text.endsWith("\r") ? text.slice(0, -1) : text);
  const emit = () => {
    let text = Buffer.concat(head).toString("utf8");
    if (cut > 0) text += ` \u2026 [${cut} bytes of this line cut] \u2026 `;
    text += tail.toString("utf8");
    head = [];
    headBytes = 0;
    tail = Buffer.alloc(0);
    cut = 0;
    line(text);
  };
  return {
    push(chunk) {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        if (headBytes === 0 && nl - from <= maxBytes) line(chunk.toString("utf8", from, nl));
        else {
          add(chunk.subarray(from, nl));
          emit();
        }
        from = nl + 1;
      }
      if (from < chunk.length) add(chunk.subarray(from));
    },
    end() {
      if (headBytes > 0 || tail.length > 0) emit();
    }
  };
}

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
function stream(command, args, options) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logPath, { flags: "a", mode: 384 });
    const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let cancelledBy = null;
    let failed = false;
    const fail = (error) => {
      if (failed) return;
      failed = true;
      child.kill("SIGTERM");
      reject(error);
    };
    log.on("error", (e) => fail(new Error(`cannot write the build log ${options.logPath}: ${e.message}`)));
    const forward = () => {
      cancelledBy = options.cancel.reason;
      child.kill(cancelledBy);
    };
    if (options.cancel.aborted) forward();
    else options.cancel.addEventListener("abort", forward, { once: true });
    let open = 2;
    for (const output of [child.stdout, child.stderr]) {
      const lines = splitLines(options.onLine);
      const guarded = (step) => {
        try {
          if (!failed) step();
        } catch (error) {
          fail(error);
        }
      };
      output.pipe(log, { end: false });
      output.on("data", (chunk) => guarded(() => lines.push(chunk)));
      output.on("end", () => {
        guarded(() => lines.end());
        if (--open === 0) log.end();
      });
    }
    child.on("error", (e) => {
      options.cancel.removeEventListener("abort", forward);
      log.end();
      fail(new Error(e.code === "ENOENT" ? `no ${command} command on PATH` : `${command} did not start: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      options.cancel.removeEventListener("abort", forward);
      const done = () => resolve({ code, signal, cancelledBy });
      if (log.closed) done();
      else log.on("close", done);
    });
  });
}
function launchDetached(path) {
  return new Promise((resolve) => {
    const child = spawn(path, [], { detached: true, stdio: "ignore", windowsHide: true });
    child.once("error", (e) => resolve(`${path} could not be started: ${e.message}`));
    child.once("spawn", () => {
      child.unref();
      resolve(null);
    });
  });
}
function trapCancellation() {
  const controller = new AbortController();
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const handler = (signal) => controller.abort(signal);
  for (const s of signals) process.on(s, handler);
  return { cancel: controller.signal, release: () => signals.forEach((s) => process.off(s, handler)) };
}

export {
  capture,
  stream,
  launchDetached,
  trapCancellation
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/runners/docker.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
function captureDocker(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn("docker", args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"], timeout: options.timeoutMs ?? 6e4, signal: options.cancel, windowsHide: true });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => stdout += d);
    child.stderr.setEncoding("utf8").on("data", (d) => stderr += d);
    child.on("error", (e) => {
      if (e.code === "ABORT_ERR") return;
      resolve({ code: null, stdout, stderr, spawnError: e.code === "ENOENT" ? "no docker command on PATH" : e.message });
    });
    child.on("close", (code) => resolve({ code, stdout, stderr, spawnError: null }));
  });
}
function streamDocker(args, options) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logPath, { flags: "a", mode: 384 });
    const child = spawn("docker", args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let cancelledBy = null;
    log.on("error", (e) => {
      child.kill("SIGTERM");
      reject(new Error(`cannot write the build log ${options.logPath}: ${e.message}`));
    });
    const forward = () => {
      cancelledBy = options.cancel.reason;
      child.kill(cancelledBy);
    };
    if (options.cancel.aborted) forward();
    else options.cancel.addEventListener("abort", forward, { once: true });
    let open = 2;
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(log, { end: false });
      createInterface({ input: stream, crlfDelay: Infinity }).on("line", options.onLine);
      stream.on("end", () => {
        if (--open === 0) log.end();
      });
    }
    child.on("error", (e) => {
      options.cancel.removeEventListener("abort", forward);
      log.end();
      reject(new Error(e.code === "ENOENT" ? "no docker command on PATH" : `docker did not start: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      options.cancel.removeEventListener("abort", forward);
      if (log.closed) resolve({ code, signal, cancelledBy });
      else log.on("close", () => resolve({ code, signal, cancelledBy }));
    });
  });
}
function trapCancellation() {
  const controller = new AbortController();
  const signals = ["SIGINT", "SIGTERM"];
  const handler = (signal) => controller.abort(signal);
  for (const s of signals) process.on(s, handler);
  return { cancel: controller.signal, release: () => signals.forEach((s) => process.off(s, handler)) };
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

export {
  parseDockerInfo,
  captureDocker,
  streamDocker,
  trapCancellation
};

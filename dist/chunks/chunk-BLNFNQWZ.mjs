import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cgroupDirs,
  findMount,
  parseCfsQuota,
  parseCounter,
  parseCpuMax,
  parseCpusetCount,
  parseKeyValues,
  parseMemoryLimit,
  parseMountinfo,
  parseProcCgroup
} from "./chunk-RBEQHDNP.mjs";
import {
  existsSync,
  readFileSync
} from "./chunk-SOOFRGCY.mjs";
import {
  probeDocker
} from "./chunk-LGCTJYX5.mjs";

// src/probes/machine.ts
import os from "node:os";

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
import { join } from "node:path";
function probeCgroup(root = "/", pid = "self") {
  const read = (path) => {
    try {
      return readFileSync(join(root, path), "utf8");
    } catch {
      return null;
    }
  };
  const procCgroup = read(`/proc/${pid}/cgroup`);
  const mountinfo = read(`/proc/${pid}/mountinfo`);
  if (procCgroup === null || mountinfo === null) return null;
  const entries = parseProcCgroup(procCgroup);
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
      const count = parseCpusetCount(read(`${dir}/${file}`) ?? "");
      if (count !== null) {
        cpusetCount = count;
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
  const { default: memory } = await import("./lazy-systeminformation-lib-memory.mjs");
  const m = await memory.mem();
  return { totalBytes: m.total, availableBytes: m.available, swapTotalBytes: m.swaptotal, swapFreeBytes: m.swapfree };
}
function readMeminfo() {
  try {
    return readFileSync("/proc/meminfo", "utf8");
  } catch {
    return "";
  }
}

// src/probes/machine.ts
async function detectMachine(options = {}) {
  const env = options.env ?? process.env;
  const [memory, dockerProbe] = await Promise.all([probeMemory(), options.docker === false ? Promise.resolve(null) : probeDocker()]);
  const cgroup = process.platform === "linux" ? probeCgroup(options.root ?? "/") : null;
  const runner = detectRunner(env, {
    dockerenv: existsSync("/.dockerenv"),
    containerenv: existsSync("/run/.containerenv"),
    cgroupPath: cgroup?.path ?? null
  });
  return {
    os: { platform: process.platform, arch: process.arch, release: os.release() },
    memory,
    cpus: { logical: os.availableParallelism() },
    cgroup,
    docker: dockerProbe?.docker ?? null,
    dockerAbsentReason: dockerProbe && dockerProbe.docker === null ? dockerProbe.reason : options.docker === false ? "not asked" : void 0,
    dockerVia: dockerProbe?.via,
    runner
  };
}

export {
  detectMachine
};

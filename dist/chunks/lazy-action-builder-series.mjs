import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getState,
  saveState
} from "./chunk-V23U7VEN.mjs";
import {
  seriesFileName
} from "./chunk-Z6PW5BAD.mjs";
import {
  debug
} from "./chunk-VY553U4K.mjs";
import {
  containerCgroup,
  readMarks
} from "./chunk-4AYTXUTK.mjs";
import {
  stepCgroupParent
} from "./chunk-BGOEDO4T.mjs";
import {
  EngineCalls
} from "./chunk-YQGGITQ5.mjs";
import {
  inspectContainerCommand,
  parseContainerState,
  parseDockerInfo
} from "./chunk-NNJ4BVTD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-5LQ7LA22.mjs";
import "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import {
  init_node_child_process,
  spawn
} from "./chunk-MX6IBTS5.mjs";
import {
  existsSync,
  mkdirSync,
  writeFileSync
} from "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/action/builder-series.ts
init_node_child_process();
import { hostname, tmpdir } from "node:os";
import { dirname, join } from "node:path";
function jobLogDir() {
  return join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory");
}
async function startBuilderSeries(containerId, known) {
  try {
    const engine = new EngineCalls({ timeoutMs: 2e4 });
    const [inspected, info] = await Promise.all([
      engine.raw(inspectContainerCommand(containerId)),
      known ? null : engine.raw({ args: ["info", "--format", "{{json .}}"], env: {} })
    ]);
    if (inspected.code !== 0 || info !== null && info.code !== 0) return debug("the bound builder could not be inspected: its memory is not sampled");
    const facts = known ?? parseDockerInfo(info.stdout);
    const location = containerCgroup(parseContainerState(inspected.stdout), {
      engineLocal: facts.name === hostname(),
      cgroupVersion: facts.cgroupVersion,
      cgroupDriver: facts.cgroupDriver
    });
    if (!location) return debug("the bound builder's cgroup is not on this host: its memory is not sampled");
    saveState("builder-marks", JSON.stringify(readMarks(location)));
    const sampler = join(dirname(process.argv[1] ?? ""), "sampler.js");
    if (!existsSync(sampler)) return debug(`no ${sampler}: the bound builder's memory is not sampled`);
    const usage = join(location.path, location.version === 2 ? "memory.current" : "memory.usage_in_bytes");
    mkdirSync(jobLogDir(), { recursive: true });
    const series = join(jobLogDir(), seriesFileName(containerId));
    writeFileSync(series, "");
    const steps = [stepCgroupParent(location.path), String(location.version)];
    spawn(process.execPath, [sampler, usage, series, ...steps], { detached: true, stdio: "ignore" }).unref();
    saveState("builder-series", series);
    debug(`sampling ${usage} into ${series}`);
  } catch (error) {
    debug(`the bound builder's memory is not sampled: ${error.message}`);
  }
}
function stopBuilderSeries() {
  const series = getState("builder-series");
  if (series === "") return;
  try {
    writeFileSync(`${series}.stop`, "");
  } catch (error) {
    debug(`the sampler of ${series} could not be told to stop: ${error.message}`);
  }
}
export {
  jobLogDir,
  startBuilderSeries,
  stopBuilderSeries
};

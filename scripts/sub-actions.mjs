// Writes subaction/plan/, subaction/build/ and subaction/resize/action.yml from the root
// action.yml, so a sub-action can never drift from the inputs the code reads.
// subaction/explain/action.yml is written by hand: its
// inputs are its own. `--check` changes nothing and fails when a file is stale.
//
//   node scripts/sub-actions.mjs [--check]
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import yaml from 'js-yaml'

const root = yaml.load(readFileSync('action.yml', 'utf8'))
const BUILD_INPUTS = [
  'context',
  'file',
  'tags',
  'build-args',
  'target',
  'platforms',
  'push',
  'load',
  'outputs',
  'cache-from',
  'cache-to',
  'secrets',
  'labels',
  'secret-files',
  'secret-envs',
  'ssh',
  'build-contexts',
  'provenance',
  'sbom',
  'annotations',
  'network',
  'pull',
  'add-hosts',
  'shm-size',
  'no-cache',
  'no-cache-filters',
  'allow',
  'attests',
  'call',
  'cgroup-parent',
  'ulimit',
  'github-token',
  'extra-args',
  'builder',
  'driver',
  'memory-swap',
  'keep-builder'
]
const BUILD_OUTPUTS = ['enforcement', 'peak-memory', 'peak-memory-bytes', 'oom-killed', 'exit-code', 'build-log', 'builder', 'imageid', 'digest', 'metadata']
// A plan step that does not build binds the builder later steps use; resize has no post to give it back.
const BIND_INPUTS = ['builder', 'memory-swap', 'builder-limit', 'keep-limit']
const BIND_OUTPUTS = ['builder', 'enforcement']
for (const name of [...BUILD_INPUTS]) if (!(name in root.inputs)) throw new Error(`action.yml has no input ${name}`)

const pick = (map, keep) => Object.fromEntries(Object.entries(map).filter(([k]) => keep(k)))
const SUB_ACTIONS = {
  plan: {
    name: 'Docker Memory - plan',
    description:
      'Read the runner (cgroup limits included) and plan memory limits for Docker builds and containers; publish outputs, GITHUB_ENV and a job summary. Never builds.',
    // platforms: the plan shares the build limit between the platforms' copies of a step.
    inputs: pick(root.inputs, (k) => !BUILD_INPUTS.includes(k) || BIND_INPUTS.includes(k) || k === 'platforms'),
    outputs: pick(root.outputs, (k) => !BUILD_OUTPUTS.includes(k) || BIND_OUTPUTS.includes(k)),
    runs: { using: root.runs.using, main: '../../dist/plan.js', post: '../../dist/post.js' }
  },
  build: {
    name: 'Docker Memory - build',
    description: 'Plan the memory limit for this runner and build with a mechanism that really binds it; explain any OOM kill at its Dockerfile line.',
    inputs: { ...root.inputs, context: { ...root.inputs.context, default: '.' } },
    outputs: root.outputs,
    runs: { using: root.runs.using, main: '../../dist/main.js', post: '../../dist/post.js' }
  },
  resize: {
    name: 'Docker Memory - resize',
    description: "Give Docker's VM (Docker Desktop, Colima, WSL 2) the memory the plan needs: back up, edit, restart, verify, roll back on failure.",
    inputs: {
      ...pick(root.inputs, (k) => !BUILD_INPUTS.includes(k) && !BIND_INPUTS.includes(k)),
      'on-insufficient': { ...root.inputs['on-insufficient'], default: 'resize' }
    },
    outputs: pick(root.outputs, (k) => !BUILD_OUTPUTS.includes(k) && !BIND_OUTPUTS.includes(k)),
    runs: { using: root.runs.using, main: '../../dist/resize.js' }
  }
}

const check = process.argv.includes('--check')
let stale = 0
for (const [dir, action] of Object.entries(SUB_ACTIONS)) {
  const text = `# Generated from ../../action.yml by scripts/sub-actions.mjs: edit that, then npm run sub-actions.\n${yaml.dump({ ...action, branding: root.branding }, { lineWidth: -1, quotingType: "'" })}`
  const path = `subaction/${dir}/action.yml`
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null
  if (current === text) continue
  stale++
  if (check) console.error(`${path} is stale: run npm run sub-actions`)
  else {
    mkdirSync(`subaction/${dir}`, { recursive: true })
    writeFileSync(path, text)
    console.log(`wrote ${path}`)
  }
}
if (check) {
  if (stale > 0) process.exit(1)
  console.log('sub-actions: subaction/plan/, subaction/build/, subaction/resize/ match action.yml')
}

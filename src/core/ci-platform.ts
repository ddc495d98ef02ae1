/**
 * Which CI system runs us, as a data table (after unjs/std-env): the first row whose variable
 * is set wins. Pure: the probe hands over the environment.
 */
import type { RunnerFacts } from './machine.js'

interface CiRow {
  id: string
  name: string
  env: string
}

// Stryker disable all: a module-level table is built once, when the module is loaded; the mutation
// run keeps modules loaded between mutants, so a mutant here is never active (it would be
// reported as surviving whatever the tests check). Each row is pinned by a test of its own:
// __tests__/core/runner.test.ts (every CI's variable, id and name).
const CI_TABLE: readonly CiRow[] = [
  { id: 'github', name: 'GitHub Actions', env: 'GITHUB_ACTIONS' },
  { id: 'gitlab', name: 'GitLab CI', env: 'GITLAB_CI' },
  { id: 'buildkite', name: 'Buildkite', env: 'BUILDKITE' },
  { id: 'jenkins', name: 'Jenkins', env: 'JENKINS_URL' },
  { id: 'circleci', name: 'CircleCI', env: 'CIRCLECI' },
  { id: 'azure', name: 'Azure Pipelines', env: 'TF_BUILD' },
  { id: 'bitbucket', name: 'Bitbucket Pipelines', env: 'BITBUCKET_BUILD_NUMBER' },
  { id: 'teamcity', name: 'TeamCity', env: 'TEAMCITY_VERSION' },
  { id: 'drone', name: 'Drone', env: 'DRONE' },
  { id: 'woodpecker', name: 'Woodpecker', env: 'CI_PIPELINE_NUMBER' },
  { id: 'codebuild', name: 'AWS CodeBuild', env: 'CODEBUILD_BUILD_ID' },
  { id: 'travis', name: 'Travis CI', env: 'TRAVIS' },
  { id: 'generic', name: 'CI', env: 'CI' }
]
// Stryker restore all

/** Signs that the job itself runs in a container, strongest first. */
export interface ContainerSigns {
  dockerenv: boolean
  containerenv: boolean
  cgroupPath: string | null
}

export function detectRunner(env: Record<string, string | undefined>, signs: ContainerSigns): RunnerFacts {
  const row = CI_TABLE.find((r) => {
    const v = env[r.env]
    return v !== undefined && v !== '' && v !== 'false'
  })
  const environment = env.RUNNER_ENVIRONMENT
  let containerHint: string | null = null
  if (env.KUBERNETES_SERVICE_HOST) containerHint = 'kubernetes pod'
  else if (signs.dockerenv) containerHint = 'docker container (/.dockerenv)'
  else if (signs.containerenv) containerHint = 'podman container (/run/.containerenv)'
  else if (signs.cgroupPath && /\/(docker|kubepods|containerd|libpod|actions_job)[/.-]/.test(signs.cgroupPath)) {
    containerHint = `container cgroup ${signs.cgroupPath}`
  }
  return {
    ci: row?.id ?? 'local',
    ciName: row?.name ?? 'no CI (local)',
    environment: environment === 'github-hosted' || environment === 'self-hosted' ? environment : null,
    name: env.RUNNER_NAME || null,
    os: env.RUNNER_OS || null,
    arch: env.RUNNER_ARCH || null,
    inContainer: containerHint !== null,
    containerHint
  }
}

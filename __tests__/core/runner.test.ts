import { describe, expect, test } from '@jest/globals'
import { detectRunner } from '../../src/core/ci-platform.js'

const none = { dockerenv: false, containerenv: false, cgroupPath: null }

describe('detectRunner', () => {
  test('a GitHub-hosted runner', () => {
    const r = detectRunner(
      { GITHUB_ACTIONS: 'true', CI: 'true', RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_NAME: 'GitHub Actions 12', RUNNER_OS: 'Linux', RUNNER_ARCH: 'ARM64' },
      none
    )
    expect(r).toEqual({
      ci: 'github',
      ciName: 'GitHub Actions',
      environment: 'github-hosted',
      name: 'GitHub Actions 12',
      os: 'Linux',
      arch: 'ARM64',
      inContainer: false,
      containerHint: null
    })
  })

  test.each([
    [{ GITLAB_CI: 'true', CI: 'true' }, 'gitlab'],
    [{ BUILDKITE: 'true', CI: 'true' }, 'buildkite'],
    [{ JENKINS_URL: 'http://jenkins/' }, 'jenkins'],
    [{ CI: 'true' }, 'generic'],
    [{ CI: 'false' }, 'local'],
    [{}, 'local']
  ])('%j is %s', (env, ci) => {
    expect(detectRunner(env, none).ci).toBe(ci)
  })

  test.each([
    [{ KUBERNETES_SERVICE_HOST: '10.0.0.1' }, none, 'kubernetes pod'],
    [{}, { ...none, dockerenv: true }, 'docker container (/.dockerenv)'],
    [{}, { ...none, cgroupPath: '/docker/b7f23e87126f' }, 'container cgroup /docker/b7f23e87126f'],
    [
      {},
      { ...none, cgroupPath: '/kubepods.slice/kubepods-pod1.slice/cri-containerd-4f.scope' },
      'container cgroup /kubepods.slice/kubepods-pod1.slice/cri-containerd-4f.scope'
    ]
  ])('a job in a container: %j %j', (env, signs, hint) => {
    const r = detectRunner(env, signs)
    expect(r.inContainer).toBe(true)
    expect(r.containerHint).toBe(hint)
  })

  test('a plain host cgroup is not a container', () => {
    expect(detectRunner({}, { ...none, cgroupPath: '/system.slice/runner-provisioner.service' }).inContainer).toBe(false)
  })

  test.each([
    ['GITHUB_ACTIONS', 'github', 'GitHub Actions'],
    ['GITLAB_CI', 'gitlab', 'GitLab CI'],
    ['BUILDKITE', 'buildkite', 'Buildkite'],
    ['JENKINS_URL', 'jenkins', 'Jenkins'],
    ['CIRCLECI', 'circleci', 'CircleCI'],
    ['TF_BUILD', 'azure', 'Azure Pipelines'],
    ['BITBUCKET_BUILD_NUMBER', 'bitbucket', 'Bitbucket Pipelines'],
    ['TEAMCITY_VERSION', 'teamcity', 'TeamCity'],
    ['DRONE', 'drone', 'Drone'],
    ['CI_PIPELINE_NUMBER', 'woodpecker', 'Woodpecker'],
    ['CODEBUILD_BUILD_ID', 'codebuild', 'AWS CodeBuild'],
    ['TRAVIS', 'travis', 'Travis CI'],
    ['CI', 'generic', 'CI']
  ])('%s set: %s (%s), before the generic CI', (variable, ci, ciName) => {
    expect(detectRunner({ [variable]: '1', CI: 'true' }, none)).toMatchObject({ ci, ciName })
  })

  test('a variable set to "" or "false" does not count; the next row does', () => {
    expect(detectRunner({ GITHUB_ACTIONS: '', GITLAB_CI: 'true' }, none).ci).toBe('gitlab')
    expect(detectRunner({ GITHUB_ACTIONS: 'false', CI: '1' }, none).ci).toBe('generic')
  })

  test('no CI: local, and nothing named', () => {
    expect(detectRunner({ RUNNER_NAME: '', RUNNER_OS: '', RUNNER_ARCH: '' }, none)).toEqual({
      ci: 'local',
      ciName: 'no CI (local)',
      environment: null,
      name: null,
      os: null,
      arch: null,
      inContainer: false,
      containerHint: null
    })
  })

  test('only github-hosted and self-hosted are runner environments', () => {
    expect(detectRunner({ RUNNER_ENVIRONMENT: 'self-hosted' }, none).environment).toBe('self-hosted')
    expect(detectRunner({ RUNNER_ENVIRONMENT: 'github-hosted' }, none).environment).toBe('github-hosted')
    expect(detectRunner({ RUNNER_ENVIRONMENT: 'something' }, none).environment).toBeNull()
  })

  test('the strongest sign wins: kubernetes, then /.dockerenv, then /run/.containerenv, then the cgroup', () => {
    const all = { dockerenv: true, containerenv: true, cgroupPath: '/docker/abc' }
    expect(detectRunner({ KUBERNETES_SERVICE_HOST: '10.0.0.1' }, all).containerHint).toBe('kubernetes pod')
    expect(detectRunner({}, all).containerHint).toBe('docker container (/.dockerenv)')
    expect(detectRunner({}, { ...all, dockerenv: false })).toMatchObject({ inContainer: true, containerHint: 'podman container (/run/.containerenv)' })
    expect(detectRunner({}, { ...all, dockerenv: false, containerenv: false }).containerHint).toBe('container cgroup /docker/abc')
  })

  test.each(['/docker/abc', '/kubepods/burstable/pod1', '/system.slice/containerd-1.scope', '/machine.slice/libpod-9.scope', '/actions_job/42'])(
    'a container cgroup: %s',
    (cgroupPath) => {
      expect(detectRunner({}, { ...none, cgroupPath }).inContainer).toBe(true)
    }
  )

  test.each(['/', '/user.slice/user-1000.slice', '/dockerd', '/system.slice/dockerd.service', '/mydocker/x'])('not a container cgroup: %s', (cgroupPath) => {
    expect(detectRunner({}, { ...none, cgroupPath })).toMatchObject({ inContainer: false, containerHint: null })
  })
})

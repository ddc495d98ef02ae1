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
})

import { describe, expect, test } from '@jest/globals'
import { contextMetaPath, currentContextName, dockerConfigDir, resolveDockerEndpoint, type DockerEndpointEnv } from '../../src/core/docker-endpoint.js'

// The meta.json `docker context create` writes, with the host of the endpoint it was given.
const meta = (name: string, host: string): string => JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } })

describe('dockerConfigDir', () => {
  test.each<[string, DockerEndpointEnv, string, string | null]>([
    ['DOCKER_CONFIG wins', { DOCKER_CONFIG: '/etc/docker-cfg', HOME: '/home/u' }, 'linux', '/etc/docker-cfg'],
    ['~/.docker', { HOME: '/home/u/' }, 'linux', '/home/u/.docker'],
    ['Windows: USERPROFILE', { USERPROFILE: 'C:\\Users\\u', HOME: '/c/msys' }, 'win32', 'C:\\Users\\u/.docker'],
    ['no home at all', {}, 'linux', null]
  ])('%s', (_, env, platform, expected) => {
    expect(dockerConfigDir(env, platform)).toBe(expected)
  })
})

describe('currentContextName, in the docker CLI order', () => {
  test.each<[string, DockerEndpointEnv, string | null, string | null]>([
    ['nothing set: default', {}, null, null],
    ['config.json currentContext', {}, '{"auths":{},"currentContext":"colima"}', 'colima'],
    ['DOCKER_CONTEXT beats config.json', { DOCKER_CONTEXT: 'remote' }, '{"currentContext":"colima"}', 'remote'],
    [
      'DOCKER_HOST beats DOCKER_CONTEXT and config.json',
      { DOCKER_HOST: 'unix:///run/user/1000/docker.sock', DOCKER_CONTEXT: 'remote' },
      '{"currentContext":"colima"}',
      null
    ],
    ['"default" is the default context', {}, '{"currentContext":"default"}', null],
    ['a config.json that is not JSON', {}, '{"currentContext":', null],
    ['a config.json without currentContext', {}, '{"auths":{}}', null],
    ['currentContext that is not a string', {}, '{"currentContext":7}', null]
  ])('%s', (_, env, config, expected) => {
    expect(currentContextName(env, config)).toBe(expected)
  })
})

describe('contextMetaPath', () => {
  test.each([
    // sha256 of the context name, as docker/cli's context store names its directories.
    ['colima', '/home/u/.docker/contexts/meta/f24fd3749c1368328e2b149bec149cb6795619f244c5b584e844961215dadd16/meta.json'],
    ['desktop-linux', '/home/u/.docker/contexts/meta/fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e/meta.json']
  ])('%s', (name, expected) => {
    expect(contextMetaPath('/home/u/.docker', name)).toBe(expected)
  })
})

describe('resolveDockerEndpoint', () => {
  test.each<[string, DockerEndpointEnv, string, string | null, string | null, ReturnType<typeof resolveDockerEndpoint>]>([
    ['default context on Linux and macOS', {}, 'linux', null, null, { path: 'socket', socket: '/var/run/docker.sock' }],
    [
      'DOCKER_HOST unix socket (rootless)',
      { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' },
      'linux',
      null,
      null,
      { path: 'socket', socket: '/run/user/1000/docker.sock' }
    ],
    [
      'Colima context',
      {},
      'darwin',
      'colima',
      meta('colima', 'unix:///Users/u/.colima/default/docker.sock'),
      { path: 'socket', socket: '/Users/u/.colima/default/docker.sock' }
    ],
    [
      'Docker Desktop context',
      {},
      'darwin',
      'desktop-linux',
      meta('desktop-linux', 'unix:///Users/u/.docker/run/docker.sock'),
      { path: 'socket', socket: '/Users/u/.docker/run/docker.sock' }
    ],
    [
      'DOCKER_HOST tcp (maybe TLS)',
      { DOCKER_HOST: 'tcp://10.0.0.5:2376' },
      'linux',
      null,
      null,
      { path: 'cli', why: 'DOCKER_HOST is tcp://10.0.0.5:2376, not a local socket' }
    ],
    ['DOCKER_HOST ssh', { DOCKER_HOST: 'ssh://ci@builder' }, 'linux', null, null, { path: 'cli', why: 'DOCKER_HOST is ssh://ci@builder, not a local socket' }],
    ['Windows default: a named pipe', {}, 'win32', null, null, { path: 'cli', why: 'the default host is npipe:////./pipe/docker_engine, not a local socket' }],
    [
      'context on a remote tcp host',
      {},
      'linux',
      'remote',
      meta('remote', 'tcp://10.0.0.5:2376'),
      { path: 'cli', why: 'context "remote" is tcp://10.0.0.5:2376, not a local socket' }
    ],
    ['context without meta.json', {}, 'linux', 'gone', null, { path: 'cli', why: 'context "gone" has no meta.json we can read' }],
    ['context with a broken meta.json', {}, 'linux', 'broken', '{"Endpoints":', { path: 'cli', why: 'context "broken" has a meta.json that is not JSON' }],
    ['context with no docker endpoint', {}, 'linux', 'k8s', '{"Name":"k8s","Endpoints":{}}', { path: 'cli', why: 'context "k8s" names no docker host' }],
    [
      'a relative unix path is not ours to guess',
      { DOCKER_HOST: 'unix://docker.sock' },
      'linux',
      null,
      null,
      { path: 'cli', why: 'DOCKER_HOST is unix://docker.sock, not a local socket' }
    ]
  ])('%s', (_, env, platform, context, metaJson, expected) => {
    expect(resolveDockerEndpoint(env, platform, context, metaJson)).toEqual(expected)
  })
})

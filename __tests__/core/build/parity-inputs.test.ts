/**
 * The build-push-action inputs the build step lacked (allow, attests, call, cgroup-parent,
 * no-cache-filters, ulimit, github-token, the Git context default), and its list, boolean and
 * argument rules, read by the one parser the action and `docker-memory build` share.
 */
import { describe, expect, test } from '@jest/globals'
import { buildCommand, type ResultFiles } from '../../../src/core/build/argv.js'
import { gitContext, gitRef, type GitRun } from '../../../src/core/build/git-context.js'
import { parseBuildRequest } from '../../../src/core/build/request.js'
import { chooseMechanism, type BuildLimit } from '../../../src/core/enforce/mechanism.js'
import { InputError } from '../../../src/core/errors.js'
import { parseArguments, parseList } from '../../../src/core/build/input-lists.js'
import { MiB } from '../../../src/core/units.js'
import { MACHINES, request } from '../../build/helpers.js'

const L: BuildLimit = { memoryBytes: 100 * MiB, swapBytes: 100 * MiB, cpus: null }
const FILES: ResultFiles = { iid: '/r/iid', metadata: '/r/metadata.json' }

/** The buildx command line for these inputs on a machine whose builder binds (buildx 0.28, a builder of ours). */
const argv = (inputs: Record<string, string>): string[] => {
  const r = request(inputs)
  return buildCommand(r, chooseMechanism(MACHINES.buildx028(), r, L), [], null, FILES).args
}
const values = (args: string[], flag: string): string[] => args.filter((_, i) => args[i - 1] === flag)

// The cases of docker/actions-toolkit's own tests of Util.getInputList, which build-push-action reads every list with.
describe('lists, as docker/actions-toolkit Util.getInputList reads them', () => {
  test.each<[string, string, Parameters<typeof parseList>[2], string[]]>([
    ['one line', 'bar', {}, ['bar']],
    ['lines', 'bar\nbaz', {}, ['bar', 'baz']],
    ['empty lines', 'bar\n\nbaz', {}, ['bar', 'baz']],
    ['commas', 'bar,baz', {}, ['bar', 'baz']],
    ['an empty item', 'bar,baz,', {}, ['bar', 'baz']],
    ['CRLF', 'bar\r\nbaz', {}, ['bar', 'baz']],
    ['CRLF and commas', 'bar\r\nbaz,bat', {}, ['bar', 'baz', 'bat']],
    ['lines whole (ignoreComma)', 'user/app:cache\ntype=local,src=path/to/dir', { ignoreComma: true }, ['user/app:cache', 'type=local,src=path/to/dir']],
    ['# is no comment', 'foo=bar\nbar=qux#baz', {}, ['foo=bar', 'bar=qux#baz']],
    ['a quoted line still split at commas', 'linux/amd64\n"linux/arm64,linux/arm/v7"', {}, ['linux/amd64', 'linux/arm64', 'linux/arm/v7']],
    ['a quoted item keeps its commas beside another', 'a,"b,c"', {}, ['a', 'b,c']],
    [
      'quotes kept where quoting is off (outputs)',
      '"env.no_proxy=localhost,127.0.0.1"',
      { ignoreComma: true, noQuotes: true },
      ['"env.no_proxy=localhost,127.0.0.1"']
    ],
    [
      'a quoted value over several lines',
      'GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789\n"MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc"\nFOO=bar',
      { ignoreComma: true },
      ['GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789', 'MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc', 'FOO=bar']
    ],
    ['a doubled quote inside quotes', '"MYSECRET=bbbb""bbb"', { ignoreComma: true }, ['MYSECRET=bbbb"bbb']],
    ['items trimmed', '  a ,  b  ', {}, ['a', 'b']]
  ])('%s', (_, input, options, expected) => {
    expect(parseList(input, 'x', options)).toEqual(expected)
  })

  test('outputs keep their quotes, as build-push-action passes them', () => {
    const output = 'type=image,"name=ghcr.io/a/b,docker.io/a/b",push-by-digest=true,push=true'
    expect(request({ outputs: output }).outputs).toEqual([output])
  })

  test('a list it cannot read is one line naming the input, and a secret list never echoes its text', () => {
    expect(() => parseList('"unclosed', 'tags')).toThrow(InputError)
    expect(() => parseList('"unclosed', 'tags')).toThrow(/^tags is not a list build-push-action can read: /)
    let message = ''
    try {
      request({ secrets: '"TOKEN=hunter2' })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toBe('secrets is not a list build-push-action can read: a quote is not closed or is followed by more text')
  })
})

describe('lists of the build inputs, each split as build-push-action splits it', () => {
  test('tags, platforms, allow and no-cache-filters split at commas; labels, build-args, ulimit and attests by line only', () => {
    expect(
      request({
        tags: 'app:1,app:latest\nghcr.io/o/app:1',
        platforms: 'linux/amd64,linux/arm64',
        allow: 'network.host,security.insecure',
        'no-cache-filters': 'deps\ncompile,test',
        labels: 'org.opencontainers.image.description=a, b',
        'build-args': 'LIST=a,b,c',
        ulimit: 'nofile=1024:1024\nnproc=512',
        attests: 'type=sbom,generator=image'
      })
    ).toMatchObject({
      tags: ['app:1', 'app:latest', 'ghcr.io/o/app:1'],
      platforms: ['linux/amd64', 'linux/arm64'],
      allow: ['network.host', 'security.insecure'],
      noCacheFilters: ['deps', 'compile', 'test'],
      labels: ['org.opencontainers.image.description=a, b'],
      buildArgs: ['LIST=a,b,c'],
      ulimits: ['nofile=1024:1024', 'nproc=512'],
      attests: ['type=sbom,generator=image']
    })
  })

  test('a quoted secret keeps its commas and its line breaks', () => {
    expect(request({ secrets: '"KEY=one,two\nthree"\nOTHER=x' }).secrets).toEqual([
      { id: 'KEY', value: 'one,two\nthree' },
      { id: 'OTHER', value: 'x' }
    ])
  })
})

describe('the new inputs on the buildx command line', () => {
  test('allow, attests, call, cgroup-parent, no-cache-filters and ulimit each become their buildx flag', () => {
    const args = argv({
      context: '.',
      allow: 'network.host',
      attests: 'type=sbom,generator=image\ntype=provenance,mode=max',
      call: 'check',
      'cgroup-parent': 'ci.slice',
      'no-cache-filters': 'deps,compile',
      ulimit: 'nofile=1024:1024'
    })
    expect(values(args, '--allow')).toEqual(['network.host'])
    expect(values(args, '--attest')).toEqual(['type=sbom,generator=image', 'type=provenance,mode=max'])
    expect(values(args, '--call')).toEqual(['check'])
    expect(values(args, '--cgroup-parent')).toEqual(['ci.slice'])
    expect(values(args, '--no-cache-filter')).toEqual(['deps', 'compile'])
    expect(values(args, '--ulimit')).toEqual(['nofile=1024:1024'])
  })

  test('none of them when not given', () => {
    const args = argv({ context: '.' })
    for (const flag of ['--allow', '--attest', '--call', '--cgroup-parent', '--no-cache-filter', '--ulimit']) expect(args).not.toContain(flag)
  })

  test('provenance and sbom take precedence over an attestation of their type in attests; a bare boolean is disabled=…', () => {
    const r = request({ provenance: 'mode=min', sbom: 'false', attests: 'type=provenance,mode=max\ntype=sbom\ntype=vuln,true' })
    expect(r.attests).toEqual(['type=vuln,disabled=false'])
    const args = argv({ provenance: 'mode=min', sbom: 'false', attests: 'type=provenance,mode=max\ntype=sbom\ntype=vuln,true' })
    expect(values(args, '--attest')).toEqual(['type=provenance,mode=min', 'type=sbom,disabled=true', 'type=vuln,disabled=false'])
  })

  test('an attestation without a type is refused with one line', () => {
    expect(() => request({ attests: 'mode=max' })).toThrow(new InputError('attests "mode=max" names no type= (type=sbom, type=provenance,mode=max)'))
  })

  test.each([
    ['allow', { allow: 'network.host' }],
    ['attests', { attests: 'type=sbom' }],
    ['call', { call: 'check' }],
    ['no-cache-filters', { 'no-cache-filters': 'deps' }]
  ])('the classic builder cannot do %s: refused, not dropped', (what, inputs) => {
    const r = request({ ...inputs, driver: 'legacy' })
    expect(() => chooseMechanism(MACHINES.client28NoBuildx(), r, L)).toThrow(`driver legacy: the classic builder cannot do ${what}`)
  })

  test("the classic builder takes ulimit, and the user's cgroup-parent instead of the action's own", () => {
    const r = request({ ulimit: 'nofile=1024:1024', 'cgroup-parent': '/theirs', driver: 'legacy' })
    const { args } = buildCommand(r, chooseMechanism(MACHINES.client28NoBuildx(), r, L), [], '/docker-memory-build-1', FILES)
    expect(values(args, '--ulimit')).toEqual(['nofile=1024:1024'])
    expect(values(args, '--cgroup-parent')).toEqual(['/theirs'])
  })
})

describe('extra-args split as a shell splits words, nothing expanded', () => {
  test.each<[string, string[]]>([
    ['--network host', ['--network', 'host']],
    ['--label "org.x=a b" --build-arg \'MSG=hello world\'', ['--label', 'org.x=a b', '--build-arg', 'MSG=hello world']],
    ['--build-arg A=$HOME', ['--build-arg', 'A=$HOME']],
    ['  --pull   --quiet  ', ['--pull', '--quiet']]
  ])('%s', (text, args) => {
    expect(request({ 'extra-args': text }).extraArgs).toEqual(args)
    expect(parseArguments(text, 'extra-args')).toEqual(args)
  })

  test('an unclosed quote is one line, not a guess', () => {
    expect(() => request({ 'extra-args': '--label "a b' })).toThrow(InputError)
    expect(() => request({ 'extra-args': '--label "a b' })).toThrow(/^extra-args "--label "a b" cannot be split into arguments: /)
  })
})

describe('booleans, as getBooleanInput reads them', () => {
  test.each(['true', 'True', 'TRUE'])('push: %s', (v) => expect(request({ push: v }).push).toBe(true))
  test.each(['false', 'False', 'FALSE'])('load: %s', (v) => expect(request({ load: v }).load).toBe(false))
  test('yes is refused with the reason', () => {
    expect(() => request({ 'no-cache': 'yes' })).toThrow(
      new InputError('no-cache "yes" must be true or false (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)')
    )
  })
})

const RUN: GitRun = { serverUrl: 'https://github.com', repository: 'o/app', ref: 'refs/heads/main', sha: 'a1b2c3', pullRequestHead: false }

describe('the Git context, the default context of build-push-action', () => {
  // docker/actions-toolkit Context.parseGitRef: the commit, except a pull request's ref.
  test.each<[Partial<GitRun>, string]>([
    [{}, 'a1b2c3'],
    [{ ref: 'refs/tags/v1' }, 'a1b2c3'],
    [{ ref: 'main' }, 'a1b2c3'],
    [{ ref: 'refs/pull/7/merge' }, 'refs/pull/7/merge'],
    [{ ref: 'refs/pull/7/merge', pullRequestHead: true }, 'refs/pull/7/head'],
    [{ ref: 'refs/heads/main', sha: '' }, 'refs/heads/main']
  ])('%j → #%s', (run, ref) => {
    expect(gitRef({ ...RUN, ...run })).toBe(ref)
  })

  test('is the repository at the commit, on GitHub or a GHES host', () => {
    expect(gitContext(RUN)).toBe('https://github.com/o/app.git#a1b2c3')
    expect(gitContext({ ...RUN, serverUrl: 'https://ghes.example/' })).toBe('https://ghes.example/o/app.git#a1b2c3')
    expect(gitContext(null)).toBeNull()
    expect(gitContext({ ...RUN, repository: '' })).toBeNull()
  })

  const git = gitContext(RUN)
  const inRun = (inputs: Record<string, string>): ReturnType<typeof request> => parseBuildRequest((n) => inputs[n] ?? '', { gitContext: git })

  test('a step with only tags builds the commit in a workflow run, the current folder elsewhere', () => {
    expect(inRun({ tags: 'app:1' }).context).toBe('https://github.com/o/app.git#a1b2c3')
    expect(request({ tags: 'app:1' }).context).toBe('.')
    expect(inRun({ context: '.' }).context).toBe('.')
  })

  test('{{defaultContext}} names it in context and build-contexts', () => {
    expect(inRun({ context: '{{defaultContext}}:docker' }).context).toBe('https://github.com/o/app.git#a1b2c3:docker')
    expect(inRun({ context: '.', 'build-contexts': 'src={{ defaultContext }}' }).buildContexts).toEqual(['src=https://github.com/o/app.git#a1b2c3'])
  })

  test('github-token fetches it, as the GIT_AUTH_TOKEN secret, only where the build uses it and no such secret was given', () => {
    expect(inRun({ tags: 'app:1', 'github-token': 'ghs_x' }).secrets).toEqual([{ id: 'GIT_AUTH_TOKEN', value: 'ghs_x' }])
    expect(inRun({ context: '.', 'github-token': 'ghs_x' }).secrets).toEqual([])
    expect(inRun({ tags: 'app:1', 'github-token': 'ghs_x', secrets: 'GIT_AUTH_TOKEN=mine' }).secrets).toEqual([{ id: 'GIT_AUTH_TOKEN', value: 'mine' }])
    expect(request({ tags: 'app:1', 'github-token': 'ghs_x' }).secrets).toEqual([])
  })

  test('the token goes to docker through a file, never on the command line', () => {
    const r = inRun({ tags: 'app:1', 'github-token': 'ghs_x' })
    const { args } = buildCommand(r, chooseMechanism(MACHINES.buildx028(), r, L), [{ id: 'GIT_AUTH_TOKEN', path: '/tmp/s/GIT_AUTH_TOKEN' }], null, FILES)
    expect(args.join(' ')).not.toContain('ghs_x')
    expect(values(args, '--secret')).toEqual(['id=GIT_AUTH_TOKEN,src=/tmp/s/GIT_AUTH_TOKEN'])
    expect(args.at(-1)).toBe('https://github.com/o/app.git#a1b2c3')
  })
})

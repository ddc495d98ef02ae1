import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
// @ts-expect-error: a plain ES module script, no declarations
import { changelogSection, exampleCommands, majorReferences, versionProblems } from '../../scripts/release-check.mjs'

/**
 * The version checks of scripts/release-check.mjs (which .ci/run and release.yml run whole, with
 * npm pack, npm publish --dry-run and npx of the tarball): each disagreement is caught and named.
 */
const CHANGELOG = `# Changelog

## [Unreleased]

## [1.0.0] - 2026-12-02

### Added

- Everything.

## [0.1.0] - 2026-11-23

- First.

[1.0.0]: https://github.com/org/docker-memory-action/compare/v0.1.0...v1.0.0
`
const refs = (text: string): Array<[string, unknown]> => [['README.md', majorReferences(text)]]

describe('release-check version agreement', () => {
  test('the section of a version, without the next one', () => {
    expect(changelogSection(CHANGELOG, '1.0.0')).toEqual({ heading: '## [1.0.0] - 2026-12-02', body: '### Added\n\n- Everything.' })
    expect(changelogSection(CHANGELOG, '2.0.0')).toBeNull()
  })

  test('everything agrees: no problems', () => {
    const text = 'uses: org/docker-memory-action@v1\nuses: org/docker-memory-action/plan@v1\nnpx --yes docker-memory-action@1 plan\n'
    expect(versionProblems({ version: '1.0.0', changelog: CHANGELOG, tag: 'v1.0.0', references: refs(text) })).toEqual([])
  })

  test.each([
    [{ version: '1.0.1', tag: 'v1.0.1' }, ['CHANGELOG.md has no section "## [1.0.1]"', 'CHANGELOG.md has no link [1.0.1]: …']],
    [{ tag: 'v1.0.1' }, ["the tag v1.0.1 is not v1.0.0, package.json's version"]],
    [{ changelog: CHANGELOG.replace('## [1.0.0] - 2026-12-02', '## [1.0.0]') }, ['CHANGELOG.md\'s "## [1.0.0]" has no date (## [1.0.0] - YYYY-MM-DD)']],
    [{ changelog: CHANGELOG.replace('### Added\n\n- Everything.\n', '') }, ["CHANGELOG.md's section 1.0.0 is empty"]],
    [{ text: 'a\nuses: org/docker-memory-action/explain@v0\n' }, ['README.md:2: docker-memory-action/explain@v0 is not major version 1']],
    [{ text: 'npx --yes docker-memory-action@0 plan' }, ['README.md:1: docker-memory-action@0 is not major version 1']]
  ])('%j is caught', (change, problems) => {
    const { version = '1.0.0', changelog = CHANGELOG, tag = 'v1.0.0', text = '' } = change as Record<string, string>
    expect(versionProblems({ version, changelog, tag, references: refs(text) })).toEqual(problems)
  })

  test("the examples' commands, with their variables filled in and quotes removed", () => {
    const text = `script:\n  - npx --yes docker-memory-action@1 plan --history-file "$$HISTORY_FILE" --key app --format env > docker-memory.env\n  - docker-memory explain --log build.log # why\n`
    expect(exampleCommands('x.yml', text, { HISTORY_FILE: '/h.json' })).toEqual([
      { where: 'x.yml:2', argv: ['plan', '--history-file', '/h.json', '--key', 'app', '--format', 'env'] },
      { where: 'x.yml:3', argv: ['explain', '--log', 'build.log'] }
    ])
    expect(() => exampleCommands('x.yml', 'docker-memory plan --key "$KEY"', {})).toThrow('x.yml:1: no value for $KEY')
  })
})

describe('release.yml', () => {
  const workflow = yaml.load(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    permissions: Record<string, string>
    jobs: { release: { steps: Array<{ run?: string; env?: Record<string, string> }> } }
  }
  const runs = workflow.jobs.release.steps.map((s) => s.run ?? '')
  const at = (pattern: RegExp): number => runs.findIndex((r) => pattern.test(r))

  test('checks with release-check, then publishes to npm with provenance, then releases and moves the major tag', () => {
    expect(workflow.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    const check = at(/node scripts\/release-check\.mjs --tag "\$TAG" --notes "\$RUNNER_TEMP\/notes\.md"/)
    const publish = at(/npm publish --provenance --access public/)
    const release = at(/gh release create "\$TAG" .*--notes-file "\$RUNNER_TEMP\/notes\.md"/)
    const move = at(/git push --force origin "refs\/tags\/\$MAJOR"/)
    expect([check, publish, release, move].every((i) => i >= 0)).toBe(true)
    expect(check < publish && publish < release && release < move).toBe(true)
    expect(workflow.jobs.release.steps[publish].env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' })
  })

  test('.ci/run runs the same check on every change', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm run release:check$/m)
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts['release:check']).toBe('node scripts/release-check.mjs')
  })
})

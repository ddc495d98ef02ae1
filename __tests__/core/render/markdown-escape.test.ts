import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { mapDockerfile } from '../../../src/core/explain/dockerfile-map.js'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { explainBuild } from '../../../src/core/explain/explain.js'
import { buildSummary, killList } from '../../../src/core/explain/summary.js'
import { explainBuilds } from '../../../src/core/explain/builds.js'
import { mdCode, mdText, mermaidText, htmlText } from '../../../src/core/render/markdown.js'
import { fixture, outcome } from '../explain/helpers.js'

// A renderer that does everything a summary could be tricked into: raw HTML passes through,
// bare URLs and e-mail addresses become links, GFM tables and strikethrough are on.
const md = new MarkdownIt({ html: true, linkify: true })
// GFM autolinks www., http(s)://, ftp:// and e-mail addresses; linkify-it also links a protocol-relative
// `//host`, which GitHub shows as text: without this the property below failed now and then (`//s.p`).
md.linkify.add('//', null)
const render = (text: string): string => md.render(text)

/** The text a reader sees: tags dropped, entities decoded. */
function shown(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** What `mdText` promises to show: one line, no leading blanks; a paragraph also drops trailing ones. */
const oneLine = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/\r\n|[\r\n\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').trim()

const HOSTILE = [
  '<img src=https://evil.example/x.png onerror=alert(1)>',
  '[x](https://evil.example/)',
  '![i](https://evil.example/i.png)',
  '<a href="https://evil.example">click</a>',
  '`code` ``more`` **bold** _it_ ~~gone~~ $x^2$',
  '| a | b |',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '```',
  '    indented',
  'https://evil.example/path www.evil.example me@evil.example',
  '&lt;img src=x&gt; &amp; &#60;b&#62;',
  '<!-- comment -->',
  'line one\nline two\r\n# not a heading',
  '\\[x\\](y) \\`'
]

describe('mdText: text from a log, a Dockerfile or an input shows as itself', () => {
  test.each(HOSTILE)('in a paragraph: %j', (text) => {
    const html = render(mdText(text))
    expect(html).toBe(`<p>${html.slice(3, -5)}</p>\n`)
    expect(html.slice(3, -5)).not.toMatch(/<(?!\/?p>)/)
    expect(shown(html).trim()).toBe(oneLine(text))
  })

  test('any string, in a paragraph, a quote and a table cell: one element, the text itself, no tag', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'<>&"\'`*_~[]()!|#-+=.:/@$\\ \n\tawhtps1wx'.split('')), maxLength: 40 }), (text) => {
        const want = oneLine(text)
        const para = render(mdText(text))
        if (want === '') return
        expect(para).toMatch(/^<p>[^<]*<\/p>\n$/)
        expect(shown(para).trim()).toBe(want)
        const quote = render(`> ${mdText(text)}`)
        expect(quote).toMatch(/^<blockquote>\n<p>[^<]*<\/p>\n<\/blockquote>\n$/)
        expect(shown(quote).trim()).toBe(want)
        const table = render(`| A | B |\n| --- | --- |\n| ${mdText(text)} | z |\n`)
        const cells = [...table.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1])
        expect(cells).toHaveLength(2)
        expect(shown(cells[0]).trim()).toBe(want)
      }),
      { numRuns: 2000 }
    )
  })

  test('mdCode shows any text verbatim in one code span, in a table too', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'`|<>&*_ ax\n'.split('')), minLength: 1, maxLength: 20 }), (text) => {
        const want = text.replace(/\n/g, ' ')
        if (want.trim() === '') return
        const para = render(mdCode(text))
        expect(para).toMatch(/^<p><code>[^<]*<\/code><\/p>\n$/)
        expect(shown(para).slice(0, -1)).toBe(want)
        const table = render(`| A |\n| --- |\n| ${mdCode(text, true)} |\n`)
        expect(table).toMatch(/<td><code>[^<]*<\/code><\/td>/)
        expect(shown(/<td>(.*)<\/td>/.exec(table)![1])).toBe(want)
      }),
      { numRuns: 1000 }
    )
  })

  test('htmlText and mermaidText leave no tag, quote or entity of their own', () => {
    expect(htmlText(`<img src="x"> & 'y'\nz`)).toBe('&lt;img src=&quot;x&quot;&gt; &amp; &#39;y&#39; z')
    expect(mermaidText('a"]; click A "https://evil.example" #x <b>`')).toBe('a#quot;]; click A #quot;https://evil.example#quot; #35;x #lt;b#gt;#96;')
    expect(mermaidText('a & b\r\nc\td')).toBe('a #amp; b c\td')
  })

  test('mdCode pads a span that starts and ends with a space, as GFM strips one space from each side of such a span', () => {
    // GitHub (cmark-gfm) shows `` ` a ` `` as "a"; the pad keeps both spaces. A span of spaces only is not stripped, so not padded.
    expect(mdCode(' a ')).toBe('`  a  `')
    expect(mdCode(' a')).toBe('` a`')
    expect(mdCode('a ')).toBe('`a `')
    expect(mdCode('   ')).toBe('`   `')
    expect(mdCode('`a`')).toBe('`` `a` ``')
    expect(mdCode('')).toBe('')
    expect(mdCode('\n')).toBe('` `')
    expect(mdCode('a|b', true)).toBe('`a\\|b`')
  })
})

describe('the build summary shows a hostile Dockerfile and hostile step names as text', () => {
  const EVIL = '<img src=https://evil.example/x.png> [x](https://evil.example/) <a href="https://evil.example">hi</a> **b** `c`'
  const log = analyzeBuildLog(
    fixture('captured/buildx-0.28-docker-container-oom.plain.log')
      .replaceAll('head -c 300m /dev/zero | tail > /dev/null', `head -c 300m /dev/zero | tail > /dev/null # ${EVIL}`)
      .replaceAll('RUN echo hello', 'RUN echo "# [y](javascript:alert(1)) www.evil.example | x"')
  )
  const dockerfile = {
    path: 'Dockerfile.fail',
    instructions: mapDockerfile(
      fixture('captured/Dockerfile.fail')
        .replace('head -c 300m /dev/zero | tail > /dev/null', `head -c 300m /dev/zero | tail > /dev/null # ${EVIL}`)
        .replace('RUN echo hello', 'RUN echo "# [y](javascript:alert(1)) www.evil.example | x"')
    )
  }
  const explanation = explainBuild({ log, dockerfile, outcome: outcome(), kills: [], plan: null })
  const summary = buildSummary(log, explanation, outcome())

  test('the hostile RUN line reached the summary (the test is not vacuous)', () => {
    expect(explanation.annotations[0].title).toContain('<img src=')
    expect(log.steps.map((s) => s.name).join('\n')).toContain('[x](https://evil.example/)')
  })

  test('no link, image, tag or emphasis of theirs; every step is one table row', () => {
    const html = render(summary)
    expect(html).not.toMatch(/<img|<a |<strong>b|<code>c<\/code>|<em>/)
    const text = shown(html)
    expect(text).toContain(EVIL.replace(/^/, ''))
    expect(text).toContain('RUN echo "# [y](javascript:alert(1)) www.evil.example | x"')
    const rows = [...html.matchAll(/<tr>\n((?:<td[^>]*>.*<\/td>\n)+)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td/g)].length)
    // The builder/limit/peak row (5 cells), then one row of 3 cells per step (no step has a memory figure here).
    expect(rows[0]).toBe(5)
    expect(rows.slice(1)).toEqual(log.steps.map(() => 3))
  })

  test('a several-build log heads each build with its escaped target', () => {
    const two = analyzeBuildLog(fixture('captured/buildx-0.28-docker-container-oom.plain.log'))
    const all = explainBuilds(
      [
        { log: { ...two, target: '<img src=x>' }, dockerfile: null },
        { log: two, dockerfile: null }
      ],
      null
    )
    expect(render(all.summary)).not.toMatch(/<img/)
    expect(shown(render(all.summary))).toContain('target <img src=x>')
  })

  test("post's kill list: process names and cgroup paths as text", () => {
    const lines = killList('Kills', [
      { timeSec: 1, process: '<img src=x>|[a](b)', pid: 1, anonRssBytes: null, taskMemcg: '/docker/`x`|<b>', scope: 'memcg' } as never
    ])
    const html = render(lines.join('\n'))
    expect(html).not.toMatch(/<img|<a |<b>/)
    expect(shown(html)).toContain('<img src=x>|[a](b)')
    expect(shown(html)).toContain('/docker/`x`|<b>')
  })
})

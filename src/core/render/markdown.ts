/**
 * The one escaper for text that came from a log, a Dockerfile, an input or the environment and
 * is shown in a job summary (GitHub-flavoured Markdown with raw HTML) or a Mermaid chart in it.
 * Everything a summary shows that we did not write ourselves goes through one of these, so a
 * pull request's Dockerfile cannot put a live link, an image or a table break into a summary.
 *
 * Annotations need no escaping of their own: @actions/core escapes the workflow-command
 * protocol, and GitHub shows an annotation's message as plain text. Their text reaches Markdown
 * only when a summary quotes it, and then it goes through `mdText` like everything else.
 */

// Stryker disable Regex,StringLiteral,ObjectLiteral: module-level patterns and a table, built once when
// the module is loaded; the mutation run keeps modules loaded between mutants, so a mutant of
// them is never active (it would be reported as surviving whatever the tests check). Each is
// pinned through a Markdown renderer (markdown-it, raw HTML and linkify on) by
// __tests__/core/render/markdown-escape.test.ts (every hostile construct, and arbitrary strings
// in a paragraph, a quote and a table cell).
/** Characters that start or end Markdown inline constructs anywhere in a line. */
const INLINE = /[\\`*_~[\]|$]/g
/** HTML: tags, comments and entities. As entities they are text in Markdown and in an HTML block alike. */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Line breaks (which would end a table row or a quote) and the other control characters. */
// eslint-disable-next-line no-control-regex
const BREAKS = /\r\n|[\r\n\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
/** What starts a block only at the start of a line (heading, list, rule, setext); `>`, `*`, fences are escaped anywhere. */
const LINE_START = /^([#+\-=]|\d{1,9}[.)](?=[ \t]|$))/
// Stryker restore Regex,StringLiteral,ObjectLiteral

/**
 * Inline Markdown text: shows exactly `text` on one line (line breaks become spaces), in a
 * paragraph, a quote or a table cell. No link, image, tag, entity, emphasis, code span, math,
 * table break or autolink (`https://…`, `www.…`, `a@b`) can come out of it.
 */
export function mdText(text: string): string {
  // Leading blanks would make an indented code block at a line's start, and show as nothing elsewhere.
  const line = text.replace(BREAKS, ' ').replace(/^[ \t]+/, '')
  const escaped = line
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(INLINE, (c) => `\\${c}`)
    // GFM's autolinks: a backslash before ':' of a scheme, '.' after www and before '@' breaks them.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
  return escaped.replace(LINE_START, (mark: string) => `${mark.slice(0, -1)}\\${mark.slice(-1)}`)
}

/** A table cell: `mdText`, which already escapes `|` and line breaks. */
export const mdCell = mdText

/**
 * A code span: `text` shown verbatim in monospace, whatever backticks it holds. In a table a
 * `|` still ends the cell even inside a code span, so there it is escaped (GFM drops the `\`).
 */
export function mdCode(text: string, inTable = false): string {
  let line = text.replace(BREAKS, ' ')
  if (line === '') return ''
  if (inTable) line = line.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  // A space on each side keeps a leading or trailing backtick out of the fence (CommonMark strips one).
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ') && line.trim() !== '') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** Text inside an HTML element (`<summary>…</summary>`), where Markdown escapes do not apply. */
export function htmlText(text: string): string {
  return text.replace(BREAKS, ' ').replace(/[&<>"']/g, (c) => HTML[c])
}

/**
 * A Mermaid label inside `"…"`: Mermaid decodes `#name;` and `#123;` entities, so quotes, tags
 * and `#` itself are written that way; backticks (Markdown strings in Mermaid) too.
 */
export function mermaidText(text: string): string {
  const MERMAID: Record<string, string> = { '"': '#quot;', '#': '#35;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '`': '#96;' }
  return text.replace(BREAKS, ' ').replace(/["#<>&`]/g, (c) => MERMAID[c])
}

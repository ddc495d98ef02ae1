/**
 * A log line as the builder wrote it, without what the CI that printed it added: timestamps
 * (`10:10:05  `, `13:24:43#9 …`, TeamCity's `[17:57:11][Step 3/4] `, GitHub's raw `2024-01-01T10:00:00.1234567Z `), the GitHub CLI's job and step
 * columns before such a stamp (`gh run view --log`), a tool's `[Build]` tag, Cloud
 * Build's `Step #3: ` or `Step #3 - "build": `, GitLab's section markers, compose's
 * `web_1  | `, git's `remote: `, Azure's and GitHub's `##[error]`, colour codes (also the ones whose ESC a paste
 * lost or mangled) and the line's leading whitespace. Every grammar reads lines made so.
 */

// A module-level pattern is built once, when the module is loaded; the mutation run keeps modules
// loaded between mutants, so a mutant of one is never active. Each form they match (every prefix,
// every colour form, and look-alikes kept) is pinned by __tests__/core/explain/normalize.test.ts.
// Stryker disable Regex,ArrayDeclaration: never active (above)
// eslint-disable-next-line no-control-regex -- ESC (and its mangled forms) is exactly what is matched
const ANSI = /(?:\x1b|\uFFFD|\u241B)\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\[[0-9;]{1,12}m/g
// eslint-disable-next-line no-control-regex -- ESC is exactly what is looked for
const COLOUR = /\x1b|\uFFFD|\u241B|\[[0-9;]{1,12}m/
const PREFIXES = [
  // `gh run view --log` and `--log-failed`: `<job>\t<step>\t` before each line of GitHub's raw
  // log (cli/cli pkg/cmd/run/view), a step file's first line with its BOM. Only that shape:
  // two columns, then the stamp (the next prefix), as a program's own tabs seldom are.
  /^[^\t]+\t[^\t]+\t\uFEFF?(?=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z(?:\s|$))/,
  // ISO 8601 stamps: GitHub's raw logs, Azure's, Docker's --timestamps; also in brackets.
  /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?\s*/,
  // `10:10:05  ` (Jenkins' timestamper), `[10:20] `, `18:00:59.123 `.
  /^\[?\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?\]?\s+/,
  // TeamCity's clock and build step: `[17:57:11][Step 3/4] Step 10/11 : COPY …` (its step, not Docker's).
  /^\[\d\d:\d\d:\d\d\][ :iWwE]*\[Step \d+\/\d+\] ?/,
  // Zeabur's clock glued to BuildKit's lines: `13:24:43#9 [builder 4/6] COPY ./VERSION .`.
  /^\d\d:\d\d:\d\d(?:[.,]\d+)?(?=#)/,
  // `2014/07/25 18:00:59 ` (Go's log package, old docker clients).
  /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)? /,
  // GitLab's collapsible sections.
  /^section_(?:start|end):\d+:[\w.-]+(?:\[[^\]]*\])?/,
  // GitHub's and Azure's workflow commands.
  /^##\[\w+\]/,
  // Cloud Build: `Step #3: `, `Step #3 - "build": `.
  /^Step #\d+(?: - "[^"]*")?: ?/,
  // A tool's tag: `[Build]   `, `[Pipeline] `, `[node1] `; not BuildKit's `[stage 2/4]`, `[+]`.
  /^\[[A-Za-z][\w .:-]{0,40}\]\s+/,
  // docker compose's service prefix: `web_1  | `, `web-1  | `.
  /^[A-Za-z][\w.-]*\s+\| /,
  // git's `remote: ` before what a push-to-deploy platform's builder printed (Heroku, Dokku, Deis).
  /^remote: /,
  // logrus's `INFO[0014] ` (docker 1.x clients).
  /^(?:INFO|WARN|ERRO|FATA|DEBU)\[\d+\] /
]
// Stryker restore Regex,ArrayDeclaration

/**
 * Whether the text at `index` is quoted between backticks (`` `exit code: 137` `` in an issue's
 * or a README's prose, also in a line that broke a span in two): words about a log, not a log's line.
 */
export function quoted(line: string, index: number): boolean {
  let before = 0
  let all = 0
  for (let at = line.indexOf('`'); at >= 0; at = line.indexOf('`', at + 1)) {
    all++
    if (at < index) before++
  }
  // Markdown lets a code span go on past a line's end (a wrapped README, an issue's prose): a line
  // with an odd number of backticks starts or ends inside one, and which of the two it is, the
  // line alone cannot say. A log's own lines seldom hold a backtick at all.
  return all % 2 === 1 || before % 2 === 1
}

/** The line without CI prefixes, colour and surrounding whitespace. */
export function normalizeLine(raw: string): string {
  let line = raw
  // Most lines of most logs have nothing to remove: `#12 3.4 …`, `Step 2/5 : …`, output.
  if (COLOUR.test(line)) line = line.replace(ANSI, '')
  line = line.trim()
  // `#`: BuildKit's own lines, most lines of most logs; `##[error]` is a CI's (below).
  if (builderHash(line)) return line
  // A paste quoted in Markdown (`> `), but not BuildKit's error box title (` > [build 2/4] RUN …:`).
  while (line.charCodeAt(0) === 62 && !/^> \[[^\]]*\d+\/\d+\] .*:$/.test(line) && !line.startsWith('>>>')) line = line.slice(1).trim()
  // The engine's JSON stream as a Python REPL shows it: `['{"stream":"Step 1/4 : …\\n"}\r\n',`.
  const repr = /^\[?'(\{".*\})(?:\\r)?(?:\\n)?',?\]?$/.exec(line)
  if (repr) line = repr[1].replace(/\\\\/g, '\\')
  // `#`: BuildKit's own lines; `{`: rawjson.
  if (builderHash(line) || line.charCodeAt(0) === 123) return line
  for (let pass = 0; pass < 4; pass++) {
    let changed = false
    for (const prefix of PREFIXES) {
      const m = prefix.exec(line)
      if (m && m[0].length > 0) {
        line = line.slice(m[0].length).trimStart()
        changed = true
      }
    }
    if (!changed) break
  }
  // The engine's JSON stream with its `{"stream` lost, as Deis echoed it after git's `remote: `
  // (`":"Successfully built b4ad38953d82\n"}`): the string it held.
  if (line.startsWith('":"') && line.endsWith('"}')) {
    try {
      return (JSON.parse(line.slice(2, -1)) as string).trim()
    } catch {
      // Not a JSON string after all: the line as it is.
    }
  }
  return line.trimEnd()
}

/**
 * Whether the line starts as BuildKit's own do (`#12 …`): one `#`. GitHub's and Azure's workflow
 * commands start with two (`##[error]#12 ERROR: …` when a paste has no stamp before them).
 */
function builderHash(line: string): boolean {
  return line.charCodeAt(0) === 35 && line.charCodeAt(1) !== 35
}

/**
 * build-push-action's list and argument rules, for the build inputs only: the plan's inputs
 * (src/core/inputs.ts) do not load csv-parse or shlex, so `plan` starts without them.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { split as shellSplit } from 'shlex'
import { InputError } from '../errors.js'

export interface ListOptions {
  /** Keep each line whole: its commas belong to the value (`type=registry,ref=…`). */
  ignoreComma?: boolean
  /** Quotes are part of the value (build-push-action's `outputs`). */
  noQuotes?: boolean
  /** Name the input only in an error, never the text: a secrets list must not be echoed. */
  secret?: boolean
}

/**
 * A list input as build-push-action reads it (docker/actions-toolkit's Util.getInputList): CSV
 * lines with relaxed quotes, so `"a,b"` is one item with its comma; each line split at commas
 * unless `ignoreComma`, in which case a line is one item whatever commas it holds; items
 * trimmed, empty ones dropped.
 */
export function parseList(input: string, name: string, options: ListOptions = {}): string[] {
  if (input === '') return []
  let records: string[][]
  try {
    records = parseCsv(input, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      quote: options.noQuotes ? false : '"'
    })
  } catch (error) {
    const why = options.secret ? 'a quote is not closed or is followed by more text' : (error as Error).message
    throw new InputError(`${name} is not a list build-push-action can read: ${why}`)
  }
  const items: string[] = []
  for (const record of records) {
    if (options.ignoreComma) items.push(record.join(','))
    else if (record.length === 1) items.push(...record[0].split(','))
    else items.push(...record)
  }
  return items.map((item) => item.trim()).filter((item) => item !== '')
}

/** Arguments written on one line as a shell would split them (`--label "a b=c"` is two), with no expansion: nothing runs a shell. */
export function parseArguments(input: string, name: string): string[] {
  try {
    return shellSplit(input)
  } catch (error) {
    throw new InputError(`${name} "${input.trim()}" cannot be split into arguments: ${(error as Error).message}`)
  }
}

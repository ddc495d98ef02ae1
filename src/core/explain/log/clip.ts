/** `text` at most `max` characters long: a longer one keeps its first `max - 1` and an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

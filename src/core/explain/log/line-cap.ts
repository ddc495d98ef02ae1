/**
 * The longest line any reader of a build's output keeps whole (the build's own output, a saved
 * log explained): a longer one keeps its head and its tail. One log line can be gigabytes; what
 * is read from a line is at its ends (`#7 12.3 …`, `… Killed`).
 */
export const MAX_LINE_BYTES = 64 * 1024

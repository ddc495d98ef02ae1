// Types of dist-stamp.mjs, for the unit tier's setup.
export const STAMP: string
export function writeStamp(root: string): void
export function distIsCurrent(root: string): boolean

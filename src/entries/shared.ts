// The modules that must exist once per process, whichever bundles a run loads: dist/shared.js,
// which every other bundle and chunk loads instead of a copy (scripts/bundle.mjs, SHARED).
export * from '../core/errors.js'
export * from '../probes/docker.js'

#!/usr/bin/env bash
# dist/ is what the action runs: it must be exactly what the sources build.
set -euo pipefail
npm run --silent bundle
if ! git diff --quiet --exit-code -- dist || [[ -n $(git status --porcelain -- dist) ]]; then
  echo "dist/ is not rebuilt from the sources: run 'npm run build' and commit dist/" >&2
  git status --short -- dist >&2
  exit 1
fi
echo "dist/ matches the sources"

#!/usr/bin/env bash
# Fails when the committed dist/ or schema/ is not what the sources build.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent package >/dev/null
if ! git diff --quiet -- dist schema; then
  echo "dist/ or schema/ is stale: run 'npm run package' and commit the result." >&2
  git diff --stat -- dist schema >&2
  exit 1
fi
if [ -n "$(git status --porcelain -- dist schema)" ]; then
  echo "dist/ or schema/ has files that are not committed: run 'npm run package' and commit them." >&2
  git status --porcelain -- dist schema >&2
  exit 1
fi
echo "dist/ and schema/ match the sources."

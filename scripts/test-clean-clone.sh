#!/usr/bin/env bash
# The unit stage of `npm test` from a plain clone with no sibling folders: proves that no test
# reads anything outside the repository (such as ../shared). Uses the committed state (HEAD) and
# links this checkout's node_modules (run `npm ci` first).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --no-hardlinks "$repo" "$tmp/sextant"
ln -s "$repo/node_modules" "$tmp/sextant/node_modules"
echo "unit tests from a clean clone in $tmp/sextant (its only sibling folders: none)"
ls -A "$tmp"
cd "$tmp/sextant"
npx vitest run

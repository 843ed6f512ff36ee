#!/usr/bin/env bash
# The one test command (README, `npm test`, .ci/run): installs what it needs on a fresh machine, then runs
# type-check, lint/format, unit tests, browser tests and the VS Code integration suite.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Every suite's output also goes to this log, so the closing line can add up mocha's counts.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
counted() { "$@" 2>&1 | tee -a "$log"; }

step "system packages"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/gssapi.h ] || need+=(libkrb5-dev)
# the VS Code server of the integration tests compiles native modules when it installs
{ command -v g++ || command -v c++; } >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || need+=(build-essential)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# a second LSP client: the Neovim recipe of docs/other-editors.md runs headless (test/unit/neovim.test.ts)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing Debian packages: ${need[*]} (run as root, or: sudo apt-get install -y ${need[*]})" >&2
    exit 2
  fi
fi
echo "ok"

step "npm packages"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # exactly the lock file, never rewriting it: a lock npm ci refuses is a bug to fix, so stop here
  if ! npm ci --no-audit --no-fund; then
    echo "npm ci failed: package-lock.json does not match package.json or the registry (see above)" >&2
    exit 1
  fi
else
  echo "node_modules up to date"
fi

step "build"
node esbuild.mjs

step "type-check"
npx tsc --noEmit -p .

step "lint and format (biome)"
npx biome ci .

step "npm package: pack, install into a temporary prefix, run packaging-planner outside the repository"
npm run --silent test:pack

step "unit tests (mocha, no VS Code)"
counted npx mocha 'test/unit/**/*.test.ts'

step "browser tests (playwright-core + Debian chromium)"
counted npm run --silent test:e2e

step "VS Code integration tests (offline VS Code server in chromium)"
counted npm run --silent test:integration

step "VSIX: contents, size, install into the VS Code server, activation"
npm run --silent test:vsix

passed=$(sed -n 's/^ *\([0-9][0-9]*\) passing.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(sed -n 's/^ *\([0-9][0-9]*\) failing.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
echo
echo "tests: ${passed} passed, ${failed} failed"

#!/usr/bin/env bash
# The whole test run: types, lint, bundles and README in step with the source, then every test
# (unit, integration on the real engine and servers, e2e through the bundles). Nothing is skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=/dev/null
. .tools/env

step() { printf '\n== %s\n' "$*"; }

step "typecheck"
npx --no-install tsc -p tsconfig.json --noEmit
step "lint"
npx --no-install eslint --max-warnings 0 .
npx --no-install prettier --check . >/dev/null || { npx --no-install prettier --list-different .; echo "Run 'npm run format'."; exit 1; }
step "bundles match the source"
node scripts/bundle.mjs --check
step "README matches the actions"
node scripts/readme.mjs --check
if [ -d policies ]; then
  step "policy tests (opa test)"
  opa test policies -v --format pretty | tail -n 3
fi
step "jest"
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
NODE_OPTIONS=--experimental-vm-modules npx --no-install jest --ci --json --outputFile="$report" "$@" || status=$?
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
if (r.numPendingTests > 0 || r.numTotalTests === 0) { console.error("Skipped tests or no tests: every test must run."); process.exit(1); }
' "$report" || status=1
exit "$status"

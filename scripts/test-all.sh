#!/usr/bin/env bash
# Every test: static checks, unit tests, the production build, then browser tests against it.
# Ends with one line `tests: N passed, M failed`, counting unit and browser tests; a failing
# check, lint or build step counts as one failed test, so nothing fails silently.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports && rm -f reports/*.json
failed_steps=()

timings=()

# Runs one step, noting whether it failed and how long it took (printed again at the end).
step() {
	local name=$1
	shift
	echo "── $name"
	local start=$SECONDS
	if ! "$@"; then failed_steps+=("$name"); fi
	local took=$((SECONDS - start))
	echo "── $name: ${took} s"
	timings+=("$name ${took} s")
}

step "find chromium" node scripts/ensure-chromium.js
step "svelte-check" npm run --silent check
step "lint" npm run --silent lint
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "build" npx vite build --logLevel warn
step "byte budgets" npx vitest run --config scripts/bench/vitest.budgets.config.ts --reporter=default --reporter=json --outputFile.json=reports/budgets.json
if [[ " ${failed_steps[*]} " == *" build "* || " ${failed_steps[*]} " == *" find chromium "* ]]; then
	echo "── browser tests skipped: the build or Chromium is missing"
	failed_steps+=("browser tests")
else
	PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json step "browser tests" npx playwright test --reporter=list,json
fi

echo "── time per step: $(IFS=';'; echo "${timings[*]}" | sed 's/;/, /g')"
node scripts/count-tests.js "${#failed_steps[@]}" "${failed_steps[@]}"

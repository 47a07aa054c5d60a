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

# Runs steps side by side (each mostly on one core), then prints their output in order.
side_by_side() {
	local names=() logs=() pids=() starts=()
	while (($#)); do
		local name=$1 command=$2
		shift 2
		local log
		log=$(mktemp)
		names+=("$name")
		logs+=("$log")
		starts+=("$SECONDS")
		# Each notes its own time, as the waits below end in order, not as the steps do.
		bash -c "start=\$SECONDS; $command; status=\$?; echo \$((SECONDS - start)) >'$log.time'; exit \$status" >"$log" 2>&1 &
		pids+=($!)
	done
	for i in "${!pids[@]}"; do
		local status=0
		wait "${pids[$i]}" || status=$?
		echo "── ${names[$i]}"
		cat "${logs[$i]}"
		local took
		took=$(cat "${logs[$i]}.time" 2>/dev/null || echo $((SECONDS - ${starts[$i]})))
		rm -f "${logs[$i]}" "${logs[$i]}.time"
		if ((status != 0)); then failed_steps+=("${names[$i]}"); fi
		echo "── ${names[$i]}: ${took} s (beside the others)"
		timings+=("${names[$i]} ${took} s")
	done
}

step "find chromium" node scripts/ensure-chromium.js
# svelte-check and the linters are single-threaded: on two cores they take the time of one. The
# type-aware linter reads the tsconfig SvelteKit generates, so that is written first, once (what
# `npm run check` does before svelte-check).
step "svelte-kit sync" npx svelte-kit sync
side_by_side "svelte-check" "npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings" \
	"lint" "npm run --silent lint"
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

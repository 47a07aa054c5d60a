#!/usr/bin/env node
// Adds up the unit (vitest) and browser (Playwright) results and prints the closing line
// `tests: N passed, M failed`. Steps that failed outside a test runner (check, lint, build) each
// count as one failure and are named. Exits non-zero when anything failed.
import { existsSync, readFileSync } from 'node:fs';

const [, , stepFailures = '0', ...failedSteps] = process.argv;
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

let passed = 0;
let failed = 0;
const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
}
const budgets = read('reports/budgets.json');
if (budgets) {
	passed += budgets.numPassedTests;
	failed += budgets.numFailedTests;
}
const e2e = read('reports/e2e.json');
if (e2e) {
	passed += e2e.stats.expected;
	failed += e2e.stats.unexpected + e2e.stats.flaky;
}
const runnerSteps = new Set(['unit tests', 'byte budgets', 'browser tests']);
const otherFailures = failedSteps.filter((step) => !runnerSteps.has(step));
// A runner that failed without reporting (crash, config error) still counts once.
for (const step of failedSteps) {
	if (step === 'unit tests' && !unit?.numFailedTests) failed += 1;
	if (step === 'byte budgets' && !budgets?.numFailedTests) failed += 1;
	if (step === 'browser tests' && !(e2e?.stats.unexpected || e2e?.stats.flaky)) failed += 1;
}
failed += otherFailures.length;
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || Number(stepFailures) > 0 ? 1 : 0);

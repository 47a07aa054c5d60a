#!/usr/bin/env node
// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// When neither exists and we run as root on Debian, installs Debian's chromium; otherwise stops
// with a one-line instruction. Prints the path it found. Playwright's own browser download is
// never used (it cannot reach its servers here).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
	for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	return null;
}

function main() {
	let path = findChromium();
	if (!path) {
		const isRoot = process.getuid?.() === 0;
		const isDebian = existsSync('/etc/debian_version');
		if (!isRoot || !isDebian) {
			console.error(
				'No Chromium found: install one (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.'
			);
			process.exit(1);
		}
		console.log('No Chromium found; installing Debian’s chromium package…');
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
			{
				stdio: 'inherit'
			}
		);
		path = findChromium();
		if (!path) {
			console.error('apt-get installed chromium but /usr/bin/chromium is missing.');
			process.exit(1);
		}
	}
	console.log(`Chromium: ${path}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

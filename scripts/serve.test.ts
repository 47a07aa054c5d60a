/**
 * The static server behind `npm start` and the benchmark: it keeps each file's gzipped body while
 * the file is unchanged, so a rebuilt file must be served fresh, never the cached old one.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './bench/lib/site.js';

let root: string;
let server: { origin: string; stop: () => void };

/** The body as sent (gzip asked for and checked), decompressed. */
function gzipped(path: string): Promise<string> {
	return new Promise((resolve, reject) => {
		request(`${server.origin}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				if (response.headers['content-encoding'] !== 'gzip')
					return reject(new Error(`${path} was not sent gzipped`));
				resolve(gunzipSync(Buffer.concat(chunks)).toString('utf8'));
			});
		})
			.on('error', reject)
			.end();
	});
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	writeFileSync(join(root, 'index.html'), '<p>home</p>');
	server = await serve(root);
});

afterAll(() => {
	server?.stop();
	rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.js', () => {
	it('serves a changed file afresh, not the gzipped body it kept', async () => {
		const file = join(root, 'app.js');
		writeFileSync(file, 'export const version = 1;');
		expect(await gzipped('/app.js')).toBe('export const version = 1;');
		expect(await gzipped('/app.js')).toBe('export const version = 1;');

		// The same size, and an mtime set apart so the change shows on any file system.
		writeFileSync(file, 'export const version = 2;');
		const later = new Date(Date.now() + 5_000);
		utimesSync(file, later, later);
		expect(await gzipped('/app.js')).toBe('export const version = 2;');
	});

	it('serves a page by its path without the .html', async () => {
		expect(await gzipped('/')).toBe('<p>home</p>');
	});
});

/**
 * The static server behind `npm start` and the benchmark: it keeps each file's gzipped body while
 * the file is unchanged, so a rebuilt file must be served fresh, never the cached old one.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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

	it('sends what an embed in a sandboxed iframe needs: CORS for any origin, and content types', async () => {
		writeFileSync(join(root, 'worker.mjs'), 'export {};');
		writeFileSync(join(root, 'font.woff2'), 'wOF2');
		for (const [path, type] of [
			['/worker.mjs', 'text/javascript'],
			['/font.woff2', 'font/woff2'],
			['/', 'text/html']
		]) {
			const headers = await new Promise<Record<string, unknown>>((resolve, reject) =>
				request(`${server.origin}${path}`, { headers: { origin: 'null' } }, (response) => {
					response.resume();
					resolve(response.headers);
				})
					.on('error', reject)
					.end()
			);
			expect(headers['access-control-allow-origin'], path).toBe('*');
			expect(headers['content-type'], path).toContain(type);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
		}
	});
});

describe('static/_headers (Netlify, Cloudflare Pages)', () => {
	it('gives every file the same CORS and nosniff headers as npm start', () => {
		const rules = readFileSync(new URL('../static/_headers', import.meta.url), 'utf8')
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'));
		const everyFile = rules.indexOf('/*');
		expect(everyFile).toBeGreaterThanOrEqual(0);
		const headers: string[] = [];
		for (const line of rules.slice(everyFile + 1)) {
			if (!/^\s/.test(line)) break;
			headers.push(line.trim());
		}
		expect(headers).toContain('Access-Control-Allow-Origin: *');
		expect(headers).toContain('X-Content-Type-Options: nosniff');
	});
});

#!/usr/bin/env node
// Serves the prerendered site in build/ the way a static host would: `/about` is about.html,
// `/` is index.html, files by extension. No dependencies, so `npm start` needs nothing else.
// Usage: node scripts/serve.js [--port 4173] [--host 127.0.0.1] [--root build]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 ? args[index + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const host = option('host', process.env.HOST ?? '127.0.0.1');
const root = resolve(option('root', 'build'));

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pbf': 'application/x-protobuf',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/atom+xml; charset=utf-8'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.geojson',
	'.pbf',
	'.csv',
	'.svg',
	'.txt',
	'.xml'
]);

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The file a URL path maps to, or null; never a path outside the root. */
async function resolveFile(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + '/')) return null;
	const candidates = decoded.endsWith('/')
		? [join(path, 'index.html'), path.replace(/\/$/, '') + '.html']
		: [path, `${path}.html`, join(path, 'index.html')];
	for (const candidate of candidates) if (await isFile(candidate)) return candidate;
	return null;
}

/**
 * Gzipped bodies by file, kept while the file is unchanged, as a static host serves precompressed
 * files. Compressing on every request held up every request queued behind it: maplibre-gl's chunk
 * (1 MB) took 40–130 ms here, while the page's other scripts waited. Bounded, oldest out first: a
 * crawl of a large build must not fill the memory.
 */
const gzipped = new Map();
const GZIP_CACHE_BYTES = 64 * 1024 * 1024;
let gzippedBytes = 0;

async function gzipOf(path, body) {
	const { mtimeMs, size } = await stat(path);
	const cached = gzipped.get(path);
	if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.body;
	const compressed = gzipSync(body);
	if (cached) gzippedBytes -= cached.body.length;
	gzipped.delete(path);
	gzipped.set(path, { mtimeMs, size, body: compressed });
	gzippedBytes += compressed.length;
	for (const [oldest, entry] of gzipped) {
		if (gzippedBytes <= GZIP_CACHE_BYTES) break;
		gzipped.delete(oldest);
		gzippedBytes -= entry.body.length;
	}
	return compressed;
}

const server = createServer(async (request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const file = await resolveFile(url.pathname);
	const notFound = file === null;
	const path = file ?? (await resolveFile('/404')) ?? null;
	const body = path ? await readFile(path) : Buffer.from('Not found');
	const type = path ? (TYPES[extname(path)] ?? 'application/octet-stream') : 'text/plain';
	const headers = {
		'content-type': type,
		'x-content-type-options': 'nosniff',
		// Public files, readable from any origin: an embed in a sandboxed iframe (WordPress, AMP) has an
		// opaque origin, so its module scripts, fonts, data, tiles and map worker are all cross-origin
		// requests (see docs/hosting.md).
		'access-control-allow-origin': '*',
		// Hashed build assets never change; everything else revalidates.
		'cache-control': url.pathname.startsWith('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache'
	};
	let payload = body;
	if (
		path &&
		COMPRESSIBLE.has(extname(path)) &&
		/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
	) {
		payload = await gzipOf(path, body);
		headers['content-encoding'] = 'gzip';
		headers.vary = 'accept-encoding';
	}
	headers['content-length'] = payload.length;
	response.writeHead(notFound ? 404 : 200, headers);
	response.end(request.method === 'HEAD' ? undefined : payload);
});

server.listen(port, host, () => {
	console.log(
		`Border Map is running at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`
	);
});

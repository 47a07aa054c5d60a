import { describe, expect, it } from 'vitest';
import { IncidentFeed } from './incident-feed.svelte';
import type { IncidentIndex, IncidentRecordFeature } from '$lib/geo/incident-features';

const source = (id: string, extra = {}) => ({
	id,
	title: `Report ${id}`,
	publisher: 'Dawn',
	url: `https://dawn.com/${id}`,
	published: null,
	...extra
});

const record = (id: string, date: string): IncidentRecordFeature =>
	({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [69.18, 34.53] },
		properties: { id, date, sources: ['dawn-1', 'mirror-1'] }
	}) as unknown as IncidentRecordFeature;

const INDEX: IncidentIndex = {
	months: { '2026-01': 1, '2026-02': 2, '2026-03': 2, '2026-05': 1 },
	sources: { 'dawn-1': source('dawn-1'), 'mirror-1': source('mirror-1', { mirror_of: 'Reuters' }) }
};
const MONTHS: Record<string, IncidentRecordFeature[]> = {
	'2026-01': [record('jan', '2026-01-20')],
	'2026-02': [record('feb-a', '2026-02-10'), record('feb-b', '2026-02-27')],
	'2026-03': [record('mar-a', '2026-03-01'), record('mar-b', '2026-03-16')],
	'2026-05': [record('may', '2026-05-02')]
};

/** A fetch whose responses the test releases one by one, and which remembers what was asked. */
function server() {
	const asked: string[] = [];
	const waiting = new Map<string, () => void>();
	const fetcher = ((path: string) => {
		asked.push(path);
		const body = path.endsWith('index.json')
			? INDEX
			: MONTHS[/(\d{4}-\d{2})\.json$/.exec(path)?.[1] ?? ''];
		return new Promise<Response>((resolve) => {
			waiting.set(path, () =>
				resolve(
					body
						? new Response(JSON.stringify(Array.isArray(body) ? { features: body } : body))
						: new Response('', { status: 404, statusText: 'Not Found' })
				)
			);
		});
	}) as unknown as typeof fetch;
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	return {
		fetcher,
		asked,
		/** Answers the request for `path` (waiting until it has been made). */
		async answer(path: string) {
			for (let tries = 0; !waiting.has(path) && tries < 20; tries++) await settle();
			waiting.get(path)!();
			waiting.delete(path);
			await settle();
		}
	};
}

const ids = (feed: IncidentFeed, date: string, days: number) =>
	feed.features(date, days)?.map((feature) => feature.properties.id) ?? null;

describe('the incident feed', () => {
	it('fetches the index, then only the months the window touches, and merges them in date order', async () => {
		const { fetcher, asked, answer } = server();
		const feed = new IncidentFeed(fetcher);
		const loading = feed.load('2026-03-01', 14);
		expect(feed.features('2026-03-01', 14)).toBeNull();
		await answer('/data/incidents/index.json');
		await answer('/data/incidents/2026-03.json');
		// February is still on its way: no window from half its months.
		expect(feed.features('2026-03-01', 14)).toBeNull();
		await answer('/data/incidents/2026-02.json');
		await loading;
		expect(asked.slice(0, 3)).toEqual([
			'/data/incidents/index.json',
			'/data/incidents/2026-02.json',
			'/data/incidents/2026-03.json'
		]);
		expect(ids(feed, '2026-03-01', 14)).toEqual(['feb-a', 'feb-b', 'mar-a', 'mar-b']);
		expect(feed.error).toBeNull();
	});

	it('resolves each incident’s sources in full from the index, mirrors and all', async () => {
		const { fetcher, answer } = server();
		const feed = new IncidentFeed(fetcher);
		const loading = feed.load('2026-01-20', 1);
		await answer('/data/incidents/index.json');
		await answer('/data/incidents/2026-01.json');
		await loading;
		const [jan] = feed.features('2026-01-20', 1)!;
		expect(jan!.properties.sources).toEqual([
			source('dawn-1'),
			source('mirror-1', { mirror_of: 'Reuters' })
		]);
	});

	it('fetches no month the index does not list, and a window of such months is empty', async () => {
		const { fetcher, asked, answer } = server();
		const feed = new IncidentFeed(fetcher);
		const loading = feed.load('2026-04-20', 14);
		await answer('/data/incidents/index.json');
		await loading;
		expect(ids(feed, '2026-04-20', 14)).toEqual([]);
		// No April; March and May are fetched ahead, for a step into them.
		expect(asked).toEqual([
			'/data/incidents/index.json',
			'/data/incidents/2026-03.json',
			'/data/incidents/2026-05.json'
		]);
	});

	it('fetches each month once, however many windows ask for it', async () => {
		const { fetcher, asked, answer } = server();
		const feed = new IncidentFeed(fetcher);
		const first = feed.load('2026-03-16', 14);
		const second = feed.load('2026-03-17', 7);
		await answer('/data/incidents/index.json');
		await answer('/data/incidents/2026-03.json');
		await Promise.all([first, second]);
		await answer('/data/incidents/2026-02.json');
		await feed.load('2026-03-31', 30);
		await feed.load('2026-02-20', 3);
		// February's window adds January, ahead; nothing is fetched twice.
		expect(asked).toEqual([
			'/data/incidents/index.json',
			'/data/incidents/2026-03.json',
			'/data/incidents/2026-02.json',
			'/data/incidents/2026-01.json'
		]);
	});

	it('never shows a slow month’s incidents for a newer window', async () => {
		const { fetcher, answer } = server();
		const feed = new IncidentFeed(fetcher);
		// A reader on 20 Jan steps straight on to 2 May; January arrives last.
		const january = feed.load('2026-01-20', 1);
		const may = feed.load('2026-05-02', 1);
		await answer('/data/incidents/index.json');
		await answer('/data/incidents/2026-05.json');
		await may;
		expect(ids(feed, '2026-05-02', 1)).toEqual(['may']);
		await answer('/data/incidents/2026-01.json');
		await january;
		expect(ids(feed, '2026-05-02', 1)).toEqual(['may']);
		expect(ids(feed, '2026-01-20', 1)).toEqual(['jan']);
	});

	it('fetches the months either side of a window once it has loaded, where there are any', async () => {
		const { fetcher, asked, answer } = server();
		const feed = new IncidentFeed(fetcher);
		const loading = feed.load('2026-02-27', 3);
		await answer('/data/incidents/index.json');
		await answer('/data/incidents/2026-02.json');
		await loading;
		expect(asked).toHaveLength(4);
		await answer('/data/incidents/2026-01.json');
		await answer('/data/incidents/2026-03.json');
		expect(asked.slice(2).sort()).toEqual([
			'/data/incidents/2026-01.json',
			'/data/incidents/2026-03.json'
		]);
		// A step into March draws without a fetch: its months (incidentsInWindow cuts the window) are in.
		expect(ids(feed, '2026-03-01', 3)).toEqual(['feb-a', 'feb-b', 'mar-a', 'mar-b']);
		await feed.load('2026-03-01', 3);
		expect(asked).toHaveLength(4);
	});

	it('reports a failed month and fetches it again on the next load', async () => {
		const { fetcher, asked, answer } = server();
		delete MONTHS['2026-05'];
		try {
			const feed = new IncidentFeed(fetcher);
			const loading = feed.load('2026-05-02', 1);
			await answer('/data/incidents/index.json');
			await answer('/data/incidents/2026-05.json');
			await loading;
			expect(feed.error).toBe('/data/incidents/2026-05.json: 404 Not Found');
			expect(feed.features('2026-05-02', 1)).toBeNull();
			MONTHS['2026-05'] = [record('may', '2026-05-02')];
			const again = feed.load('2026-05-02', 1);
			await answer('/data/incidents/2026-05.json');
			await again;
			expect(feed.error).toBeNull();
			expect(ids(feed, '2026-05-02', 1)).toEqual(['may']);
			expect(asked.filter((path) => path.endsWith('2026-05.json'))).toHaveLength(2);
		} finally {
			MONTHS['2026-05'] = [record('may', '2026-05-02')];
		}
	});
});

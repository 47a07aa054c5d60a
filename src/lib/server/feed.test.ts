/**
 * The Atom feeds, read back by a real feed parser (@rowanmanning/feed-parser): valid Atom, newest
 * first, every entry linking to the map on its day and naming its sources; a place's feed holds its
 * own facts; a fact added with `npm run fact` is in the feed built after it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, feedEntries } from './feed';
import { loadGeodata } from './geodata';
import { addStatus } from './fact-edits';
import { writeGeodata } from './geodata-writer';

const head = (path: string, updated: string) => ({ path, title: 'Border Map', page: '/', updated });

describe('feeds', () => {
	const data = loadGeodata();
	const xml = atomFeed(head('/feed.xml', data.asOf!), feedEntries(data));
	const feed = parseFeed(xml);

	it('is Atom a feed parser reads, with every status change, event and incident', () => {
		expect(feed.meta.type).toBe('atom');
		const expected =
			data.locations.reduce((sum, place) => sum + place.status.length + place.events.length, 0) +
			data.incidents.length;
		expect(feed.items).toHaveLength(expected);
		expect(feed.updated?.toISOString().slice(0, 10)).toBe(data.asOf);
	});

	it('lists entries newest first, each linking to the map on its day', () => {
		const dates = feed.items.map((item) => item.updated!.toISOString().slice(0, 10));
		expect(dates).toEqual([...dates].sort().reverse());
		for (const item of feed.items.slice(0, 50)) {
			const link = new URL(item.url!);
			expect(link.pathname).toBe('/');
			expect(link.searchParams.get('date')).toBe(item.updated!.toISOString().slice(0, 10));
		}
	});

	it('names the sources of each entry and keeps ids stable and unique', () => {
		const omid = feed.items.find(
			(item) => item.id === 'urn:border-map:incident:2026-03-16-kabul-omid-hospital-airstrike'
		);
		expect(omid?.description).toMatch(/Sources: .*AP/);
		expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);
	});

	it('gives a place its own facts and the incidents placed at it', () => {
		const torkham = parseFeed(
			atomFeed(head('/locations/torkham/feed.xml', '2026-07-01'), feedEntries(data, 'torkham'))
		);
		const place = data.bySlug.torkham!;
		const atTorkham = data.incidents.filter((incident) => incident.location.place === 'torkham');
		expect(torkham.items).toHaveLength(
			place.status.length + place.events.length + atTorkham.length
		);
		for (const item of torkham.items) {
			const loc = new URL(item.url!).searchParams.get('loc');
			expect(loc).toBe('torkham');
		}
	});

	it('carries a new fact after a rebuild', async () => {
		const root = mkdtempSync(join(tmpdir(), 'feed-'));
		try {
			cpSync('tests/fixtures/geodata/valid', root, { recursive: true });
			const before = loadGeodata(root);
			const torkham = before.bySlug.torkham!;
			const changed = addStatus(
				torkham,
				{ from: '2025-11-20', status: 'open', scope: 'all', sources: ['dawn-1952541'] },
				'2026-01-01'
			);
			expect(await writeGeodata(root, new Map([['locations/torkham.json', changed]]))).toEqual([]);
			const after = parseFeed(
				atomFeed(head('/feed.xml', '2025-11-20'), feedEntries(loadGeodata(root)))
			);
			expect(after.items[0]!.title).toBe('Torkham: open from 2025-11-20');
			expect(after.items[0]!.url).toContain('date=2025-11-20&loc=torkham');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

import { correctionsLog } from '$lib/server/corrections';
import { feedEntries } from '$lib/server/feed';
import { geodata } from '$lib/server/geodata-cache';

export const prerender = true;

/** How many of the newest entries the page lists (the feed holds them all). */
const RECENT = 120;

export const load = () => {
	const data = geodata();
	const all = feedEntries(data);
	const entries = all.slice(0, RECENT).map(({ id, date, title, path, kind, sources }) => ({
		id,
		date,
		title,
		path,
		kind,
		publishers: [...new Set(sources.map((s) => s.mirror_of ?? s.publisher))]
	}));
	const log = correctionsLog();
	return {
		asOf: data.asOf!,
		entries,
		total: all.length,
		/** Commits that corrected facts, newest first; null without the repository's history. */
		corrections: log && log.filter((commit) => commit.corrections.length > 0),
		/** The newest updates to the record (any commit touching geodata/). */
		updates: log && log.slice(0, 15)
	};
};

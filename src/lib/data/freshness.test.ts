import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS, staleSince } from './freshness';
import { buildDate } from '$lib/server/build-date';

describe('freshness', () => {
	it(`is stale only more than ${STALE_AFTER_DAYS} days after the newest review`, () => {
		expect(staleSince('2026-07-01', '2026-07-31')).toBeNull();
		expect(staleSince('2026-07-01', '2026-08-01')).toBe('2026-07-01');
		expect(staleSince('2026-07-01', '2026-12-06')).toBe('2026-07-01');
	});

	it('builds as of the clock, or of BORDER_MAP_BUILD_DATE, refusing a bad one', () => {
		expect(buildDate({})).toBe(new Date().toISOString().slice(0, 10));
		expect(buildDate({ BORDER_MAP_BUILD_DATE: '2026-07-05' })).toBe('2026-07-05');
		expect(() => buildDate({ BORDER_MAP_BUILD_DATE: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
	});
});

import { correctionsLog } from '$lib/server/corrections';
import { geodata } from '$lib/server/geodata-cache';
import { pageShare } from '$lib/server/share-meta';

export const load = () => {
	const data = geodata();
	const sources = Object.values(data.sources).sort((a, b) =>
		a.publisher.localeCompare(b.publisher)
	);
	return {
		asOf: data.asOf!,
		sources,
		corrections: correctionsLog(),
		share: pageShare({
			path: '/about',
			title: 'About Border Map: sources, method and corrections',
			description:
				'Where the facts come from, how each status is decided, and how to report an error.'
		})
	};
};

import { correctionsLog } from '$lib/server/corrections';
import { geodata } from '$lib/server/geodata-cache';

export const load = () => {
	const data = geodata();
	const sources = Object.values(data.sources).sort((a, b) =>
		a.publisher.localeCompare(b.publisher)
	);
	return { asOf: data.asOf!, sources, corrections: correctionsLog() };
};

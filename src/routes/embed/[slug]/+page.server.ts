import { embedPageData } from '$lib/server/embed-page-data';
import { geodata } from '$lib/server/geodata-cache';
import { readMapFiles } from '$lib/server/map-files';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => geodata().locations.map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => ({
	...embedPageData(params.slug),
	early: readMapFiles()
});

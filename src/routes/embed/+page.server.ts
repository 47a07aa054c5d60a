import { embedPageData } from '$lib/server/embed-page-data';
import { readMapFiles } from '$lib/server/map-files';

export const load = () => ({ ...embedPageData(null), early: readMapFiles() });

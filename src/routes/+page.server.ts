import { mapPageData } from '$lib/server/map-page-data';
import { readMapFiles } from '$lib/server/map-files';

export const load = () => ({ ...mapPageData(), early: readMapFiles() });

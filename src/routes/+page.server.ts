import { mapPageData } from '$lib/server/map-page-data';
import { readMapFiles } from '$lib/server/map-files';
import { overviewShare } from '$lib/server/share-meta';

export const load = () => ({ ...mapPageData(), early: readMapFiles(), share: overviewShare() });

import { mapPageData } from '$lib/server/map-page-data';

export const load = () => mapPageData();

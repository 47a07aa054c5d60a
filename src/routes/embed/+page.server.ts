import { embedPageData } from '$lib/server/embed-page-data';

export const load = () => embedPageData(null);

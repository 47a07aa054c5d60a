// Every page is prerendered to static files, so any static host or CDN can serve the site.
export const prerender = true;
export const trailingSlash = 'never';

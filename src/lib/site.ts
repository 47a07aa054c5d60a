/**
 * The site's public origin, without a trailing slash: canonical links, oEmbed files and embed
 * snippets must name absolute URLs. Set SITE_URL when building for a real host
 * (set SITE_URL to its origin for `npm run build`); it defaults to the local server.
 */
export const SITE_URL: string = __SITE_URL__;

export const SITE_NAME = 'Border Map';

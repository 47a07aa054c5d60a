/**
 * The site's public origin, without a trailing slash: canonical links, oEmbed files and embed
 * snippets must name absolute URLs. Set the SITE_URL environment variable to the host's origin
 * when building for it; it defaults to the local server.
 */
export const SITE_URL: string = __SITE_URL__;

export const SITE_NAME = 'Border Map';

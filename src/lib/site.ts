/**
 * The site's public origin, without a trailing slash: canonical links, oEmbed files and embed
 * snippets must name absolute URLs. Set the SITE_URL environment variable to the host's origin
 * when building for it; it defaults to the local server.
 */
export const SITE_URL: string = __SITE_URL__;

export const SITE_NAME = 'Border Map';

/**
 * Where a reader reports an error in the facts: the CORRECTIONS_URL environment variable at build
 * time (a `mailto:` or a form's URL), else the conventional corrections@ address of the site's
 * own host.
 */
export const CORRECTIONS_URL: string =
	__CORRECTIONS_URL__ || `mailto:corrections@${new URL(SITE_URL).hostname}`;

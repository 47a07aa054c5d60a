/** Credit line shown on every map: the basemap's origin and where the facts come from. */
export const ATTRIBUTION =
	'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) · Facts: Dawn, Reuters, Express Tribune, UNHCR and others, cited on each <a href="/about">place page</a>';

/** Embeds name their sources in the line under the map, so the map itself credits the basemap only. */
export const EMBED_ATTRIBUTION =
	'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

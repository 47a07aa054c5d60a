/** Credit line shown on every map: the basemap's origin and where the facts come from. */
export const ATTRIBUTION =
	'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) · Facts: Dawn, Reuters, Express Tribune, UNHCR and others, cited on each <a href="/about">place page</a>';

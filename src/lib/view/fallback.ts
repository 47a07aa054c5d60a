/**
 * Where a static map view's files are (drawn at build time; see $lib/server/static-views).
 *
 * The static map shown where the interactive one will be (the dashboard, embeds) until it has
 * drawn, and instead of it without JavaScript or WebGL: the view's large shapes as a PNG, under
 * its markers and labels as a transparent SVG, both drawn at build time from the same view.
 *
 * Why two files and not the one SVG: a browser rasterises a detailed SVG of land and borders
 * with much the same GPU the map is starting on, which delayed the map by 9–15% in the benchmark;
 * a PNG is only decoded. The markers and labels stay vectors, sharp at any pixel density.
 */
export interface FallbackImages {
	base: string;
	overlay: string;
}

/** The whole view as one SVG (a location page's map, and the file anyone may download). */
export const staticMapPath = (view: string) => `/maps/${view}.svg`;

export const fallbackImages = (view: string): FallbackImages => ({
	base: `/maps/base/${view}.png`,
	overlay: `/maps/overlay/${view}.svg`
});

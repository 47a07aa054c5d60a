/**
 * The attributes through which a prerendered map page and the map started before it hydrates
 * (early-map.ts) talk. A module of its own, importing nothing, so that every page's entry can look
 * for a map without loading any of the map's code.
 */

/** On a map page's map container: the map's opening, as JSON (see opening.ts). */
export const OPENING_ATTRIBUTE = 'data-map-opening';

/** On a `<details>` the page opens for readers without the map, and folds once the map runs (an embed's table). */
export const FOLD_ATTRIBUTE = 'data-fold-with-map';

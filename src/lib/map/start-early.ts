// The page's first script on a map page (see $lib/server/map-first): starts its map.
import { startEarlyMap } from './early-map';

export const earlyMap = startEarlyMap();

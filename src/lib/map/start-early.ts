// The first script of a map page (see $lib/server/map-files): starts its map.
import { startEarlyMap } from './early-map';

export const earlyMap = startEarlyMap();

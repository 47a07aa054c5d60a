/**
 * The map's region, [west, south, east, north]: Oman to Kyrgyzstan, the Gulf to Delhi. The basemap
 * is clipped to it, the camera may not leave it, and every coordinate in geodata/ must lie in it.
 */
export const REGION: [number, number, number, number] = [50, 18, 84, 42];

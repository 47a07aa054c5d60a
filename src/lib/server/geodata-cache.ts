/** The validated geodata, loaded once per build (every prerendered page shares it). */
import { loadGeodata, type Geodata } from './geodata';
import { geodataRoot } from './geodata-root';

let cached: Geodata | undefined;

export function geodata(): Geodata {
	cached ??= loadGeodata(geodataRoot());
	return cached;
}

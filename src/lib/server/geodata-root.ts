/**
 * Where the build reads its data: geodata/, unless GEODATA_DIR names another folder (the benchmark
 * builds the site over synthetic data at 10× and 100× this way, without touching the real files).
 */
export function geodataRoot(): string {
	return process.env.GEODATA_DIR || 'geodata';
}

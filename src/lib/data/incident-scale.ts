/**
 * The incidents' d3 size scale (see INCIDENT_SIZE in encoding.ts), used at build time only.
 */
import { scaleSqrt } from 'd3-scale';
import { INCIDENT_SIZE, INCIDENT_SIZE_STEPS } from './encoding';

/** A marker's radius in pixels for the most deaths one source reports (null: no figure). */
export const incidentRadius = (() => {
	const scale = scaleSqrt()
		.domain([...INCIDENT_SIZE.deaths])
		.range([...INCIDENT_SIZE.radius])
		.clamp(true);
	return (deaths: number | null) => Math.round(scale(deaths ?? 0) * 100) / 100;
})();

/** One size in the legend: "no figure", then each step of INCIDENT_SIZE_STEPS. */
export interface IncidentSizeStep {
	deaths: number | null;
	radius: number;
}

/** The legend's sizes, as the map draws them. */
export function incidentSizeSteps(): IncidentSizeStep[] {
	return [null, ...INCIDENT_SIZE_STEPS].map((deaths) => ({
		deaths,
		radius: incidentRadius(deaths)
	}));
}

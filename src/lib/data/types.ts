/** Types for geodata, inferred from the schema so they are never written twice. */
import type { z } from 'zod';
import type {
	eventSchema,
	figureSchema,
	locationSchema,
	SCOPES,
	sourceSchema,
	statusPeriodSchema
} from './schema';

export type Source = z.infer<typeof sourceSchema>;
export type StatusPeriod = z.infer<typeof statusPeriodSchema>;
export type Reading = z.infer<typeof import('./schema').readingSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type LocationEvent = z.infer<typeof eventSchema>;
export type Location = z.infer<typeof locationSchema>;
export type { LocationKind, Severity, Status } from './vocabulary';
export type Scope = (typeof SCOPES)[number];
export type RouteLeg = z.infer<typeof import('./schema').routeLegSchema>;
export type Route = z.infer<typeof import('./schema').routeSchema>;
export type Mode = (typeof import('./vocabulary').MODES)[number];
export type Incident = z.infer<typeof import('./schema').incidentSchema>;
export type CasualtyReport = z.infer<typeof import('./schema').casualtyReportSchema>;
export type IncidentType = (typeof import('./vocabulary').INCIDENT_TYPES)[number];
export type LocationPrecision = (typeof import('./vocabulary').LOCATION_PRECISIONS)[number];
export type EventKind = (typeof import('./vocabulary').EVENT_KINDS)[number];

/** A status period as the maps use it: its days, status and scope (notes and sources stay on the place's page). */
export type MapStatusPeriod = Pick<StatusPeriod, 'from' | 'to' | 'status' | 'scope'>;

/** What the browser needs of a location to draw and list it (figures and events stay on the server). */
export type MapLocation = Omit<Location, 'figures' | 'events' | 'status' | 'geometry_sources'> & {
	status: MapStatusPeriod[];
};

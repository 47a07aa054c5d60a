/**
 * `npm run audit:data`: validates geodata/ through the schema and the cross-checks (exit 1,
 * naming file, record and field, on anything they forbid), then prints per place the facts that
 * rest on one source, the mirrors and bracketed titles it cites, the stretches since 2023 with
 * no reporting found, and when it was last reviewed. The last line is a summary.
 */
import { auditData, formatAudit } from '../src/lib/server/audit';
import { GeodataError, loadGeodata } from '../src/lib/server/geodata';

try {
	const data = loadGeodata();
	console.log(formatAudit(auditData(data), data.sources));
} catch (error) {
	if (!(error instanceof GeodataError)) throw error;
	console.error(error.message);
	process.exit(1);
}

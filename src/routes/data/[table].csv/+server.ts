import { error } from '@sveltejs/kit';
import { CSV_TABLES } from '$lib/server/downloads';
import { geodata } from '$lib/server/geodata-cache';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CSV_TABLES.map(({ name }) => ({ table: name }));

export const GET: RequestHandler = ({ params }) => {
	const table = CSV_TABLES.find(({ name }) => name === params.table);
	if (!table) error(404, `No table "${params.table}"`);
	return new Response(table.build(geodata()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};

import { hostScript } from '$lib/embed/host-script';

export const prerender = true;

export const GET = () =>
	new Response(hostScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });

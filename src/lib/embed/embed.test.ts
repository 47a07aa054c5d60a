import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, embedSnippet } from './snippet';
import { heightMessages, MAX_HEIGHT, MIN_HEIGHT } from './messages';
import { hostScript } from './host-script';

const medium = EMBED_SIZES.find(({ id }) => id === 'medium')!;
const responsive = EMBED_SIZES.find(({ id }) => id === 'responsive')!;

describe('embedSnippet', () => {
	it('writes an iframe and, on request, our resize script', () => {
		const html = embedSnippet({
			src: 'https://map.example.com/embed/torkham?date=2025-10-20&loc=torkham',
			title: 'Border Map: Torkham',
			size: medium,
			resize: true,
			origin: 'https://map.example.com'
		});
		expect(html).toBe(
			'<iframe src="https://map.example.com/embed/torkham?date=2025-10-20&amp;loc=torkham" title="Border Map: Torkham" width="640" height="640" style="border:0;width:100%;max-width:640px" loading="lazy" data-border-map></iframe>\n' +
				'<script src="https://map.example.com/embed.js" async></script>'
		);
	});

	it('is full width when responsive, and script-free when asked', () => {
		const html = embedSnippet({
			src: 'https://map.example.com/embed',
			title: 't',
			size: responsive,
			resize: false,
			origin: 'https://map.example.com'
		});
		expect(html).toContain('width="100%"');
		expect(html).not.toContain('<script');
	});

	it('escapes what it puts in attributes', () => {
		const html = embedSnippet({
			src: 'https://map.example.com/embed?x="><script>',
			title: 'a "b" <c>',
			size: medium,
			resize: false,
			origin: 'https://map.example.com'
		});
		expect(html).not.toContain('"><script>');
		expect(html).toContain('title="a &quot;b&quot; &lt;c>"');
	});
});

/**
 * Runs the real /embed.js in a stub host page: one of our iframes, one foreign iframe, and the
 * message listener the script registers. Returns a function that delivers a message.
 */
function hostPage(origin = 'https://map.example.com') {
	const ours = { contentWindow: {}, src: `${origin}/embed/torkham`, style: { height: '' } };
	const foreign = { contentWindow: {}, src: 'https://ads.example.com/x', style: { height: '' } };
	let listener: ((event: unknown) => void) | undefined;
	const window: Record<string, unknown> = {};
	new Function('window', 'document', 'addEventListener', hostScript())(
		window,
		{ currentScript: { src: `${origin}/embed.js` }, getElementsByTagName: () => [ours, foreign] },
		(_type: string, handler: (event: unknown) => void) => (listener = handler)
	);
	const send = (data: unknown, from: { contentWindow: object } = ours, eventOrigin = origin) =>
		listener!({ data, origin: eventOrigin, source: from.contentWindow });
	return { ours, foreign, send };
}

describe('height messages and the host script', () => {
	it('are posted in the AMP form and in our own, and the host script reads both', () => {
		const messages = heightMessages(812);
		expect(messages).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 812 },
			{ type: 'border-map:embed-size', height: 812 }
		]);
		for (const message of messages) {
			const host = hostPage();
			host.send(message);
			expect(host.ours.style.height).toBe('812px');
		}
	});

	it.each([
		null,
		'embed-size',
		{ type: 'embed-size', height: 500 },
		{ sentinel: 'amp', type: 'embed-size', height: '500' },
		{ type: 'border-map:embed-size', height: Number.NaN },
		{ type: 'border-map:embed-size', height: -1 }
	])('ignores %j', (message) => {
		const host = hostPage();
		host.send(message);
		expect(host.ours.style.height).toBe('');
	});

	it('trusts only our origin, and only our own iframes', () => {
		const host = hostPage();
		host.send(
			{ type: 'border-map:embed-size', height: 700 },
			host.ours,
			'https://evil.example.com'
		);
		host.send({ type: 'border-map:embed-size', height: 700 }, host.foreign);
		expect(host.ours.style.height).toBe('');
		expect(host.foreign.style.height).toBe('');
	});

	it('clamps heights so a runaway embed cannot push the article away', () => {
		for (const [sent, shown] of [
			[20, MIN_HEIGHT],
			[99_999, MAX_HEIGHT],
			[Infinity, MAX_HEIGHT],
			[640.4, 640]
		]) {
			const host = hostPage();
			host.send({ type: 'border-map:embed-size', height: sent });
			expect(host.ours.style.height).toBe(`${shown}px`);
		}
	});

	it('stays a few hundred bytes', () => {
		expect(hostScript().length).toBeLessThan(1000);
	});
});

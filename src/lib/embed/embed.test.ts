import { describe, expect, it } from 'vitest';
import { ampSnippet, EMBED_SIZES, embedSnippet, oembedSnippet } from './snippet';
import {
	heightMessages,
	isReadyPing,
	linkMessage,
	MAX_HEIGHT,
	MIN_HEIGHT,
	wordpressSecret
} from './messages';
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

describe('oembedSnippet', () => {
	it('is only what WordPress keeps: a quote linking to the page, then a sized iframe', () => {
		expect(
			oembedSnippet({
				src: 'https://map.example.com/embed/torkham',
				title: 'Border Map: Torkham & <more>',
				size: medium,
				page: 'https://map.example.com/locations/torkham'
			})
		).toBe(
			'<blockquote><a href="https://map.example.com/locations/torkham">Border Map: Torkham &amp; &lt;more&gt;</a></blockquote>\n' +
				'<iframe src="https://map.example.com/embed/torkham" title="Border Map: Torkham &amp; &lt;more>" width="640" height="640" frameborder="0" marginwidth="0" marginheight="0"></iframe>'
		);
	});
});

describe('ampSnippet', () => {
	it('is a resizable, sandboxed amp-iframe with the overflow element AMP requires', () => {
		const html = ampSnippet({
			src: 'https://map.example.com/embed/torkham?date=2025-10-20&loc=torkham',
			title: 'Border Map: Torkham',
			size: medium,
			overflowLabel: 'Show the whole map'
		});
		expect(html).toMatch(/^<amp-iframe src="[^"]*&amp;loc=torkham" /);
		expect(html).toContain('layout="fixed" width="640" height="640"');
		expect(html).toMatch(/ sandbox="allow-scripts[^"]*" resizable /);
		expect(html).not.toContain('allow-same-origin');
		expect(html).toMatch(
			/<div overflow tabindex="0" role="button" aria-label="Show the whole map">Show the whole map<\/div>\n<\/amp-iframe>$/
		);
		expect(
			ampSnippet({
				src: 'https://map.example.com/embed',
				title: 't',
				size: responsive,
				overflowLabel: 'More'
			})
		).toContain('layout="fixed-height" height="620"');
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

	it('takes the height of an iframe the host sandboxed (origin "null"), from our iframe only', () => {
		const host = hostPage();
		host.send({ type: 'border-map:embed-size', height: 700 }, host.foreign, 'null');
		expect(host.foreign.style.height).toBe('');
		host.send({ type: 'border-map:embed-size', height: 700 }, host.ours, 'null');
		expect(host.ours.style.height).toBe('700px');
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

describe("WordPress's embed protocol", () => {
	it('reads the secret WordPress appends to the src, and nothing else', () => {
		expect(wordpressSecret('#?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
		expect(wordpressSecret('#?foo=1&secret=abc')).toBe('abc');
		for (const hash of [
			'',
			'#secret=abc',
			'#?secret=',
			'#?secret=a"b',
			'#?secret=abc%20def',
			'#?other=abc',
			`#?secret=${'a'.repeat(65)}`
		])
			expect(wordpressSecret(hash), hash).toBeNull();
	});

	it('adds the height message WordPress reads when there is a secret', () => {
		expect(heightMessages(812, 'abc')).toContainEqual({
			message: 'height',
			value: 812,
			secret: 'abc'
		});
		expect(heightMessages(812, null)).toHaveLength(2);
	});

	it('answers only the ready ping that carries its own secret', () => {
		expect(isReadyPing({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
		expect(isReadyPing({ message: 'ready', secret: 'xyz' }, 'abc')).toBe(false);
		expect(isReadyPing({ message: 'height', secret: 'abc' }, 'abc')).toBe(false);
		expect(isReadyPing({ message: 'ready', secret: 'abc' }, null)).toBe(false);
		expect(isReadyPing('ready', 'abc')).toBe(false);
		expect(isReadyPing(null, 'abc')).toBe(false);
	});

	it('asks WordPress to follow a link in its own form', () => {
		expect(linkMessage('https://map.example.com/locations/torkham', 'abc')).toEqual({
			message: 'link',
			value: 'https://map.example.com/locations/torkham',
			secret: 'abc'
		});
	});
});

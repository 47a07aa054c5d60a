import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, embedSnippet } from './snippet';
import { clampHeight, heightFrom, heightMessages, MAX_HEIGHT, MIN_HEIGHT } from './messages';
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
			src: 'https://m/embed',
			title: 't',
			size: responsive,
			resize: false,
			origin: 'https://m'
		});
		expect(html).toContain('width="100%"');
		expect(html).not.toContain('<script');
	});

	it('escapes what it puts in attributes', () => {
		const html = embedSnippet({
			src: 'https://m/embed?x="><script>',
			title: 'a "b" <c>',
			size: medium,
			resize: false,
			origin: 'https://m'
		});
		expect(html).not.toContain('"><script>');
		expect(html).toContain('title="a &quot;b&quot; &lt;c>"');
	});
});

describe('height messages', () => {
	it('are posted in the AMP form and in our own, and both read back', () => {
		const messages = heightMessages(812);
		expect(messages).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 812 },
			{ type: 'border-map:embed-size', height: 812 }
		]);
		for (const message of messages) expect(heightFrom(message)).toBe(812);
	});

	it.each([
		null,
		'embed-size',
		{ type: 'embed-size', height: 500 },
		{ sentinel: 'amp', type: 'embed-size', height: '500' },
		{ type: 'border-map:embed-size', height: Number.NaN },
		{ type: 'border-map:embed-size', height: -1 },
		{ type: 'border-map:embed-size', height: Infinity }
	])('ignores %j', (message) => {
		expect(heightFrom(message)).toBeNull();
	});

	it('clamps heights so a runaway embed cannot push the article away', () => {
		expect(clampHeight(20)).toBe(MIN_HEIGHT);
		expect(clampHeight(99_999)).toBe(MAX_HEIGHT);
		expect(clampHeight(640.4)).toBe(640);
	});

	it('the host script uses the same message type and limits', () => {
		const script = hostScript();
		expect(script).toContain("d.type === 'border-map:embed-size'");
		expect(script).toContain(`Math.min(${MAX_HEIGHT}, Math.max(${MIN_HEIGHT}`);
		expect(script).toContain('e.origin !== origin');
		expect(script).toContain('f.contentWindow === e.source');
		expect(script.length).toBeLessThan(1000);
	});
});

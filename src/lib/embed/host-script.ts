/**
 * The resize script a host page loads beside our iframes (served as /embed.js). It sizes each of
 * our iframes to its content, trusting only messages whose source is one of those iframes and
 * whose origin is ours, or opaque ("null") when the host sandboxed the iframe, and clamps the height. Written out from the same constants the embed posts
 * with, so the two cannot drift; kept to a few hundred bytes.
 */
import { MAX_HEIGHT, MIN_HEIGHT, OWN_MESSAGE_TYPE } from './messages';

export function hostScript(): string {
	return `/* Border Map: sizes Border Map iframes to their content. */
(function () {
	if (window.borderMapResizer) return;
	window.borderMapResizer = 1;
	var origin = new URL(document.currentScript.src).origin;
	addEventListener('message', function (e) {
		var d = e.data;
		if ((e.origin !== origin && e.origin !== 'null') || !d || typeof d !== 'object') return;
		if (!((d.sentinel === 'amp' && d.type === 'embed-size') || d.type === '${OWN_MESSAGE_TYPE}')) return;
		var h = d.height;
		if (typeof h !== 'number' || !(h > 0)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (f.contentWindow === e.source && f.src.indexOf(origin + '/') === 0)
				f.style.height = Math.min(${MAX_HEIGHT}, Math.max(${MIN_HEIGHT}, Math.round(h))) + 'px';
		}
	});
})();
`;
}

// The script that lets a page's controls answer before it hydrates ($lib/view/early-input.js),
// inlined at the top of the pages that need it (app.html's placeholder, filled in by hooks.server.ts), and its
// hash for the pages' script policy (svelte.config.js): an inline script runs under the policy
// only if its exact text is hashed there. Both read the same file, so the hash cannot drift from
// the text. JavaScript, not TypeScript, because svelte.config.js loads it with plain Node.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

export const EARLY_INPUT_PLACEHOLDER = '%border-map.early-input%';

/** Read from the project's root, where builds and tests run, not beside the bundled server. */
const SOURCE = join(process.cwd(), 'src/lib/view/early-input.js');

/** The script's text, minified (its comments are for us), as it goes between `<script>` and `</script>`. */
export function earlyInputScript() {
	const { code } = transformSync(readFileSync(SOURCE, 'utf8'), { minify: true, target: 'es2020' });
	if (/<\/script/i.test(code)) throw new Error(`${SOURCE} must not contain "</script"`);
	return code.trim();
}

/**
 * The policy source that allows the script.
 * @returns {`sha256-${string}`}
 */
export function earlyInputHash() {
	return `sha256-${createHash('sha256').update(earlyInputScript()).digest('base64')}`;
}

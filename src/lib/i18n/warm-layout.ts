/**
 * Readies the browser to lay the page out in another language before the reader picks it.
 *
 * The first layout of the page in Arabic script costs several times a later one: the browser
 * loads and parses the font's faces (regular and bold) and shapes each word for the first time.
 * Laid out once, unseen, while the reader has the language menu open, the language's own words
 * leave the fonts loaded and the words shaped, so the change of language itself only lays out.
 * (The words shaped here are the interface's; place names come from the data and are few.)
 */
import { LANGUAGES, loadLanguage, messages, type Lang } from '$lib/i18n';

/** Every string in a message tree (templates as they are: their words are what gets shaped). */
function strings(tree: unknown): string[] {
	if (typeof tree === 'string') return [tree];
	if (tree && typeof tree === 'object') return Object.values(tree).flatMap(strings);
	return [];
}

/** The page's fonts at both weights it uses (fonts.css): each loads only its scripts' file. */
const FONTS = [400, 700].map((weight) => `${weight} 16px "Noto Sans", "Noto Sans Arabic"`);

/** Resolves once `lang`'s words and fonts have loaded and its words have been laid out once. */
export async function warmLayout(lang: Lang): Promise<void> {
	await loadLanguage(lang);
	const words = strings(messages(lang)).join(' ');
	await Promise.all(FONTS.map((font) => document.fonts.load(font, words)));
	const box = document.createElement('div');
	box.lang = LANGUAGES[lang].htmlLang;
	box.dir = LANGUAGES[lang].dir;
	// Out of view and unpainted, but laid out: a hidden box is still shaped.
	box.style.cssText = 'position:absolute;top:0;left:-10000px;width:40rem;visibility:hidden';
	box.append(words, Object.assign(document.createElement('b'), { textContent: words }));
	document.body.append(box);
	void box.offsetHeight;
	box.remove();
}

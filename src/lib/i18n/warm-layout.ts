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

/** Each language once a page: the menu takes both a pointer press and the focus it gives. */
const warmed: Partial<Record<Lang, Promise<void>>> = {};

/** Resolves once `lang`'s words and fonts have loaded and its words have been laid out once. */
export function warmLayout(lang: Lang): Promise<void> {
	return (warmed[lang] ??= (async () => {
		await loadLanguage(lang);
		const words = strings(messages(lang)).join(' ');
		// The page's own fonts, at both weights it uses (the headings are bold).
		const family = getComputedStyle(document.body).fontFamily;
		await Promise.all(
			[400, 700].map((weight) => document.fonts.load(`${weight} 16px ${family}`, words))
		);
		const box = document.createElement('div');
		box.lang = LANGUAGES[lang].htmlLang;
		box.dir = LANGUAGES[lang].dir;
		// Out of view and unpainted, but laid out: a hidden box is still shaped.
		box.style.cssText = 'position:absolute;top:0;left:-10000px;width:40rem;visibility:hidden';
		box.append(words, Object.assign(document.createElement('b'), { textContent: words }));
		document.body.append(box);
		void box.offsetHeight;
		box.remove();
	})().catch((error: unknown) => {
		// Tried again the next time the menu opens.
		delete warmed[lang];
		throw error;
	}));
}

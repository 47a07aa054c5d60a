/**
 * The page's language, shared through Svelte context. The URL's `lang=` decides it (the URL is the
 * single source of truth for a view); the prerendered HTML is English and switches on load.
 * Components read `useLang()` and write nothing: a change of language is a change of URL.
 */
import { getContext, setContext } from 'svelte';
import {
	formatDate,
	formatInteger,
	formatValue,
	formatNumber,
	isLang,
	LANGUAGES,
	loadLanguage,
	plural,
	t,
	type Lang
} from './index';
import type { Location } from '$lib/data/types';

const KEY = Symbol('lang');

export class LangState {
	current: Lang = $state('en');

	/** Reads `lang=` from a query string (anything else means English) and loads its strings. */
	async read(search: string): Promise<void> {
		// A throwaway parse of the query, not state: nothing needs to react to this object.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const value = new URLSearchParams(search).get('lang');
		await this.show(isLang(value) ? value : 'en');
	}

	/** Switches to `lang` once its strings have loaded (for a view whose URL is being written). */
	async show(lang: Lang): Promise<void> {
		await loadLanguage(lang);
		this.current = lang;
	}

	get dir() {
		return LANGUAGES[this.current].dir;
	}

	get htmlLang() {
		return LANGUAGES[this.current].htmlLang;
	}

	t: (...args: Parameters<typeof t> extends [Lang, ...infer Rest] ? Rest : never) => string = (
		...args
	) => t(this.current, ...args);

	plural: (
		...args: Parameters<typeof plural> extends [Lang, ...infer Rest] ? Rest : never
	) => string = (...args) => plural(this.current, ...args);

	date = (iso: string) => formatDate(this.current, iso);

	number = (n: number) => formatNumber(this.current, n);

	integer = (n: number) => formatInteger(this.current, n);

	/** A figure's value, a number or a range, in the page's digits. */
	value = (value: number | { min: number; max: number }) => formatValue(this.current, value);

	/** A place's name in the page's language, falling back to English where no source gives one. */
	name = (names: Location['names']) =>
		(this.current === 'en' ? undefined : names[this.current]) ?? names.en;

	/** `path` with the page's language carried along, so a link keeps the reader's language. */
	href = (path: string) => {
		if (this.current === 'en') return path;
		const [base, hash = ''] = path.split('#');
		return `${base}${base!.includes('?') ? '&' : '?'}lang=${this.current}${hash ? `#${hash}` : ''}`;
	};
}

export function provideLang(): LangState {
	return setContext(KEY, new LangState());
}

/** The page's language; English where no layout provides one (component tests). */
export function useLang(): LangState {
	return getContext<LangState | undefined>(KEY) ?? new LangState();
}

import type { Translate } from '../i18n/translator.ts';

/**
 * The words the search UI shows once it runs, in one locale, with `{count}` and `{date}` for the browser to
 * fill in. They are a file of their own beside the search code (see scripts.ts), fetched when search starts,
 * not part of every page: only the loader's "unavailable" line is in the page.
 */
export function searchStrings(t: Translate) {
	return {
		none: t('search.none'),
		results: {
			one: t('search.results', { count: 1, replace: { count: '{count}' } }),
			other: t('search.results', { count: 2, replace: { count: '{count}' } }),
		},
		version: t('search.scopeVersion', { date: '{date}' }),
		upcoming: t('search.scopeUpcoming', { date: '{date}' }),
		dateLocale: t('date.locale'),
	};
}

export type SearchStrings = ReturnType<typeof searchStrings>;

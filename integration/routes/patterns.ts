/**
 * The pages of one statement, relative to its base. `[...locale]` is empty for the default locale; the
 * records are one file for all locales.
 */
export const PAGES = {
	current: '',
	version: '/[version]',
	history: '/changes',
	redline: '/changes/[version]',
	since: '/changes/since/[version]',
	feed: '/changes.xml',
	records: '/policy.json',
} as const;

export type PageKind = keyof typeof PAGES;

export function routePattern(base: string, page: PageKind): string {
	return `${page === 'records' ? '' : '/[...locale]'}/${base}${PAGES[page]}`;
}

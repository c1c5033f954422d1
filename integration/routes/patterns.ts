/**
 * The pages of one document, relative to its base. `[...locale]` is empty for the default locale; the
 * records are one file for all locales.
 */
export const PAGES = {
	current: { pattern: '', entrypoint: 'astro-privacy/routes/current.astro' },
	version: { pattern: '/[version]', entrypoint: 'astro-privacy/routes/version.astro' },
	history: { pattern: '/changes', entrypoint: 'astro-privacy/routes/history.astro' },
	redline: { pattern: '/changes/[version]', entrypoint: 'astro-privacy/routes/redline.astro' },
	since: { pattern: '/changes/since/[version]', entrypoint: 'astro-privacy/routes/since.astro' },
	feed: { pattern: '/changes.xml', entrypoint: 'astro-privacy/routes/feed.xml.ts' },
	records: { pattern: '/policy.json', entrypoint: 'astro-privacy/routes/policy.json.ts' },
} as const;

export type PageKind = keyof typeof PAGES;

export function routePattern(base: string, page: PageKind): string {
	return `${page === 'records' ? '' : '/[...locale]'}/${base}${PAGES[page].pattern}`;
}

import config from 'virtual:astro-privacy/config';

/**
 * Spread on the parts of a page that are not the statement's text (navigation, notices, contact block), so
 * a site's own Pagefind index (`search.hostIndex`) skips them. Without it the whole page is skipped already.
 */
export const notIndexed: Record<string, string> = hostIndex() ? { 'data-pagefind-ignore': '' } : {};

/** Whether the site's own Pagefind index may read the statement's text (`search.hostIndex`). */
export function hostIndex(): boolean {
	return !!config.search && config.search.hostIndex;
}

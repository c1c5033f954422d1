import type { ResolvedConfig } from '../config/resolve.ts';
import type { LocaleKit } from '../i18n/runtime.ts';
import type { StatementModel } from '../model/types.ts';
import type { PolicyPath } from '../model/urls.ts';

/**
 * What a route hands the components of one page of a statement, in one language: the statement, its model
 * (built once per build), the labels and the URLs. Components read this, never the config.
 */
export interface StatementPage {
	/** The statement as configured (an entry of `statements`). */
	statement: ResolvedConfig['statements'][number];
	model: StatementModel;
	locale: string;
	/** The labels, dates and names of `locale`. */
	kit: LocaleKit;
	/** Every locale of the statement, the default first, each named in its own language so a reader finds theirs. */
	languages: { locale: string; name: string }[];
	/** A site-relative URL of a page of this statement, in this page's locale unless another is given. */
	url(path: PolicyPath, locale?: string): string;
	/** The URL made absolute with `site`; without `site` (a warning at startup) it stays root-relative. */
	absolute(href: string): string;
	/** The site's layout renders the page's title itself (`layoutTitle`). */
	layoutTitle: boolean;
	/** The search box's settings, `false` when search is off. */
	search: false | { scope: 'statement' | 'site'; base: string; dev: boolean };
	/** The site's own Pagefind index may read the statement's text (`search.hostIndex`). */
	hostIndex: boolean;
}

/** Spread on the parts of a page that are not the statement's text (navigation, notices), so a host's own index skips them. */
export function notIndexed(page: Pick<StatementPage, 'hostIndex'>): Record<string, string> {
	return page.hostIndex ? { 'data-pagefind-ignore': '' } : {};
}

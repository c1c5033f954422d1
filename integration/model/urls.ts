/** What the URLs depend on: Astro's `base`, `trailingSlash` and `build.format`, and the statement's default locale. */
export interface UrlConfig {
	base: string;
	trailingSlash: 'always' | 'never' | 'ignore';
	defaultLocale: string;
	prefixDefaultLocale: boolean;
	format: 'file' | 'directory' | 'preserve';
}
export type PolicyPath =
	| { kind: 'current' }
	| { kind: 'version'; version: string }
	| { kind: 'history' }
	| { kind: 'redline'; version: string }
	| { kind: 'since'; version: string }
	| { kind: 'feed' }
	| { kind: 'records' };

/** The `[...locale]` route param: empty for the default locale, unless the site prefixes its default locale too. */
export function localeParam(config: Pick<UrlConfig, 'defaultLocale' | 'prefixDefaultLocale'>, locale: string): string | undefined {
	return locale === config.defaultLocale && !config.prefixDefaultLocale ? undefined : locale;
}

/** A site-relative URL, honouring Astro's `base` and `trailingSlash`. */
export function policyUrl(config: UrlConfig, documentBase: string, locale: string, path: PolicyPath): string {
	// The records are one file for all languages.
	const prefix = path.kind === 'records' ? undefined : localeParam(config, locale);
	const segments = [prefix, documentBase];
	if (path.kind === 'version') segments.push(path.version);
	if (path.kind === 'history') segments.push('changes');
	if (path.kind === 'redline') segments.push('changes', path.version);
	if (path.kind === 'since') segments.push('changes', 'since', path.version);
	const siteBase = config.base.replace(/\/$/, '');
	const joined = `${siteBase}/${segments.filter(Boolean).join('/')}`;
	if (path.kind === 'feed') return `${joined}/changes.xml`;
	if (path.kind === 'records') return `${joined}/policy.json`;
	// A page built as `privacy.html` is served at `/privacy`: a trailing slash would miss it.
	return config.trailingSlash === 'never' || config.format !== 'directory' ? joined : `${joined}/`;
}

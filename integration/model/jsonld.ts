import type { Controller } from './types.ts';

/** What a search engine or an archive reads from a version page: schema.org's description of the statement (its `url` is the page's canonical URL). */
export function statementJsonLd(page: { title: string; lang: string; version: string; firstPublished: string; controller: Controller }) {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name: page.title,
		inLanguage: page.lang,
		version: page.version,
		datePublished: page.firstPublished,
		dateModified: page.version,
		publisher: { '@type': 'Organization', name: page.controller.name },
	};
}

/**
 * JSON to put inside a `<script>` element: `<` is escaped, so no string in it (a title with `</script>`)
 * can end the element early.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}

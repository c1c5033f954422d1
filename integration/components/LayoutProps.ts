/**
 * What the `layout` option's component receives, besides the page in its default slot and, in its `head`
 * slot, the Atom feed link and the `hreflang` alternates (with `x-default`) to render inside `<head>`.
 */
export interface StatementLayoutProps {
	/** The page title, e.g. `Versie van 1 januari 2025 | Privacyverklaring`. */
	title: string;
	/**
	 * The page's main heading, e.g. `Privacyverklaring`. The page renders it as its `<h1>`; with the option
	 * `layoutTitle` it does not, and the layout must (StarlightPage does, from `frontmatter.title`).
	 */
	heading: string;
	/** The page's language, for `<html lang>`. */
	lang: string;
	/** One or two sentences for `<meta name="description">` and `og:description`. */
	description: string;
	/** The page's own absolute URL for `<link rel="canonical">` and `og:url`; root-relative without `site`. */
	canonical: string;
	/** The same page in every language, as in the head slot's `hreflang` links (`x-default` aside). */
	alternates: { lang: string; href: string }[];
	/** The statement's Atom feed, as in the head slot, for a layout that cannot render the slot (Starlight's). */
	feed: { href: string; title: string };
	/**
	 * Whether the site's own search index may read this page (`search.hostIndex`). When `false`, keep the
	 * whole page out, your header and footer too: `data-pagefind-ignore="all"` on `<body>` for Pagefind, or
	 * `pagefind: false` in StarlightPage's frontmatter.
	 */
	hostIndex: boolean;
}

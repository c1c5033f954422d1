/**
 * What the `layout` option's component receives, besides the page in its default slot and, in its `head`
 * slot, the Atom feed link and the `hreflang` alternates (with `x-default`) to render inside `<head>`.
 */
export interface PolicyLayoutProps {
	/** The page title, e.g. `Versie van 1 januari 2025 | Privacyverklaring`. */
	title: string;
	/** The page's language, for `<html lang>`. */
	lang: string;
	/** One or two sentences for `<meta name="description">` and `og:description`. */
	description: string;
	/** The page's own absolute URL for `<link rel="canonical">` and `og:url`; root-relative without `site`. */
	canonical: string;
	/** The same page in every language, as in the head slot's `hreflang` links. */
	alternates: { lang: string; href: string }[];
}

/** Astro's `base` with a trailing slash: where the files below are served from. */
export const siteBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The folder of the output that is astro-privacy's own: the search index and its scripts. */
export const SEARCH_ROOT = '_astro-privacy';

/** Where the policy index goes, apart from a site's own `/pagefind/` (Starlight's, say), which it leaves alone. */
export const SEARCH_BUNDLE = `${SEARCH_ROOT}/pagefind`;

/** The loader, the only script a page loads before search is used (see loader.ts). */
export const SEARCH_LOADER = `${SEARCH_ROOT}/loader.js`;

/** The search UI, compiled from `client.ts` into the output, so the page's loader can import it by URL. */
export const SEARCH_CLIENT = `${SEARCH_ROOT}/search.js`;

/** The search UI's words, `<locale>.json` per locale (see strings.ts). */
export const SEARCH_STRINGS = `${SEARCH_ROOT}/strings`;

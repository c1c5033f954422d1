/** Astro's `base` with a trailing slash: where the files below are served from. */
export const siteBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** Where the policy index goes, apart from a site's own `/pagefind/` (Starlight's, say), which it leaves alone. */
export const SEARCH_BUNDLE = '_astro-privacy/pagefind';

/** The loader, the only script a page loads before search is used (see loader.ts). */
export const SEARCH_LOADER = '_astro-privacy/loader.js';

/** The search UI, compiled from `client.ts` into the output, so the page's loader can import it by URL. */
export const SEARCH_CLIENT = '_astro-privacy/search.js';

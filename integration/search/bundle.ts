/** Where the policy index goes, apart from a site's own `/pagefind/` (Starlight's, say), which it leaves alone. */
export const SEARCH_BUNDLE = '_astro-privacy/pagefind';

/** Where the build writes the search records, which become the index and are then deleted. */
export const SEARCH_RECORDS = '_astro-privacy/search-records';

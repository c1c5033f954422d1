/** Where the policy index goes, apart from a site's own `/pagefind/` (Starlight's, say), which it leaves alone. */
export const SEARCH_BUNDLE = '_astro-privacy/pagefind';

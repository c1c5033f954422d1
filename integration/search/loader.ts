/**
 * The only script a policy page loads before search is used: it shows the search box, and imports the
 * search code and Pagefind on the first focus. Served as a file of its own (never inline), so a strict
 * Content-Security-Policy without hashes allows it. Under `astro dev` there is no index; it says so.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-policy-search]')) {
	root.hidden = false;
	const unavailable = () => (root.querySelector('[role="status"]')!.textContent = root.dataset.unavailable!);
	const start = () => (root.dataset.client ? import(/* @vite-ignore */ root.dataset.client).then((m) => m.startSearch(root), unavailable) : unavailable());
	root.addEventListener('focusin', start, { once: true });
}

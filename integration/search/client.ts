/** The search UI: runs in the browser after the reader first focuses the search box. */

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
}
interface PagefindData {
	url: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string, options: { filters: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

export async function startSearch(root: HTMLElement) {
	const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
	const scope = root.querySelector<HTMLSelectElement>('select[name="version"]')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const list = root.querySelector<HTMLOListElement>('ol')!;
	const strings = JSON.parse(root.dataset.strings!);
	const dates: Record<string, string> = JSON.parse(root.dataset.dates!);
	let pagefind: Pagefind;
	try {
		pagefind = await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`);
		await pagefind.options({ baseUrl: root.dataset.base! });
	} catch {
		status.textContent = strings.unavailable;
		return;
	}

	let latest = 0;
	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		// Upcoming text is found only under its own version, never under "all".
		const filters = scope.value === 'all' ? { status: { any: ['current', 'earlier'] } } : { version: scope.value };
		const search = await pagefind.search(query, { filters });
		const pages = await Promise.all((search?.results ?? []).slice(0, 10).map((r) => r.data()));
		if (ticket !== latest) return;
		const hits = pages.flatMap((page, rank) =>
			page.sub_results.filter((s) => s.url.includes('#')).map((s) => ({ ...s, page, score: s.locations.length - rank * 0.01 })),
		);
		hits.sort((a, b) => b.score - a.score);
		list.replaceChildren(...hits.slice(0, 20).map((hit) => resultItem(hit, hit.page.meta, strings, dates)));
		const form = new Intl.PluralRules(document.documentElement.lang).select(hits.length) === 'one' ? 'one' : 'other';
		status.textContent = hits.length === 0 ? strings.none : strings.results[form].replace('{count}', String(hits.length));
	};
	input.addEventListener('input', run);
	scope.addEventListener('change', run);
	if (input.value) void run();
}

function resultItem(hit: PagefindSubResult, meta: Record<string, string>, strings: Record<string, string>, dates: Record<string, string>): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = hit.url;
	link.textContent = hit.title;
	item.append(link);
	if (meta.status === 'earlier' || meta.status === 'upcoming') {
		const label = document.createElement('span');
		label.className = 'policy-status';
		label.textContent = strings[meta.status]!.replace('{date}', dates[meta.date!] ?? meta.date!);
		item.append(' ', label);
	}
	const excerpt = document.createElement('p');
	// Pagefind's excerpt is escaped text with <mark> around the hits.
	excerpt.innerHTML = hit.excerpt;
	item.append(excerpt);
	return item;
}

/** The search UI: runs in the browser after the reader first focuses the search box. */
import type { SearchStrings } from './strings.ts';

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	/** A `null` query with filters finds every record they match; `filters` counts its records per filter value. */
	search(
		query: string | null,
		options: { filters: Record<string, unknown> },
	): Promise<{ results: { data(): Promise<PagefindData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

export async function startSearch(root: HTMLElement) {
	const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
	const select = root.querySelector<HTMLSelectElement>('select[name="version"]')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const list = root.querySelector<HTMLOListElement>('ol')!;
	const versionUrl = root.dataset.versionUrl!;
	const statement = root.dataset.statement;
	let pagefind: Pagefind;
	let strings: SearchStrings;
	try {
		// The words are a file of their own, not a weight on every page: fetched while Pagefind loads.
		[pagefind, strings] = await Promise.all([
			import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`),
			fetch(root.dataset.strings!).then((response) => response.json()),
		]);
		await pagefind.options({ baseUrl: root.dataset.base! });
		// The reader is about to type: load the engine and the language's entry now, not on the first key.
		await pagefind.init();
		if (statement) await addVersions(pagefind, statement, root.dataset.current, select, strings);
	} catch {
		status.textContent = root.dataset.unavailable!;
		return;
	}

	// One search at a time: keys typed while one runs make one more search, for the words typed by then, and
	// the results of the one running are dropped unseen. Searching on every key (and fetching each search's
	// excerpts) queued a search per key: on a 500-clause statement the reader waited for all of them.
	let typedOn = false;
	const run = async () => {
		const query = input.value.trim();
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const scope = select.value;
		// Upcoming text is found only under its own version, never under "all".
		const filters: Record<string, unknown> =
			scope === 'current' ? { status: 'current' } : scope === 'all' ? { status: { any: ['current', 'earlier'] } } : { version: scope };
		if (statement) filters.statement = statement;
		const search = await pagefind.search(query, { filters });
		if (typedOn) return;
		// Pagefind's own ranking, kept as it is.
		const hits = await Promise.all((search?.results ?? []).slice(0, 20).map((r) => r.data()));
		if (typedOn) return;
		const chosen = select.selectedOptions[0]!;
		list.replaceChildren(...hits.map((hit) => resultItem(hit, scope, scope === 'current' || scope === 'all' ? '' : chosen.text, versionUrl, !statement)));
		const form = new Intl.PluralRules(document.documentElement.lang).select(hits.length) === 'one' ? 'one' : 'other';
		status.textContent = hits.length === 0 ? strings.none : strings.results[form].replace('{count}', String(hits.length));
	};
	// The list is busy from the first key until the results of the words typed last are in: assistive
	// technology announces the list once, not each search's results on their way out.
	const searchOnce = async () => {
		if (list.hasAttribute('aria-busy')) {
			typedOn = true;
			return;
		}
		list.setAttribute('aria-busy', 'true');
		try {
			do {
				typedOn = false;
				await run();
			} while (typedOn);
		} finally {
			list.removeAttribute('aria-busy');
		}
	};
	input.addEventListener('input', searchOnce);
	select.addEventListener('change', searchOnce);
	if (input.value) void searchOnce();
}

/**
 * An option per earlier or upcoming version of the statement, read from the index's version filter (drafts
 * are never indexed), newest first and before "all versions"; dated as the server dates them.
 */
async function addVersions(pagefind: Pagefind, statement: string, current: string | undefined, select: HTMLSelectElement, strings: SearchStrings) {
	// Pagefind counts only the filters it has loaded.
	await pagefind.filters();
	const found = await pagefind.search(null, { filters: { statement } });
	const format = new Intl.DateTimeFormat(strings.dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
	const versions = Object.keys(found?.filters.version ?? {}).filter((id) => id !== current && found!.filters.version![id]! > 0);
	for (const id of versions.sort().reverse()) {
		const label = (current && id > current ? strings.upcoming : strings.version).replace('{date}', format.format(new Date(`${id}T00:00:00Z`)));
		select.insertBefore(new Option(label, id), select.lastElementChild);
	}
}

/** One hit: searched in one version (`version` is its label), it opens that version; otherwise the newest that has the text. */
function resultItem(hit: PagefindData, scope: string, version: string, versionUrl: string, named: boolean): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = version ? `${versionUrl.replace('{version}', scope)}#${hit.meta.clause}` : hit.url;
	link.textContent = named ? `${hit.meta.title} (${hit.meta.statement})` : hit.meta.title!;
	item.append(link);
	const label = version || (scope === 'all' ? hit.meta.label! : '');
	if (label) {
		const badge = document.createElement('span');
		badge.className = 'policy-status';
		badge.textContent = label;
		item.append(' ', badge);
	}
	const excerpt = document.createElement('p');
	// Pagefind's excerpt is escaped text with <mark> around the hits.
	excerpt.innerHTML = hit.excerpt;
	item.append(excerpt);
	return item;
}

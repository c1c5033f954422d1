import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledStrings } from '../../integration/i18n/strings.ts';
import { startSearchIndex } from '../../integration/search/pagefind.ts';
import type { SearchRecordData } from '../../integration/search/records.ts';

// Real Pagefind, in its worker thread, on a few records: what the browser's search (client.ts) reads back.

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build's output folder, with one page in it already. */
function outDir() {
	const dir = mkdtempSync(join(tmpdir(), 'astro-privacy-search-'));
	dirs.push(dir);
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
	return dir;
}

const logger = () => ({ info: vi.fn() });

/** A site's cache folder, where the index is written before it goes into the output. */
function cacheDir() {
	const dir = mkdtempSync(join(tmpdir(), 'astro-privacy-cache-'));
	dirs.push(dir);
	return dir;
}
const site = { statements: [], locales: [], strings: { nl: bundledStrings.nl! } };

/** A build's index: started before the pages, each record added as its page renders, put in the output after them. */
function buildSearchIndex(dir: string, records: SearchRecordData[], log: AstroIntegrationLogger) {
	const index = startSearchIndex(cacheDir(), site);
	for (const r of records) index.receive(r);
	return index.finish(dir, log);
}

/** The error a build that should fail fails with. */
const failure = (dir: string, records: SearchRecordData[], log = logger()) =>
	buildSearchIndex(dir, records, log as unknown as AstroIntegrationLogger).then(
		() => expect.unreachable('the index was built'),
		(error: Error & { hint?: string }) => error,
	);

const record = (fields: Partial<SearchRecordData> = {}): SearchRecordData => ({
	url: '/privacy/#intro',
	lang: 'nl',
	title: 'Inleiding',
	summary: 'Kort gezegd.',
	html: '<p>Wij verwerken <strong>gegevens</strong>.</p>',
	facts: [],
	statement: 'privacy',
	statementTitle: 'Privacyverklaring',
	clause: 'intro',
	versions: ['2019-01-01', '2020-01-01'],
	statuses: ['earlier', 'current'],
	label: 'In de versies van 1 januari 2019 tot 1 januari 2020',
	...fields,
});

interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

/** The records as Pagefind stored them: a gzipped fragment per record, `pagefind_dcd` and JSON. */
function fragments(dir: string): Map<string, Fragment> {
	const folder = join(dir, '_astro-privacy/pagefind/fragment');
	const all = readdirSync(folder).map(
		(file) =>
			JSON.parse(
				gunzipSync(readFileSync(join(folder, file)))
					.toString()
					.replace(/^pagefind_dcd/, ''),
			) as Fragment,
	);
	return new Map(all.map((fragment) => [fragment.url, fragment]));
}

const pageCounts = (dir: string) =>
	(JSON.parse(readFileSync(join(dir, '_astro-privacy/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
		.languages;

describe('the search index of a build', () => {
	it('indexes each record under its URL and language, with the filters and meta the search UI reads', async () => {
		const dir = outDir();
		const log = logger();
		await buildSearchIndex(
			dir,
			[
				record(),
				record({
					url: '/en/privacy/2021-01-01/#cookies',
					lang: 'en',
					title: 'Cookies <b>& tracking',
					summary: undefined,
					html: '<p>We set <em>one</em> cookie.</p>',
					statement: 'cookies',
					statementTitle: 'Cookie statement',
					clause: 'cookies',
					versions: ['2021-01-01'],
					statuses: ['upcoming'],
					label: 'In the version of 1 January 2021',
				}),
			],
			log as unknown as AstroIntegrationLogger,
		);

		expect(pageCounts(dir)).toEqual({ nl: expect.objectContaining({ page_count: 1 }), en: expect.objectContaining({ page_count: 1 }) });
		const found = fragments(dir);
		expect([...found.keys()].sort()).toEqual(['/en/privacy/2021-01-01/#cookies', '/privacy/#intro']);

		const nl = found.get('/privacy/#intro')!;
		// The title, the summary and the clause's text; the filter and meta tags add no words.
		expect(nl.content).toBe('Inleiding. Kort gezegd. Wij verwerken gegevens.');
		expect(nl.filters).toEqual({ statement: ['privacy'], version: ['2019-01-01', '2020-01-01'], status: ['earlier', 'current'] });
		expect(nl.meta).toEqual({
			title: 'Inleiding',
			clause: 'intro',
			versions: '2019-01-01 2020-01-01',
			label: 'In de versies van 1 januari 2019 tot 1 januari 2020',
			statement: 'Privacyverklaring',
		});

		const en = found.get('/en/privacy/2021-01-01/#cookies')!;
		// A title that looks like markup is text; no summary, no paragraph for it.
		expect(en.content).toBe('Cookies <b>& tracking. We set one cookie.');
		expect(en.meta.title).toBe('Cookies <b>& tracking');
		expect(en.filters).toEqual({ statement: ['cookies'], version: ['2021-01-01'], status: ['upcoming'] });
		expect(en.meta.versions).toBe('2021-01-01');

		// The browser scripts and their words go beside the index, and the build is told what was indexed.
		expect(readdirSync(join(dir, '_astro-privacy')).sort()).toEqual(['loader.js', 'pagefind', 'search.js', 'strings']);
		expect(existsSync(join(dir, 'index.html'))).toBe(true);
		expect(log.info).toHaveBeenCalledExactlyOnceWith('Indexed 2 distinct clause texts for search in _astro-privacy/pagefind/');
	});

	it("indexes a purpose's register facts after its text, each label and value a block of its own, as text", async () => {
		const dir = outDir();
		const facts = [
			{ label: 'Bewaartermijn', values: ['6 weken'] },
			{ label: 'Bent u verplicht de gegevens te geven?', values: ['Niet verplicht'] },
			{ label: 'Ontvangers', values: ['Moneybird B.V. (verwerker)', '<b>Bank</b> & co (verwerker)'] },
		];
		await buildSearchIndex(dir, [record({ facts })], logger() as unknown as AstroIntegrationLogger);
		expect(fragments(dir).get('/privacy/#intro')!.content).toBe(
			'Inleiding. Kort gezegd. Wij verwerken gegevens. Bewaartermijn. 6 weken. Bent u verplicht de gegevens te geven? Niet verplicht. Ontvangers. Moneybird B.V. (verwerker). <b>Bank</b> & co (verwerker).',
		);
	});

	it('names the clause text Pagefind refuses, and removes the output', async () => {
		const dir = outDir();
		const log = logger();
		// No URL to index it under: Pagefind refuses the second record and indexes the first.
		const refused = record({
			url: undefined as unknown as string,
			lang: 'en',
			statement: 'cookies',
			clause: 'third-party',
			versions: ['2021-01-01', '2022-01-01'],
		});
		const error = await failure(dir, [record(), refused], log);

		expect(error.message).toMatch(
			/^Pagefind could not index 1 clause text\(s\):\n- statement "cookies", clause "third-party" \(en, versions 2021-01-01, 2022-01-01\): \S.*$/,
		);
		expect(error.hint).toBe('Look at the clause text named; set `search: false` in the astroPrivacy() options to build without search meanwhile.');
		// Nothing half-built is left for a deploy to pick up.
		expect(existsSync(dir)).toBe(false);
		expect(log.info).not.toHaveBeenCalled();
	});

	it('reports an index that cannot be written (a file where its folder must go), and removes the output and what it wrote aside', async () => {
		const [cache, dir] = [cacheDir(), outDir()];
		writeFileSync(join(dir, '_astro-privacy'), 'a file from public/');
		const search = startSearchIndex(cache, site);
		search.receive(record());
		const error = await search.finish(dir, logger() as unknown as AstroIntegrationLogger).then(
			() => expect.unreachable('the index was built'),
			(e: Error & { hint?: string }) => e,
		);
		expect(readdirSync(cache)).toEqual([]);

		const index = join(dir, '_astro-privacy/pagefind');
		expect(error.message).toMatch(new RegExp(`^Pagefind could not write the search index to ${index}: E[A-Z]+: .*${join(dir, '_astro-privacy')}.*\\.$`));
		expect(error.hint).toBe(
			`Check that ${index} can be written (nothing else, such as a file in public/, may take that path); set \`search: false\` in the astroPrivacy() options to build without search meanwhile.`,
		);
		expect(existsSync(dir)).toBe(false);
	});

	it('writes the index aside as soon as every record is in, and puts it in the output when the pages are done', async () => {
		const [cache, dir] = [cacheDir(), outDir()];
		const index = startSearchIndex(cache, { ...site, statements: [{ id: 'privacy' }] as never, locales: ['nl'] });
		expect(index.sources).toEqual(['privacy|nl']);
		index.receive(record());
		index.complete();
		const staged = join(cache, 'astro-privacy-search/pagefind-entry.json');
		await vi.waitFor(() => expect(existsSync(staged)).toBe(true), { timeout: 20_000, interval: 20 });
		await index.finish(dir, logger() as unknown as AstroIntegrationLogger);
		expect(pageCounts(dir)).toEqual({ nl: expect.objectContaining({ page_count: 1 }) });
		expect(readdirSync(cache)).toEqual([]);
	});

	it('writes over what a build that failed left aside, so nothing of it reaches the output', async () => {
		const [cache, dir] = [cacheDir(), outDir()];
		mkdirSync(join(cache, 'astro-privacy-search/fragment'), { recursive: true });
		writeFileSync(join(cache, 'astro-privacy-search/fragment/en_stale.pf_fragment'), 'an earlier build');
		const index = startSearchIndex(cache, site);
		index.receive(record());
		await index.finish(dir, logger() as unknown as AstroIntegrationLogger);
		expect(readdirSync(join(dir, '_astro-privacy/pagefind/fragment'))).not.toContain('en_stale.pf_fragment');
		expect(fragments(dir).size).toBe(1);
	});

	it('ends its thread when a build stops before its pages are written, and writes nothing', async () => {
		const [cache, dir] = [cacheDir(), outDir()];
		const index = startSearchIndex(cache, site);
		index.receive(record());
		index.stop();
		const error = await index.finish(dir, logger() as unknown as AstroIntegrationLogger).then(
			() => expect.unreachable('the index was written'),
			(e: Error) => e,
		);
		expect(error.message).toMatch(/: it stopped without finishing \(exit code \d+\)\.$/);
		expect(existsSync(dir)).toBe(false);
		expect(readdirSync(cache)).toEqual([]);
	});
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

/** The fixture with search on and the given Astro settings, as if it had always been published with them. */
const configured = (astro: string, urls: Record<string, string>) => (root: string) => {
	const config = join(root, 'astro.config.mjs');
	writeFileSync(config, readFileSync(config, 'utf8').replace('search: false,', 'search: true,').replace("site: 'https://fixture.example',", `site: 'https://fixture.example',\n\t${astro},`));
	const lock = join(root, 'content/privacy/policy.lock.json');
	writeFileSync(lock, JSON.stringify({ ...JSON.parse(readFileSync(lock, 'utf8')), urls }));
};
/** The fixture with the given `search` option. */
const searchOption = (option: string) => (root: string) => {
	configured('trailingSlash: "ignore"', { nl: '/privacy/', en: '/en/privacy/' })(root);
	const config = join(root, 'astro.config.mjs');
	writeFileSync(config, readFileSync(config, 'utf8').replace('search: true,', `search: ${option},`));
};
const pageCount = (site: Awaited<ReturnType<typeof buildFixture>>, locale: string) => JSON.parse(site.read('_astro-privacy/pagefind/pagefind-entry.json')).languages[locale].page_count;

describe('every URL format', () => {
	// Distinct texts the fixture shows in one language: intro, newsletter and retention of 2020, retention of 2022, transfers of 2030.
	const distinctTexts = 5;

	for (const format of ['file', 'preserve'] as const) {
		it(`build.format '${format}': pages are privacy.html, links have no trailing slash, the index is complete`, async () => {
			const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: configured(`build: { format: '${format}' }`, { nl: '/privacy', en: '/en/privacy' }) });
			const nl = site.read('privacy.html');
			expect(nl).toContain('<a href="/en/privacy" hreflang="en" lang="en">English</a>');
			expect(nl).toContain('href="/privacy/changes"');
			expect(site.exists('privacy/2020-01-01.html')).toBe(true);
			expect(pageCount(site, 'nl')).toBe(distinctTexts);
			expect(readdirSync(join(site.dist, '_astro-privacy')).sort()).toEqual(['pagefind', 'search.js']);
		});
	}

	it("a base path and trailingSlash 'never'", async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: configured("base: '/docs', trailingSlash: 'never'", { nl: '/docs/privacy', en: '/docs/en/privacy' }) });
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('<a href="/docs/en/privacy" hreflang="en" lang="en">English</a>');
		expect(nl).toContain('data-bundle="/docs/_astro-privacy/pagefind/"');
		expect(pageCount(site, 'en')).toBe(distinctTexts);
	});

	it("search scope 'site' searches every statement and says so", async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: searchOption("{ scope: 'site' }") });
		const nl = site.read('privacy/index.html');
		expect(nl).toMatch(/data-document data-strings/);
		expect(nl).toContain('Zoek in alle verklaringen');
	});

	it('search.hostIndex: the clause text is left to the site\'s own index, the rest of the page is not', async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: searchOption('{ hostIndex: true }') });
		const nl = site.read('privacy/index.html');
		expect(nl).toMatch(/<article class="policy" lang="nl" data-astro-privacy="true">/);
		for (const part of ['<header', '<nav class="policy-toc"', '<aside class="policy-contact"', '<nav class="policy-versions"', '<p class="policy-fingerprint"']) {
			expect(nl).toMatch(new RegExp(`${part}[^>]* data-pagefind-ignore[ >]`));
		}
		expect(nl).not.toMatch(/<section[^>]*data-pagefind-ignore/);
	});

	it('without `site` (not strict), links to itself root-relative, never to the build machine', async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: (root) => {
			const config = join(root, 'astro.config.mjs');
			writeFileSync(config, readFileSync(config, 'utf8').replace("site: 'https://fixture.example',", '').replace('strict: true,', 'strict: false,'));
		} });
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('<link rel="alternate" hreflang="en" href="/en/privacy/">');
		expect(nl).toContain('<link rel="canonical" href="/privacy/">');
		expect(nl).not.toContain('localhost');
	});

	it("i18n.routing.prefixDefaultLocale: every language gets a prefix, as the site's own pages do", async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: configured("i18n: { defaultLocale: 'nl', locales: ['nl', 'en'], routing: { prefixDefaultLocale: true } }", { nl: '/nl/privacy/', en: '/en/privacy/' }) });
		const nl = site.read('nl/privacy/index.html');
		expect(nl).toContain('<a href="/en/privacy/" hreflang="en" lang="en">English</a>');
		expect(nl).toContain('<link rel="alternate" hreflang="x-default" href="https://fixture.example/nl/privacy/">');
		expect(site.read('en/privacy/2020-01-01/index.html')).toContain('<a href="/nl/privacy/2020-01-01/" hreflang="nl" lang="nl">Nederlands</a>');
		expect(site.exists('privacy/index.html')).toBe(false);
	});

	it('statements[].contact: false leaves the built-in contact block out, for a statement whose clause gives it', async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: (root) => {
			const config = join(root, 'astro.config.mjs');
			writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', "strict: true,\n\t\t\tstatements: [{ id: 'privacy', contact: false }],"));
		} });
		expect(site.read('privacy/index.html')).not.toContain('policy-contact');
		expect(site.read('privacy/index.html')).toContain('<h2 id="retention">');
	});
});

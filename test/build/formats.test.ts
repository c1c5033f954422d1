import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

/** The fixture with search on and the given Astro settings, as if it had always been published with them. */
const configured = (astro: string, urls: Record<string, string>) => (root: string) => {
	const config = join(root, 'astro.config.mjs');
	writeFileSync(
		config,
		readFileSync(config, 'utf8')
			.replace('search: false,', 'search: true,')
			.replace("site: 'https://fixture.example',", `site: 'https://fixture.example',\n\t${astro},`),
	);
	const lock = join(root, 'content/privacy/policy.lock.json');
	writeFileSync(lock, JSON.stringify({ ...JSON.parse(readFileSync(lock, 'utf8')), urls }));
};
/** The fixture with the given `search` option. */
const searchOption = (option: string) => (root: string) => {
	configured('trailingSlash: "ignore"', { nl: '/privacy/', en: '/en/privacy/' })(root);
	const config = join(root, 'astro.config.mjs');
	writeFileSync(config, readFileSync(config, 'utf8').replace('search: true,', `search: ${option},`));
};
const pageCount = (site: Awaited<ReturnType<typeof buildFixture>>, locale: string) =>
	JSON.parse(site.read('_astro-privacy/pagefind/pagefind-entry.json')).languages[locale].page_count;

describe('every URL format', () => {
	// Distinct texts the fixture shows in one language: intro, newsletter and retention of 2020, retention of 2022, transfers of 2030.
	const distinctTexts = 5;

	for (const format of ['file', 'preserve'] as const) {
		it(`build.format '${format}': pages are privacy.html, links have no trailing slash, the index is complete`, async () => {
			const site = await buildFixture('basic', {
				buildDate: '2025-01-01',
				edit: configured(`build: { format: '${format}' }`, { nl: '/privacy', en: '/en/privacy' }),
			});
			const nl = site.read('privacy.html');
			expect(nl).toContain('<a href="/en/privacy" hreflang="en" lang="en">English</a>');
			expect(nl).toContain('href="/privacy/changes"');
			expect(site.exists('privacy/2020-01-01.html')).toBe(true);
			expect(pageCount(site, 'nl')).toBe(distinctTexts);
			expect(readdirSync(join(site.dist, '_astro-privacy')).sort()).toEqual(['loader.js', 'pagefind', 'search.js', 'strings']);
		});
	}

	it("a base path and trailingSlash 'never'", async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: configured("base: '/docs', trailingSlash: 'never'", { nl: '/docs/privacy', en: '/docs/en/privacy' }),
		});
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('<a href="/docs/en/privacy" hreflang="en" lang="en">English</a>');
		expect(nl).toContain('data-bundle="/docs/_astro-privacy/pagefind/"');
		expect(nl).toContain('data-strings="/docs/_astro-privacy/strings/nl.json"');
		expect(site.exists('_astro-privacy/strings/nl.json')).toBe(true);
		expect(pageCount(site, 'en')).toBe(distinctTexts);
	});

	it("search scope 'site' searches every statement and says so", async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: searchOption("{ scope: 'site' }") });
		const nl = site.read('privacy/index.html');
		expect(nl).toMatch(/data-statement data-strings/);
		expect(nl).toContain('Zoek in alle verklaringen');
	});

	it("search.hostIndex: the clause text is left to the site's own index, the rest of the page is not", async () => {
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: searchOption('{ hostIndex: true }') });
		const nl = site.read('privacy/index.html');
		expect(nl).toMatch(/<article class="policy" lang="nl" data-astro-privacy="true">/);
		for (const part of ['<header', '<nav class="policy-toc"', '<nav class="policy-versions"', '<p class="policy-fingerprint"']) {
			expect(nl).toMatch(new RegExp(`${part}[^>]* data-pagefind-ignore[ >]`));
		}
		// The contact block is wrapped, so a site's own block (components.ContactBlock) is skipped too.
		expect(nl).toContain('<div data-pagefind-ignore><aside class="policy-contact"');
		expect(nl).not.toMatch(/<section[^>]*data-pagefind-ignore/);
	});

	it('without `site` (not strict), links to itself root-relative, never to the build machine', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				const config = join(root, 'astro.config.mjs');
				writeFileSync(config, readFileSync(config, 'utf8').replace("site: 'https://fixture.example',", '').replace('strict: true,', 'strict: false,'));
			},
		});
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('<link rel="alternate" hreflang="en" href="/en/privacy/">');
		expect(nl).toContain('<link rel="canonical" href="/privacy/">');
		expect(nl).not.toContain('localhost');
	});

	it("i18n.routing.prefixDefaultLocale: every language gets a prefix, as the site's own pages do", async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: configured("i18n: { defaultLocale: 'nl', locales: ['nl', 'en'], routing: { prefixDefaultLocale: true } }", {
				nl: '/nl/privacy/',
				en: '/en/privacy/',
			}),
		});
		const nl = site.read('nl/privacy/index.html');
		expect(nl).toContain('<a href="/en/privacy/" hreflang="en" lang="en">English</a>');
		expect(nl).toContain('<link rel="alternate" hreflang="x-default" href="https://fixture.example/nl/privacy/">');
		expect(site.read('en/privacy/2020-01-01/index.html')).toContain('<a href="/nl/privacy/2020-01-01/" hreflang="nl" lang="nl">Nederlands</a>');
		expect(site.exists('privacy/index.html')).toBe(false);
	});

	it('statements[].contact: false leaves the built-in contact block out, for a statement whose clause gives it', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				const config = join(root, 'astro.config.mjs');
				writeFileSync(
					config,
					readFileSync(config, 'utf8').replace(
						"statements: [{ id: 'privacy', art13: false }],",
						"statements: [{ id: 'privacy', contact: false, art13: false }],",
					),
				);
			},
		});
		expect(site.read('privacy/index.html')).not.toContain('policy-contact');
		expect(site.read('privacy/index.html')).toContain('<h2 id="retention">');
	});

	it('sections: an intro without a heading, numbered sections and sub-sections one level down, nested contents', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				const config = join(root, 'astro.config.mjs');
				writeFileSync(
					config,
					readFileSync(config, 'utf8')
						.replace('strict: true,', 'strict: false,')
						.replace("statements: [{ id: 'privacy', art13: false }],", "statements: [{ id: 'privacy', numbering: 'decimal', art13: false }],"),
				);
				const clause = (locale: string, id: string, frontmatter: string, text: string) => {
					mkdirSync(join(root, `content/privacy/${locale}/${id}`), { recursive: true });
					writeFileSync(join(root, `content/privacy/${locale}/${id}/2032-01-01.mdx`), `---\n${frontmatter}\n---\n\n${text}\n`);
				};
				// The fixture's draft of 2031 would come before the new version.
				for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(root, 'content/privacy', file));
				writeFileSync(
					join(root, 'content/privacy/versions/2032-01-01.yaml'),
					'summary:\n  nl: Met inleiding en onderdelen.\n  en: With an introduction and sub-sections.\n',
				);
				clause('nl', 'welcome', 'title: Welkom\norder: 1\nintro: true', 'Dit is onze privacyverklaring.');
				clause('en', 'welcome', 'title: Welcome\norder: 1\nintro: true', 'This is our privacy statement.');
				clause('nl', 'logs', 'title: Logbestanden\norder: 10\nparent: retention', 'Zes weken.');
				clause('en', 'logs', 'title: Log files\norder: 10\nparent: retention', 'Six weeks.');
			},
		});
		const nl = site.read('privacy/2032-01-01/index.html');
		// The intro comes before the contents, with its anchor and no heading.
		expect(nl).toMatch(/<section id="welcome"><header><p><a .*?<\/a><\/p><\/header><p>Dit is onze privacyverklaring.<\/p><\/section><nav class="policy-toc"/);
		expect(nl).toContain('<h2 id="intro"><span class="policy-number">1</span> Wie wij zijn</h2>');
		expect(nl).toContain('<h2 id="retention"><span class="policy-number">2</span> Bewaartermijnen</h2>');
		expect(nl).toContain('<h3 id="logs"><span class="policy-number">2.1</span> Logbestanden</h3>');
		expect(nl).toContain('<li><a href="#retention">2 Bewaartermijnen</a><ol class="policy-numbered"><li><a href="#logs">2.1 Logbestanden</a></li></ol></li>');
		expect(nl).not.toContain('href="#welcome"');
	});
});

describe('controller facts', () => {
	it('several statements name different controllers; a postal address only, a privacy e-mail, a country and a note per language show as such', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: (root) => {
				cpSync(join(root, 'content/privacy'), join(root, 'content/cookies'), { recursive: true });
				rmSync(join(root, 'content/cookies/policy.lock.json'));
				writeFileSync(
					join(root, 'content/cookies/nl/intro/2020-01-01.mdx'),
					'---\ntitle: Wie wij zijn\norder: 10\n---\n\nSchrijf ons: <Controller field="postalAddress" />.\n',
				);
				const group =
					"{ name: 'Testgroep B.V.', postalAddress: ['Postbus 12', '1000 AA Amsterdam'], country: 'NL', email: 'info@groep.example', privacyEmail: 'privacy@groep.example', kvk: '87654321', note: { nl: 'Bel ons op werkdagen.', en: 'Call us on working days.' } }";
				const config = join(root, 'astro.config.mjs');
				writeFileSync(
					config,
					readFileSync(config, 'utf8')
						.replace('strict: true,', 'strict: false,')
						.replace(
							"statements: [{ id: 'privacy', art13: false }],",
							`statements: [{ id: 'privacy', art13: false }, { id: 'cookies', art13: false, controller: ${group} }],`,
						),
				);
			},
		});
		const cookies = site.read('cookies/index.html');
		expect(cookies).toContain(
			'<p><strong>Testgroep B.V.</strong></p><dl><dt>Postadres (geen bezoekadres)</dt><dd><address>Postbus 12<br>1000 AA Amsterdam<br>Nederland</address></dd><dt>E-mail</dt><dd><a href="mailto:info@groep.example">info@<wbr>groep<wbr>.example</a></dd><dt>E-mail voor privacyvragen</dt><dd><a href="mailto:privacy@groep.example">privacy@<wbr>groep<wbr>.example</a></dd><dt>KvK-nummer</dt><dd class="policy-identifier">87654321</dd></dl><p>Bel ons op werkdagen.</p>',
		);
		expect(cookies).toContain('<p>Schrijf ons: Postbus 12, 1000 AA Amsterdam.</p>');
		expect(site.read('en/cookies/index.html')).toContain(
			'<dt>Postal address (not a visiting address)</dt><dd><address>Postbus 12<br>1000 AA Amsterdam<br>Netherlands</address></dd>',
		);
		expect(site.read('en/cookies/index.html')).toContain('<p>Call us on working days.</p>');
		const privacy = site.read('privacy/index.html');
		expect(privacy).toContain('<p><strong>Testhost B.V.</strong></p><dl><dt>Bezoekadres</dt><dd><address>Teststraat 1<br>1234 AB Amsterdam</address></dd>');
		expect(privacy).not.toContain('Testgroep');
	});
});

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildError, buildFixture } from './fixture.ts';

/**
 * Configurations a site may have, each built from the basic fixture and checked in its dist/: the
 * matrix of options that change what is built, one small site per cell.
 */
type Edit = (root: string) => void;
const options =
	(text: string): Edit =>
	(root) => {
		const config = join(root, 'astro.config.mjs');
		writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true,', text));
	};
const astro =
	(text: string): Edit =>
	(root) => {
		const config = join(root, 'astro.config.mjs');
		writeFileSync(config, readFileSync(config, 'utf8').replace("site: 'https://fixture.example',", `site: 'https://fixture.example',\n\t${text},`));
	};
/** The lock as if the statement had been published at these URLs all along. */
const lockedAt =
	(urls: Record<string, string>): Edit =>
	(root) => {
		const lock = join(root, 'content/privacy/policy.lock.json');
		writeFileSync(lock, JSON.stringify({ ...JSON.parse(readFileSync(lock, 'utf8')), urls }));
	};
const all =
	(...edits: Edit[]): Edit =>
	(root) =>
		edits.forEach((edit) => edit(root));
const remove =
	(...paths: string[]): Edit =>
	(root) =>
		paths.forEach((path) => rmSync(join(root, 'content/privacy', path), { recursive: true }));

describe('the scenario matrix', () => {
	it('strict off: an unlocked version builds (and warns); strict on: it fails and names the fix', async () => {
		const version = (root: string) => writeFileSync(join(root, 'content/privacy/versions/2032-01-01.yaml'), 'summary:\n  nl: Nieuw.\n  en: New.\n');
		const drop = remove('versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx');
		const relaxed = await buildFixture('basic', { buildDate: '2033-01-01', edit: all(drop, version, options('strict: false,')) });
		expect(relaxed.read('privacy/index.html')).toContain('1 januari 2032');
		const error = await buildError('basic', { buildDate: '2033-01-01', edit: all(drop, version) });
		expect(error.message).toContain('privacy: version(s) 2032-01-01 not in content/privacy/policy.lock.json, so their text is not protected.');
		expect(error.hint).toContain('Run `npm run lock`');
	});

	it("missingTranslation: 'notice' publishes a clause missing in English in Dutch, marked as such", async () => {
		const site = await buildFixture('basic', {
			buildDate: '2031-06-01',
			edit: all(remove('en/transfers', 'policy.lock.json'), options("strict: false,\n\t\t\tmissingTranslation: 'notice',")),
		});
		const en = site.read('en/privacy/index.html');
		expect(en).toContain('<h2 id="transfers" lang="nl">Doorgifte</h2>');
		expect(en).toContain('This section is not yet available in English. It is shown in Dutch.');
		expect(en).toMatch(/<div lang="nl"><p>Onze spamfilter/);
		expect(site.read('privacy/index.html')).not.toContain('not yet available');
	});

	it('a single-language site: Dutch only, no language switch, no alternates to pages that do not exist', async () => {
		const dutchOnly = (root: string) => {
			rmSync(join(root, 'content/privacy'), { recursive: true });
			mkdirSync(join(root, 'content/privacy/nl/intro'), { recursive: true });
			mkdirSync(join(root, 'content/privacy/versions'));
			writeFileSync(join(root, 'content/privacy/versions/2020-01-01.yaml'), 'summary:\n  nl: Eerste versie.\n');
			writeFileSync(join(root, 'content/privacy/nl/intro/2020-01-01.mdx'), '---\ntitle: Wie wij zijn\norder: 10\n---\n\nTesthost B.V.\n');
		};
		const site = await buildFixture('basic', { buildDate: '2025-01-01', edit: all(dutchOnly, options("strict: false,\n\t\t\tlocales: ['nl'],")) });
		const nl = site.read('privacy/index.html');
		expect(site.exists('en')).toBe(false);
		expect(nl).not.toContain('hreflang="en"');
		expect(nl).not.toContain('aria-label="Taal"');
		expect(JSON.parse(site.read('privacy/policy.json')).locales).toEqual(['nl']);
	});

	it('English first: the site defaults to English, so Dutch moves under /nl/', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: all(
				astro("i18n: { defaultLocale: 'en', locales: ['en', 'nl'] }"),
				options("strict: true,\n\t\t\tlocales: ['en', 'nl'],"),
				lockedAt({ en: '/privacy/', nl: '/nl/privacy/' }),
			),
		});
		expect(site.read('privacy/index.html')).toContain('<html lang="en"');
		expect(site.read('nl/privacy/index.html')).toContain('<html lang="nl"');
		expect(site.read('privacy/index.html')).toContain('<link rel="alternate" hreflang="x-default" href="https://fixture.example/privacy/">');
	});

	it("a base path with trailingSlash 'always'", async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: all(astro("base: '/juridisch', trailingSlash: 'always'"), lockedAt({ nl: '/juridisch/privacy/', en: '/juridisch/en/privacy/' })),
		});
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('href="/juridisch/privacy/changes/"');
		expect(nl).toContain('<link rel="canonical" href="https://fixture.example/juridisch/privacy/">');
		expect(site.read('privacy/changes.xml')).toContain('https://fixture.example/juridisch/privacy/2022-01-01/');
	});

	// The cookie statement has no lock yet (a lock's fingerprints name their statement), so strict is off here.
	it('several statements, each with its own pages, feed and records', async () => {
		const site = await buildFixture('basic', {
			buildDate: '2025-01-01',
			edit: all(
				(root) => cpSync(join(root, 'content/privacy'), join(root, 'content/cookies'), { recursive: true }),
				(root) => rmSync(join(root, 'content/cookies/policy.lock.json')),
				options('strict: false,'),
				(root) => {
					const config = join(root, 'astro.config.mjs');
					writeFileSync(
						config,
						readFileSync(config, 'utf8').replace(
							"statements: [{ id: 'privacy', art13: false }],",
							"statements: [{ id: 'privacy', art13: false }, { id: 'cookies', art13: false }],",
						),
					);
				},
			),
		});
		expect(site.read('cookies/index.html')).toContain('<h1>Cookieverklaring</h1>');
		expect(site.read('privacy/index.html')).toContain('<h1>Privacyverklaring</h1>');
		expect(JSON.parse(site.read('cookies/policy.json')).statement).toBe('cookies');
		expect(site.read('en/cookies/changes.xml')).toContain('https://fixture.example/en/cookies/changes/');
	});
});

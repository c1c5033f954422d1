import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite, copyWithStatement } from './fixture.ts';

type Site = Awaited<ReturnType<typeof buildSite>>;

/** The Starlight fixture with search on, Starlight listed first (as it is) or after astro-privacy. */
function starlightSite(order: 'starlight first' | 'starlight last', edit?: (root: string) => void) {
	const root = copyWithStatement('starlight');
	const config = join(root, 'astro.config.mjs');
	let text = readFileSync(config, 'utf8').replace('search: false,', '');
	if (order === 'starlight last') {
		const starlight = /\t\tstarlight\(.*\),\n/.exec(text)![0];
		text = text.replace(starlight, '').replace(/(\t\t}\),\n)(\t\],)/, `$1${starlight}$2`);
	}
	writeFileSync(config, text);
	edit?.(root);
	return root;
}

/** The pages a Pagefind index lists, per language, from its entry file. */
const indexedPages = (site: Site, folder: string) => {
	const entry = JSON.parse(site.read(`${folder}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
};

/** Every URL a sitemap of the build lists, as the file in dist that serves it. */
function sitemapFiles(site: Site): string[] {
	const sitemaps = readdirSync(site.dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	expect(sitemaps.length).toBeGreaterThan(0);
	return sitemaps.flatMap((f) =>
		[...site.read(f).matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map(([, path]) => `${path!.replace(/\/$/, '/index.html')}`),
	);
}

describe('Starlight and astro-privacy share Pagefind', () => {
	for (const order of ['starlight first', 'starlight last'] as const) {
		it(`locks and builds both search indexes, ${order}, and every sitemap URL is a page`, async () => {
			const root = starlightSite(order);
			const lock = spawnSync(process.execPath, [fileURLToPath(new URL('../../integration/bin/lock.mjs', import.meta.url))], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, POLICY_BUILD_DATE: '2025-01-01' },
			});
			expect(lock.status, `${lock.stdout}${lock.stderr}`).toBe(0);
			expect(lock.stdout).toContain('the lock files were already up to date');
			const site = await buildSite(root, '2025-01-01');
			// Starlight's index has its docs page, and none of the statement's pages; ours has the clause texts.
			expect(indexedPages(site, 'pagefind')).toBe(1);
			expect(indexedPages(site, '_astro-privacy/pagefind')).toBeGreaterThan(4);
			const files = sitemapFiles(site);
			expect(files).toContain('/privacy/index.html');
			for (const file of files) expect(existsSync(join(site.dist, file)), file).toBe(true);
			expect(files.filter((f) => f.includes('_astro-privacy'))).toEqual([]);
		});
	}

	it("in a multilingual Starlight, gives each head link once, the statement's own", async () => {
		const site = await buildSite(
			starlightSite('starlight first', (root) => {
				const config = join(root, 'astro.config.mjs');
				writeFileSync(
					config,
					readFileSync(config, 'utf8').replace(
						"title: 'Docs',",
						"title: 'Docs', locales: { root: { label: 'English', lang: 'en' }, nl: { label: 'Nederlands', lang: 'nl' } },",
					),
				);
				mkdirSync(join(root, 'src/content/docs/nl'), { recursive: true });
				writeFileSync(join(root, 'src/content/docs/nl/index.md'), '---\ntitle: Documentatie\n---\n\nWelkom.\n');
			}),
			'2025-01-01',
		);
		for (const page of ['privacy/changes/2022-01-01/index.html', 'en/privacy/index.html']) {
			const head = site.read(page).slice(0, site.read(page).indexOf('</head>'));
			const links = head.match(/<link [^>]*>/g)!;
			expect(
				links.filter((l, i) => links.indexOf(l) !== i),
				page,
			).toEqual([]);
			// Starlight's root locale is English at /, the statement's Dutch: the alternates are the statement's.
			expect(head).toContain('hreflang="nl" href="https://docs.fixture.example/privacy/');
			expect(head).toContain('hreflang="en" href="https://docs.fixture.example/en/privacy/');
			expect(head).not.toContain('/nl/privacy/');
			expect(head.match(/<title>/g)).toHaveLength(1);
		}
	});
});

describe('a Starlight page under a statement URL', () => {
	it('fails the build with our error naming the page and the statement URL, and leaves no site', async () => {
		const root = starlightSite('starlight first', (r) =>
			writeFileSync(join(r, 'src/content/docs/privacy.md'), '---\ntitle: Privacy\n---\n\nOur old privacy page.\n'),
		);
		const error = await buildSite(root, '2025-01-01').then(
			() => undefined,
			(e: Error & { hint?: string }) => e,
		);
		expect(error?.message).toMatch(/the Starlight page .*src\/content\/docs\/privacy\.md lies under \/privacy\/, where astro-privacy publishes the statement/);
		expect(error?.hint).toContain('Move it out of /privacy/');
		const html = existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')) : [];
		expect(html).toEqual([]);
	});
});

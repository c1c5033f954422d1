import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyWithStatement } from './fixture.ts';

let site: Awaited<ReturnType<typeof buildSite>>;
beforeAll(async () => {
	// A site like Astro's blog starter, with the basic fixture's statement.
	site = await buildSite(copyWithStatement('blog'), '2025-01-01');
}, 120_000);

describe("in a site like Astro's blog starter", () => {
	it("gives the blog's BaseHead the statement's own title and description, and adds the alternates", () => {
		const nl = site.read('privacy/2020-01-01/index.html');
		expect(nl).toContain('<title>Versie van 1 januari 2020 | Privacyverklaring</title>');
		expect(nl).toContain('<meta name="description" content="Hoe Testhost B.V. met uw persoonsgegevens omgaat:');
		expect(nl).not.toContain('Welcome to my website!');
		expect(nl).toContain('<link rel="alternate" hreflang="en" href="https://blog.fixture.example/en/privacy/2020-01-01/">');
		expect(nl).toContain('<link rel="alternate" type="application/atom+xml"');
		for (const page of ['privacy/2020-01-01/index.html', 'en/privacy/changes/2022-01-01/index.html']) {
			const links = site.read(page).match(/<link [^>]*>/g)!;
			expect(
				links.filter((l, i) => links.indexOf(l) !== i),
				page,
			).toEqual([]);
		}
	});

	it('lists only pages that exist in the sitemap, with no filter in its options', () => {
		const paths = [...site.read('sitemap-0.xml').matchAll(/<loc>https:\/\/blog\.fixture\.example(\/[^<]*)<\/loc>/g)].map(([, path]) => path!);
		expect(paths.length).toBeGreaterThan(10);
		for (const path of paths) expect(existsSync(join(site.dist, path, 'index.html')), path).toBe(true);
	});

	it("stays out of the site's own Pagefind index, its header and footer too, with a plain `pagefind --site dist`", () => {
		const pagefind = fileURLToPath(new URL('../../node_modules/.bin/pagefind', import.meta.url));
		const run = spawnSync(pagefind, ['--site', site.dist, '--output-subdir', 'host-index'], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		const entry = JSON.parse(readFileSync(join(site.dist, 'host-index/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		// The blog's own pages, and nothing else.
		const own = readdirSync(site.dist, { recursive: true }).filter((f) => String(f).endsWith('.html') && !/^(en\/)?privacy\//.test(String(f)));
		expect(own.length).toBeGreaterThan(0);
		expect(Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0)).toBe(own.length);
	});

	it('lists the statement in the sitemap with its alternates, without drafts or search records', () => {
		const sitemap = site.read('sitemap-0.xml');
		expect(sitemap).toContain(
			'<url><loc>https://blog.fixture.example/privacy/</loc><xhtml:link rel="alternate" hreflang="en-GB" href="https://blog.fixture.example/en/privacy/"/><xhtml:link rel="alternate" hreflang="nl-NL" href="https://blog.fixture.example/privacy/"/></url>',
		);
		expect(sitemap).toContain('<loc>https://blog.fixture.example/privacy/2020-01-01/</loc>');
		expect(sitemap).not.toContain('2031-01-01');
		expect(sitemap).not.toContain('_astro-privacy');
	});

	it("keeps the blog's own RSS feed next to the statement's Atom feed", () => {
		expect(site.read('rss.xml')).toContain('<title>Blog</title>');
		expect(site.read('privacy/changes.xml')).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
	});
});

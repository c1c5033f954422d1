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
	});

	it('lists the statement in the sitemap with its alternates, without drafts or search records', () => {
		const sitemap = site.read('sitemap-0.xml');
		expect(sitemap).toContain('<url><loc>https://blog.fixture.example/privacy/</loc><xhtml:link rel="alternate" hreflang="en-GB" href="https://blog.fixture.example/en/privacy/"/><xhtml:link rel="alternate" hreflang="nl-NL" href="https://blog.fixture.example/privacy/"/></url>');
		expect(sitemap).toContain('<loc>https://blog.fixture.example/privacy/2020-01-01/</loc>');
		expect(sitemap).not.toContain('2031-01-01');
		expect(sitemap).not.toContain('_astro-privacy');
	});

	it("keeps the blog's own RSS feed next to the statement's Atom feed", () => {
		expect(site.read('rss.xml')).toContain('<title>Blog</title>');
		expect(site.read('privacy/changes.xml')).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyWithStatement } from './fixture.ts';

let site: Awaited<ReturnType<typeof buildSite>>;
beforeAll(async () => {
	// The Starlight fixture has the basic fixture's statement, in Dutch and English, in a site whose i18n Starlight sets to English only.
	site = await buildSite(copyWithStatement('starlight'), '2025-01-01');
}, 120_000);

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('in a Starlight site', () => {
	it('publishes the statement in its own languages, though Starlight declares English only', () => {
		expect(site.read('privacy/index.html')).toContain('<article class="policy" lang="nl"');
		expect(site.read('en/privacy/index.html')).toContain('<article class="policy" lang="en"');
		expect(site.exists('privacy/2020-01-01/index.html')).toBe(true);
		expect(site.exists('index.html')).toBe(true);
	});

	it("renders inside StarlightPage with one title, one language switch, and the head links in Starlight's head", () => {
		const nl = site.read('privacy/2020-01-01/index.html');
		expect(count(nl, /<h1[\s>]/)).toBe(1);
		expect(nl).toMatch(/<h1 id="_top"[^>]*>Privacyverklaring<\/h1>/);
		expect(nl).toContain('<title>Versie van 1 januari 2020 | Privacyverklaring</title>');
		expect(count(nl, /<starlight-lang-select/)).toBe(0);
		expect(count(nl, /aria-label="Taal"/)).toBe(1);
		const head = nl.slice(0, nl.indexOf('</head>'));
		expect(head).toContain('<link rel="alternate" type="application/atom+xml" title="Privacyverklaring: wijzigingen" href="/privacy/changes.xml"/>');
		expect(head).toContain('<link rel="alternate" hreflang="en" href="https://docs.fixture.example/en/privacy/2020-01-01/"/>');
	});

	it("keeps the statement out of Starlight's own search index", () => {
		expect(site.read('privacy/index.html')).toContain('data-pagefind-ignore="all"');
	});
});

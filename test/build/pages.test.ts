import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture.ts';

let site: Awaited<ReturnType<typeof buildFixture>>;
beforeAll(async () => {
	// A page of the site's own that lists the collection: a draft the loader kept would show in it, even
	// though the policy pages filter drafts out again.
	const store =
		"import { getCollection } from 'astro:content';\nexport const GET = async () => new Response(JSON.stringify((await getCollection('policy')).map((e) => e.id)));\n";
	site = await buildFixture('basic', {
		buildDate: '2025-01-01',
		edit: (root) => {
			mkdirSync(join(root, 'src/pages'), { recursive: true });
			writeFileSync(join(root, 'src/pages/store.json.ts'), store);
		},
	});
});

const ids = (html: string) => [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
const allFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((f) => f.isFile())
		.map((f) => join(f.parentPath, f.name));

describe('the current policy', () => {
	it('has a Dutch page at /privacy/ and an English one at /en/privacy/', () => {
		expect(site.read('privacy/index.html')).toContain('<html lang="nl"');
		expect(site.read('en/privacy/index.html')).toContain('<html lang="en"');
		expect(site.read('privacy/index.html')).toContain('<h1>Privacyverklaring</h1>');
		expect(site.read('en/privacy/index.html')).toContain('<h1>Privacy statement</h1>');
	});

	it('gives every clause the same anchor in both languages, in order', () => {
		const nl = ids(site.read('privacy/index.html'));
		expect(nl).toEqual(['policy-toc-title', 'intro', 'retention', 'policy-contact-title']);
		expect(ids(site.read('en/privacy/index.html'))).toEqual(nl);
		expect(site.read('privacy/index.html')).toContain('<a href="#retention">Bewaartermijnen</a>');
	});

	it('dates the policy, and each clause with the version its text last changed in, linked to that redline', () => {
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('Laatste aanpassing: <time datetime="2022-01-01">1 januari 2022</time>');
		expect(nl).toContain(
			'<header><h2 id="retention">Bewaartermijnen</h2><p><a href="/privacy/changes/2022-01-01/#retention">Gewijzigd in deze versie, <time datetime="2022-01-01">1 januari 2022</time></a></p></header>',
		);
		expect(site.read('en/privacy/index.html')).toContain(
			'<a href="/en/privacy/changes/2022-01-01/#retention">Changed in this version, <time datetime="2022-01-01">1 January 2022</time></a>',
		);
		expect(nl).toContain(
			'<header><h2 id="intro">Wie wij zijn</h2><p><a href="/privacy/changes/2020-01-01/#intro">Ongewijzigd sinds de eerste versie, <time datetime="2020-01-01">1 januari 2020</time></a></p></header><p>Testhost',
		);
	});

	it("puts the headings inside a clause under the clause's anchor, and their links with them", () => {
		const nl = site.read('privacy/2030-01-01/index.html');
		expect(nl).toContain('<h3 id="transfers--waarborgen">Waarborgen</h3>');
		expect(nl).toContain('<a href="#transfers--waarborgen">waarborgen</a>');
		expect(site.read('en/privacy/2030-01-01/index.html')).toContain('<h3 id="transfers--safeguards">Safeguards</h3>');
	});

	it('gives the layout a title, a description, the canonical URL and the alternates, x-default included', () => {
		const version = site.read('privacy/2020-01-01/index.html');
		expect(version).toContain('<title>Versie van 1 januari 2020 | Privacyverklaring</title>');
		expect(version).toContain('<link rel="canonical" href="https://fixture.example/privacy/2020-01-01/">');
		expect(version).toContain('<meta name="description" content="Hoe Testhost B.V. met uw persoonsgegevens omgaat:');
		expect(version).toContain('<meta property="og:url" content="https://fixture.example/privacy/2020-01-01/">');
		expect(version).toContain('<link rel="alternate" hreflang="en" href="https://fixture.example/en/privacy/2020-01-01/">');
		expect(version).toContain('<link rel="alternate" hreflang="x-default" href="https://fixture.example/privacy/2020-01-01/">');
		expect(site.read('en/privacy/index.html')).toContain('<title>Privacy statement</title>');
		// A redline page describes what changed: the version's summary.
		expect(site.read('privacy/changes/2022-01-01/index.html')).toContain('<meta name="description" content="Kortere bewaartermijn; nieuwsbrief gestopt.">');
	});

	it('describes each version page as JSON-LD: published since the first version, modified in the one shown', () => {
		const jsonLd = (path: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(site.read(path))![1]!);
		expect(jsonLd('privacy/2020-01-01/index.html')).toMatchObject({
			'@type': 'WebPage',
			name: 'Privacyverklaring',
			inLanguage: 'nl',
			version: '2020-01-01',
			datePublished: '2020-01-01',
			dateModified: '2020-01-01',
			url: 'https://fixture.example/privacy/2020-01-01/',
		});
		expect(jsonLd('en/privacy/index.html')).toMatchObject({
			name: 'Privacy statement',
			inLanguage: 'en',
			datePublished: '2020-01-01',
			dateModified: '2022-01-01',
			url: 'https://fixture.example/en/privacy/',
		});
	});

	it('links from the history back to the current statement, not to itself', () => {
		const history = site.read('privacy/changes/index.html');
		expect(history).toContain('<a href="/privacy/">Lees de huidige versie</a>');
		expect(history).not.toContain('<a href="/privacy/changes/">');
	});

	it('switches language to the same page', () => {
		expect(site.read('privacy/2020-01-01/index.html')).toContain('<a href="/en/privacy/2020-01-01/" hreflang="en" lang="en">English</a>');
		expect(site.read('en/privacy/index.html')).toContain('<a href="/privacy/" hreflang="nl" lang="nl">Nederlands</a>');
	});

	it('prints the contact block and controller facts inside clauses', () => {
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('<dt>KvK-nummer</dt><dd class="policy-identifier">12345678</dd>');
		expect(nl).toContain('<dt>Btw-nummer</dt><dd class="policy-identifier">NL123456789B01</dd>');
		expect(nl).toContain('Testhost B.V. is verantwoordelijk, KvK <span class="policy-identifier">12345678</span>.');
		expect(site.read('en/privacy/index.html')).toContain('<dt>Chamber of Commerce no.</dt><dd class="policy-identifier">12345678</dd>');
	});

	it('announces the upcoming material change with a link to its redline', () => {
		const nl = site.read('privacy/index.html');
		expect(nl).toContain('Op <time datetime="2030-01-01">1 januari 2030</time> gaat een nieuwe versie met wezenlijke wijzigingen in.');
		expect(nl).toContain('href="/privacy/changes/2030-01-01/"');
	});

	it('ships no JavaScript when search is off', () => {
		// The JSON-LD data block is not run.
		expect(site.read('privacy/index.html').replace(/<script type="application\/ld\+json">.*?<\/script>/, '')).not.toContain('<script');
	});
});

describe('versions', () => {
	it('has a permanent page per published version, and none for drafts', () => {
		for (const id of ['2020-01-01', '2022-01-01', '2030-01-01']) {
			expect(site.exists(`privacy/${id}/index.html`)).toBe(true);
			expect(site.exists(`en/privacy/changes/${id}/index.html`)).toBe(true);
		}
		expect(site.exists('privacy/2031-01-01/index.html')).toBe(false);
	});

	it('leaves no trace of drafts anywhere in the output, not even in the content collection', () => {
		expect(JSON.parse(site.read('store.json'))).toContain('privacy/nl/intro/2020-01-01');
		for (const file of allFiles(site.dist)) {
			const text = readFileSync(file, 'utf8');
			expect(text, file).not.toMatch(/CONCEPTTEKST|DRAFTTEXT|2031-01-01/);
		}
	});

	it('labels earlier and upcoming versions and links to neighbours', () => {
		const old = site.read('privacy/2020-01-01/index.html');
		expect(old).toContain('Dit is een eerdere versie, van kracht van 1 januari 2020 tot 31 december 2021.');
		expect(old).toContain('<a href="/privacy/">Lees de huidige versie</a>');
		expect(old).toContain('href="/privacy/2022-01-01/" rel="next"');
		expect(ids(old)).toContain('newsletter');
		expect(site.read('en/privacy/2030-01-01/index.html')).toContain('This version takes effect on <time datetime="2030-01-01">1 January 2030</time>.');
	});
});

describe('history, redline and feed', () => {
	it('lists every version with status and the clauses it changed', () => {
		const history = site.read('en/privacy/changes/index.html');
		const order = [...history.matchAll(/<li id="v-([\d-]+)">/g)].map((m) => m[1]);
		expect(order).toEqual(['2030-01-01', '2022-01-01', '2020-01-01']);
		const v2022 = history.slice(history.indexOf('id="v-2022-01-01"'), history.indexOf('id="v-2020-01-01"'));
		expect(v2022).toContain('<span class="policy-status">Current</span>');
		expect(v2022).toContain('Shorter retention; newsletter ended.');
		expect(v2022).toMatch(/<strong>Changed:<\/strong>\s*<a href="\/en\/privacy\/2022-01-01\/#retention">Retention<\/a>/);
		expect(v2022).toMatch(/<strong>Removed:<\/strong>\s*<a href="\/en\/privacy\/2020-01-01\/#newsletter">Newsletter<\/a>/);
		expect(history).toMatch(/<strong>Added:<\/strong>\s*<a href="\/en\/privacy\/2030-01-01\/#transfers">Transfers<\/a>/);
		expect(history).toContain('<span class="policy-status">Upcoming</span>');
	});

	it('shows a phrase-level redline and removed clauses whole', () => {
		const redline = site.read('privacy/changes/2022-01-01/index.html');
		expect(redline).toMatch(
			/Wij bewaren logs <del><span class="visually-hidden">verwijderd: <\/span>drie maanden<\/del><ins><span class="visually-hidden">toegevoegd: <\/span>zes weken<\/ins> en facturen zeven jaar\./,
		);
		expect(redline).toMatch(/<h2 id="newsletter">Nieuwsbrief <span class="policy-status">Verwijderd onderdeel<\/span><\/h2>\s*<p><del>/);
		expect(redline).not.toContain('id="intro"');
	});

	it('publishes a valid Atom feed per locale with every published version', () => {
		const xml = site.read('en/privacy/changes.xml');
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed.entry.map((e: { updated: string }) => e.updated)).toEqual(['2030-01-01T00:00:00Z', '2022-01-01T00:00:00Z', '2020-01-01T00:00:00Z']);
		expect(feed.entry[0].link['@_href']).toBe('https://fixture.example/en/privacy/changes/2030-01-01/');
		expect(feed.entry[0].summary).toBe('Transfers outside the EEA.');
		expect(site.read('privacy/index.html')).toContain(
			'<link rel="alternate" type="application/atom+xml" title="Privacyverklaring: wijzigingen" href="/privacy/changes.xml">',
		);
	});
});

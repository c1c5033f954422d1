import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, type AtomFeed } from '../../integration/feeds/atom.ts';

const feed: AtomFeed = {
	id: 'https://example.nl/privacy/history/',
	title: 'Privacyverklaring: wijzigingen',
	self: 'https://example.nl/privacy/feed.xml',
	alternate: 'https://example.nl/privacy/history/',
	author: 'Testhost B.V.',
	lang: 'nl',
	entries: [
		{
			id: 'https://example.nl/privacy/2019-01-01/',
			title: 'Versie van 1 januari 2019',
			link: 'https://example.nl/privacy/2019-01-01/changes/',
			date: '2019-01-01',
			summary: 'Eerste versie.',
		},
		{
			id: 'https://example.nl/privacy/2027-04-01/',
			title: 'Versie van 1 april 2027',
			link: 'https://example.nl/privacy/2027-04-01/changes/',
			date: '2027-04-01',
			summary: 'Nieuwe bewaartermijnen.',
		},
		{
			id: 'https://example.nl/privacy/2024-03-01/',
			title: 'Versie van 1 maart 2024',
			link: 'https://example.nl/privacy/2024-03-01/changes/',
			date: '2024-03-01',
			summary: 'Een nieuwe verwerker.',
		},
	],
};

describe('the Atom feed', () => {
	it('is an Atom 1.0 document with the feed facts, its newest entry first and each dated on its effective day', () => {
		expect(atomFeed(feed)).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>https://example.nl/privacy/history/</id>
  <title>Privacyverklaring: wijzigingen</title>
  <updated>2027-04-01T00:00:00Z</updated>
  <author><name>Testhost B.V.</name></author>
  <link rel="self" type="application/atom+xml" href="https://example.nl/privacy/feed.xml"/>
  <link rel="alternate" type="text/html" href="https://example.nl/privacy/history/"/>
  <entry>
    <id>https://example.nl/privacy/2027-04-01/</id>
    <title>Versie van 1 april 2027</title>
    <link rel="alternate" type="text/html" href="https://example.nl/privacy/2027-04-01/changes/"/>
    <updated>2027-04-01T00:00:00Z</updated>
    <published>2027-04-01T00:00:00Z</published>
    <summary>Nieuwe bewaartermijnen.</summary>
  </entry>
  <entry>
    <id>https://example.nl/privacy/2024-03-01/</id>
    <title>Versie van 1 maart 2024</title>
    <link rel="alternate" type="text/html" href="https://example.nl/privacy/2024-03-01/changes/"/>
    <updated>2024-03-01T00:00:00Z</updated>
    <published>2024-03-01T00:00:00Z</published>
    <summary>Een nieuwe verwerker.</summary>
  </entry>
  <entry>
    <id>https://example.nl/privacy/2019-01-01/</id>
    <title>Versie van 1 januari 2019</title>
    <link rel="alternate" type="text/html" href="https://example.nl/privacy/2019-01-01/changes/"/>
    <updated>2019-01-01T00:00:00Z</updated>
    <published>2019-01-01T00:00:00Z</published>
    <summary>Eerste versie.</summary>
  </entry>
</feed>
`);
	});

	it('escapes every text and address it writes, so a title or summary cannot break the XML', () => {
		const nasty = 'A & B <script> "quoted" \'single\'';
		const xml = atomFeed({
			...feed,
			title: nasty,
			author: nasty,
			self: `https://example.nl/?a=1&b="2"`,
			lang: 'en"x',
			entries: [{ ...feed.entries[0]!, title: nasty, summary: nasty, id: 'urn:x&y', link: 'https://example.nl/?q=<x>' }],
		});
		const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
		expect(parsed.feed.title).toBe(nasty);
		expect(parsed.feed.author.name).toBe(nasty);
		expect(parsed.feed['xml:lang']).toBe('en"x');
		expect(parsed.feed.link[0].href).toBe('https://example.nl/?a=1&b="2"');
		expect(parsed.feed.entry).toMatchObject({ id: 'urn:x&y', title: nasty, summary: nasty, link: { href: 'https://example.nl/?q=<x>' } });
	});

	it('is still a valid feed before the first version, dated at the epoch', () => {
		const xml = atomFeed({ ...feed, entries: [] });
		expect(xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
		expect(xml).not.toContain('<entry>');
		expect(xml).toMatch(/<link rel="alternate" type="text\/html" href="https:\/\/example.nl\/privacy\/history\/"\/>\n\n<\/feed>\n$/);
	});
});

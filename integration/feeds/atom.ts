import { encodeXML } from 'entities';
import { byCodeUnits } from '../model/digest.ts';

export interface AtomFeed {
	id: string;
	title: string;
	self: string;
	alternate: string;
	author: string;
	lang: string;
	entries: { id: string; title: string; link: string; date: string; summary: string }[];
}

/**
 * An Atom 1.0 feed (RFC 4287). Entries are dated by their effective date, so an upcoming version
 * appears with the date it takes effect.
 */
export function atomFeed(feed: AtomFeed): string {
	const x = encodeXML;
	const stamp = (date: string) => `${date}T00:00:00Z`;
	const updated =
		feed.entries
			.map((e) => e.date)
			.sort()
			.at(-1) ?? '1970-01-01';
	const entries = [...feed.entries]
		.sort((a, b) => byCodeUnits(b.date, a.date))
		.map(
			(e) => `  <entry>
    <id>${x(e.id)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.link)}"/>
    <updated>${stamp(e.date)}</updated>
    <published>${stamp(e.date)}</published>
    <summary>${x(e.summary)}</summary>
  </entry>`,
		);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">
  <id>${x(feed.id)}</id>
  <title>${x(feed.title)}</title>
  <updated>${stamp(updated)}</updated>
  <author><name>${x(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>
${entries.join('\n')}
</feed>
`;
}

import { describe, expect, it } from 'vitest';
import { redlineHtml, redlineText, wholeText, type RedlineLabels } from '../../../integration/model/redline/index.ts';
import { PAYLOADS, problems, type Sides } from './safety.ts';

const labels = { inserted: 'inserted:', deleted: 'deleted:' };

/** Attribute values the way Astro's MDX output writes them: `&` and `"` escaped, `<` and `>` as they are. */
const astro = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** The way hast-util-to-html (and so rehype) writes them: numeric references. */
const hex = (value: string) => value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Placement {
	name: string;
	/** The old and new clause HTML with the payload `p` in it, attribute values escaped by `a`. */
	pair: (p: string, a: (value: string) => string) => [string, string];
}

/** Where a payload can sit in a clause, each with a change that takes the redline down a different path. */
const placements: Placement[] = [
	{
		name: 'abbr title, a word beside it changed',
		pair: (p, a) => [
			`<p>Volgens de <abbr title="${a(p)}">AVG</abbr> bewaren wij logs drie maanden.</p>`,
			`<p>Volgens de <abbr title="${a(p)}">AVG</abbr> bewaren wij logs zes maanden.</p>`,
		],
	},
	{
		name: 'abbr title changed, its text not',
		pair: (p, a) => [
			`<p>Volgens de <abbr title="Algemene verordening">AVG</abbr> bewaren wij logs.</p>`,
			`<p>Volgens de <abbr title="${a(p)}">AVG</abbr> bewaren wij logs.</p>`,
		],
	},
	{
		// The same link text with another target goes down the path that lists the old and new targets.
		name: 'link target changed, its text not',
		pair: (p, a) => [`<p>Lees <a href="/privacy/">de verklaring</a> goed door.</p>`, `<p>Lees <a href="/privacy/?q=${a(p)}">de verklaring</a> goed door.</p>`],
	},
	{
		name: 'link target and title, the link text changed',
		pair: (p, a) => [
			`<p>Lees <a href="/x?${a(p)}" title="${a(p)}">de oude verklaring</a> goed.</p>`,
			`<p>Lees <a href="/x?${a(p)}" title="${a(p)}">de nieuwe verklaring</a> goed.</p>`,
		],
	},
	{
		name: 'class and id of paragraphs, a paragraph added',
		pair: (p, a) => [
			`<p class="${a(p)}" id="${a(p)}">Deze alinea blijft zoals ze was.</p>`,
			`<p class="${a(p)}" id="${a(p)}">Deze alinea blijft zoals ze was.</p><p id="n-${a(p)}">Een geheel nieuwe alinea over cookies.</p>`,
		],
	},
	{
		name: 'markup-like text, a word beside it changed',
		pair: (p) => [`<p>Wij schrijven ${text(p)} letterlijk op, drie keer.</p>`, `<p>Wij schrijven ${text(p)} letterlijk op, zes keer.</p>`],
	},
	{
		name: 'markup-like text in a paragraph rewritten whole',
		pair: (p, a) => [`<p title="${a(p)}">Oud: ${text(p)}</p>`, `<p>Volledig andere tekst zonder enige overlap met vroeger.</p>`],
	},
	{
		name: 'table: a cell changed and a row added',
		pair: (p, a) => [
			`<table><thead><tr><th title="${a(p)}">Gegevens</th><th>Termijn</th></tr></thead><tbody><tr id="${a(p)}"><td>${text(p)}</td><td>drie maanden</td></tr></tbody></table>`,
			`<table><thead><tr><th title="${a(p)}">Gegevens</th><th>Termijn</th></tr></thead><tbody><tr id="${a(p)}"><td>${text(p)}</td><td>zes maanden</td></tr><tr><td><abbr title="${a(p)}">IP</abbr>-adressen ${text(p)}</td><td class="${a(p)}">een week</td></tr></tbody></table>`,
		],
	},
	{
		name: 'table: a row rewritten, so removed and added whole',
		pair: (p, a) => [
			`<table><tbody><tr><td>Facturen</td><td>zeven jaar</td></tr><tr class="${a(p)}"><td>Nieuwsbrief ${text(p)}</td><td>tot afmelding</td></tr></tbody></table>`,
			`<table><tbody><tr><td>Facturen</td><td>zeven jaar</td></tr><tr class="${a(p)}"><td><a href="/c?${a(p)}">Chat</a></td><td>${text(p)} een jaar</td></tr></tbody></table>`,
		],
	},
	{
		name: 'list: an item changed, one removed, one added, one nested',
		pair: (p, a) => [
			`<ul>\n<li>registrar ${text(p)}</li>\n<li id="${a(p)}">boekhoudpakket voor facturen</li>\n<li>drukkerij</li>\n</ul>`,
			`<ul>\n<li>registrar ${text(p)}</li>\n<li id="${a(p)}">boekhoudpakket voor offertes</li>\n<li><a href="/v?${a(p)}">betaalprovider</a> ${text(p)}\n<ul>\n<li title="${a(p)}">${text(p)}</li>\n</ul>\n</li>\n</ul>`,
		],
	},
	{
		name: 'heading with an id, its markup-like text changed',
		pair: (p, a) => [`<h3 id="${a(p)}">Bewaren ${text(p)}</h3><p>Tekst.</p>`, `<h3 id="${a(p)}">Bewaartermijnen ${text(p)}</h3><p>Tekst.</p>`],
	},
	{
		name: 'code, strong and em',
		pair: (p, a) => [
			`<p>Stuur <code>${text(p)}</code> met <strong title="${a(p)}">nadruk</strong> en <em class="${a(p)}">klem</em> mee.</p>`,
			`<p>Stuur <code>x ${text(p)}</code> met <strong title="${a(p)}">veel nadruk</strong> en <em class="${a(p)}">klem</em> mee, altijd.</p>`,
		],
	},
	{
		name: 'an abbr in running text outside any block',
		pair: (p, a) => [`Tekst met <abbr title="${a(p)}">AVG</abbr> erin.`, `Andere tekst met <abbr title="${a(p)}">AVG</abbr> erin.`],
	},
];

type Path = (before: string, after: string, labels: RedlineLabels) => [string, Sides];

const paths: [string, Path][] = [
	['redlineHtml', (before, after, l) => [redlineHtml(before, after, l), { before, after }]],
	['redlineHtml, old and new swapped', (before, after, l) => [redlineHtml(after, before, l), { before: after, after: before }]],
	['wholeText added', (_, after, l) => [wholeText(after, 'added', l), { after }]],
	['wholeText removed', (before, _, l) => [wholeText(before, 'removed', l), { before }]],
];

/** Each payload in both ways of escaping, through one redline path: the problems found, one line each. */
function run(placement: Placement, path: Path, with_ = labels, payloads = PAYLOADS): string[] {
	return payloads.flatMap((payload) =>
		[astro, hex].flatMap((escape) => {
			const [output, sides] = path(...placement.pair(payload, escape), with_);
			return problems(output, sides, with_).map((problem) => `${JSON.stringify(payload)} (${escape.name}): ${problem}`);
		}),
	);
}

describe.each(placements)('escaping payloads: $name', (placement) => {
	it.each(paths)('stay what they were through %s', (_, path) => {
		expect(run(placement, path)).toEqual([]);
	});
});

describe('escaping payloads in plain text (titles, summaries)', () => {
	it('stay text through redlineText, whatever changes around them', () => {
		const pairs = PAYLOADS.flatMap((p) => [
			[`Bewaartermijn ${p} van drie maanden`, `Bewaartermijn ${p} van zes maanden`],
			['Bewaartermijnen', `Bewaartermijnen ${p}`],
			[`${p} oud`, 'nieuw'],
		]);
		const found = pairs.flatMap(([before, after]) =>
			problems(redlineText(before!, after!, labels), { before: text(before!), after: text(after!) }, labels).map(
				(problem) => `${JSON.stringify([before, after])}: ${problem}`,
			),
		);
		expect(found).toEqual([]);
	});
});

describe('screen-reader labels with markup in them', () => {
	// The labels are site strings an author can set: they must stay text too.
	const hostile = { inserted: '<b>ingevoegd</b> "><script>alert(1)</script>', deleted: "' onmouseover='x </span><img src=x onerror=alert(1)>" };

	// Harmless clause text, so only the labels can fail these.
	it.each(paths)('stay text through %s', (_, path) => {
		for (const placement of [placements[2]!, placements[7]!]) expect(run(placement, path, hostile, ['logs'])).toEqual([]);
	});

	it('stay text through redlineText', () => {
		expect(
			problems(redlineText('Logs drie maanden', 'Logs zes maanden', hostile), { before: 'Logs drie maanden', after: 'Logs zes maanden' }, hostile),
		).toEqual([]);
	});
});

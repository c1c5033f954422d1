import { describe, expect, it } from 'vitest';
import { checkReferences, citedBases, referencesIn, type References } from '../../integration/model/references.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { both, revision, timelineOptions, version } from './records.ts';

describe('what a clause text refers to', () => {
	it('reads its headings as the anchors GitHub-style slugs give them, without the Markdown around the words', () => {
		const body = [
			'## Logs and **backups** ##   ',
			'###\t[Server](https://example.nl/) `logs`',
			'## Logs and backups',
			'#hashtag is no heading, and neither is ####### seven',
			'Write to us in C# or F#.',
			'###### Bewaartermijn één',
			'##   Spaced  out',
		].join('\n');
		expect(referencesIn(body).headings).toEqual(['logs-and-backups', 'server-logs', 'logs-and-backups-1', 'bewaartermijn-één', 'spaced--out']);
	});

	it('reads the anchors it links to, in Markdown and in HTML, decoded', () => {
		const body =
			'See [retention](#retention), <a href="#policy-contact">contact</a>, [the logs](#retention--logs) and [één](#bewaartermijn-%C3%A9%C3%A9n).\n[elsewhere](https://example.nl/#top) [spaced]( #x)';
		expect(referencesIn(body).anchors).toEqual(['retention', 'policy-contact', 'retention--logs', 'bewaartermijn-één']);
	});

	it('reads the controller facts it prints', () => {
		expect(referencesIn('<Controller field="kvk" /> and <Controller\n  field="dpoEmail" /> but not <Controllers field="x" />').fields).toEqual([
			'kvk',
			'dpoEmail',
		]);
		expect(referencesIn('Plain text.')).toEqual({ fields: [], facts: [], anchors: [], headings: [], bases: [] });
	});

	it('reads the facts of its purpose it prints, leaving an unknown one to the self-contained check', () => {
		expect(referencesIn('<Purpose fact="retention" />, <Purpose\n fact="bases" purpose="2" /> and <Purpose fact="retentie" />').facts).toEqual([
			{ fact: 'retention', purpose: undefined },
			{ fact: 'bases', purpose: 2 },
		]);
	});
});

describe('the references of a version page', () => {
	const versions = [version('2019-01-01'), version('2020-01-01', { controller: { kvk: null } })];
	const revisions = [...both('intro', '2019-01-01', { order: 10 }), ...both('retention', '2019-01-01', { order: 20 })];
	const model = buildTimeline(versions, revisions, timelineOptions);
	const texts: Record<string, string> = {
		'privacy/nl/retention/2019-01-01': '## Opslag\n\nZes weken.',
		'privacy/en/retention/2019-01-01': '## Storage\n\nSix weeks.',
	};
	const check = (intro: { nl?: string; en?: string }) => {
		const references = new Map<string, References>(
			Object.entries({ ...texts, 'privacy/nl/intro/2019-01-01': intro.nl, 'privacy/en/intro/2019-01-01': intro.en })
				.filter(([, body]) => body !== undefined)
				.map(([id, body]) => [id, referencesIn(body!)]),
		);
		return checkReferences(model, references).map((p) => `${p.file}: ${p.message}`);
	};

	it("accept links to a clause, to the page's own sections, to a heading of the text itself or of another clause in its language", () => {
		expect(
			check({
				en: '## Logs\n\nSee [retention](#retention), [contact](#policy-contact), [register](#policy-register), [logs](#logs) and [storage](#retention--storage).',
			}),
		).toEqual([]);
		expect(check({ nl: 'Zie [opslag](#retention--opslag).' })).toEqual([]);
	});

	it('refuse a link to a clause or heading that is not on the page, once per text and version', () => {
		expect(check({ en: 'See [gone](#gone) and [gone again](#gone).' })).toEqual([
			'content/privacy/en/intro/2019-01-01.mdx: the text links to `#gone`, which is neither a clause nor a heading on the page of version 2019-01-01.',
			'content/privacy/en/intro/2019-01-01.mdx: the text links to `#gone`, which is neither a clause nor a heading on the page of version 2020-01-01.',
		]);
		const wrong = (link: string) => check({ en: `See [x](#${link}).` }).length;
		// Another clause's heading needs its clause in front; the heading must be in that clause, in this language.
		expect(wrong('storage')).toBe(2);
		expect(wrong('retention--opslag')).toBe(2);
		expect(wrong('retention--missing')).toBe(2);
		expect(wrong('gone--storage')).toBe(2);
		expect(wrong('intro--storage')).toBe(2);
	});

	it('accept a link to a heading of a clause not yet translated, which the page shows in the language it has', () => {
		const untranslated = buildTimeline(
			[version('2019-01-01')],
			[...both('intro', '2019-01-01', { order: 10 }), revision('retention', 'nl', '2019-01-01', { order: 20 })],
			timelineOptions,
		);
		const references = new Map([
			['privacy/nl/retention/2019-01-01', referencesIn('## Opslag\n\nZes weken.')],
			['privacy/en/intro/2019-01-01', referencesIn('See [storage](#retention--opslag) and [this](#retention--storage).')],
		]);
		expect(checkReferences(untranslated, references).map((p) => p.message)).toEqual([
			'the text links to `#retention--storage`, which is neither a clause nor a heading on the page of version 2019-01-01.',
		]);
	});

	it('know no headings of a clause whose text was not read', () => {
		const references = new Map([['privacy/en/intro/2019-01-01', referencesIn('See [storage](#retention--storage).')]]);
		expect(checkReferences(model, references)).toEqual([
			{
				file: 'content/privacy/en/intro/2019-01-01.mdx',
				message: 'the text links to `#retention--storage`, which is neither a clause nor a heading on the page of version 2019-01-01.',
				hint: 'Link to a clause by its folder name (`#retention`), to a heading in this clause by its text (`#logs`), or to one in another clause as `#<clause>--<heading>`.',
			},
			expect.objectContaining({ message: expect.stringContaining('on the page of version 2020-01-01') }),
		]);
	});

	it('refuse a controller fact the version does not have, from the version that withdrew it', () => {
		expect(check({ nl: 'KvK <Controller field="kvk" />, <Controller field="name" />.' })).toEqual([
			'content/privacy/nl/intro/2019-01-01.mdx: the text prints `<Controller field="kvk" />`, but the controller facts of version 2020-01-01 have no `kvk`.',
		]);
	});

	it('name the data protection officer as the fact a DPO field needs', () => {
		const problems = checkReferences(model, new Map([['privacy/nl/intro/2019-01-01', referencesIn('<Controller field="dpoEmail" />')]]));
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatchObject({
			file: 'content/privacy/nl/intro/2019-01-01.mdx',
			message: expect.stringContaining('have no `dpo`'),
			hint: expect.stringContaining('Add `dpo` to the `controller` option'),
		});
		const withDpo = buildTimeline(versions, revisions, {
			...timelineOptions,
			controller: { ...timelineOptions.controller, dpo: { name: 'FG', email: 'fg@testhost.example' } },
		});
		expect(checkReferences(withDpo, new Map([['privacy/nl/intro/2019-01-01', referencesIn('<Controller field="dpoName" />')]]))).toEqual([]);
	});
});

describe('the purpose facts a text prints', () => {
	const invoices = { data: ['billing' as const], retention: { period: { years: 7 } } };
	const model = buildTimeline(
		[version('2019-01-01'), version('2020-01-01')],
		[...both('intro', '2019-01-01', { order: 10 }), ...both('invoices', '2019-01-01', { order: 20, purposes: [invoices] })],
		timelineOptions,
	);
	const check = (texts: Record<string, string>) =>
		checkReferences(model, new Map(Object.entries(texts).map(([id, body]) => [`privacy/${id}/2019-01-01`, referencesIn(body)]))).map(
			(p) => `${p.file}: ${p.message}`,
		);

	it('accept a fact the purpose has', () => {
		expect(check({ 'nl/invoices': 'We bewaren facturen <Purpose fact="retention" />.', 'en/invoices': '<Purpose fact="data" />' })).toEqual([]);
	});

	it('refuse, once per text, a fact the purpose lacks and any fact in a clause that is no purpose, naming the file', () => {
		expect(check({ 'nl/invoices': 'Ontvangers: <Purpose fact="recipients" />.', 'en/intro': 'Kept <Purpose fact="retention" />.' })).toEqual([
			'content/privacy/en/intro/2019-01-01.mdx: the text prints `<Purpose fact="retention" />`, but the clause is not a purpose of processing: it has no register facts (`processing`).',
			'content/privacy/nl/invoices/2019-01-01.mdx: the text prints `<Purpose fact="recipients" />`, but the purpose\'s register facts have no `recipients`.',
		]);
	});
});

describe('the GDPR bases a text cites', () => {
	it('reads Art. 6(1) as Dutch and English statements write it, each basis once', () => {
		expect(citedBases('Nodig voor de overeenkomst (art. 6 lid 1 sub b AVG) en de bewaarplicht (art. 6 lid 1 sub c AVG); zie ook art. 6 lid 1 sub b.')).toEqual([
			'contract',
			'legal-obligation',
		]);
		expect(citedBases('op grond van artikel 6, eerste lid, onder f, van de AVG')).toEqual(['legitimate-interests']);
		expect(citedBases('Artikel 6 lid 1 onder a AVG')).toEqual(['consent']);
		expect(citedBases('under Art. 6(1)(d) GDPR and Article 6 (1) (e)')).toEqual(['vital-interests', 'public-task']);
		expect(citedBases('ART. 6 LID 1 SUB C')).toEqual(['legal-obligation']);
	});

	it('ignores other articles and other letters', () => {
		expect(citedBases('art. 16 lid 1 sub b, art. 9 lid 2 sub a, Art. 13(1)(c), art. 6 lid 4, art. 52 AWR, artikel 6 lid 1 sub g')).toEqual([]);
		expect(citedBases('part. 6 lid 1 sub b')).toEqual([]);
	});
});

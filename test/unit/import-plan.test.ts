import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alignTranslation } from '../../integration/import/align.ts';
import { slugOf, uniqueIds } from '../../integration/import/clause-ids.ts';
import { addStatement } from '../../integration/import/config-edit.ts';
import { withoutSentence } from '../../integration/import/date-line.ts';
import { readExisting, textsInForce, type ExistingStatement, type ExistingText } from '../../integration/import/existing.ts';
import { clauseFile, matchClauses, plannedClauses, unchanged } from '../../integration/import/plan.ts';
import type { ImportedStatement } from '../../integration/import/types.ts';

const section = (heading: string, markdown: string, children: ImportedStatement['sections'] = [], number?: string) => ({ heading, markdown, children, number });
const statement: ImportedStatement = {
	title: 'Privacyverklaring',
	intro: 'Laatste aanpassing: 1 januari 2019\n\nWij nemen uw privacy serieus.',
	sections: [
		section('Wie wij zijn', 'Kanaal Hosting B.V.', [], '1'),
		section('Waarom wij gegevens verwerken', 'Voor deze doelen:', [section('Uitvoeren van de overeenkomst', 'Om te leveren.', [], '2.1')], '2'),
		section('Uw rechten', 'U mag uw gegevens inzien en laten verwijderen, en bezwaar maken.', [], '3'),
	],
	relativeLinks: [],
};
const text = (clause: string, extra: Partial<ExistingText> = {}): ExistingText => ({
	clause,
	locale: 'nl',
	version: '2019-01-01',
	title: clause,
	order: 10,
	parent: undefined,
	intro: false,
	body: '',
	...extra,
});

describe('clause ids from headings', () => {
	it('are the heading as an anchor reads it: lower case, no diacritics, dashes, short, never the package prefix', () => {
		expect(slugOf('Welke persoonsgegevens verwerken wij?')).toBe('welke-persoonsgegevens-verwerken-wij');
		expect(slugOf('Één privacyverklaring voor café’s')).toBe('een-privacyverklaring-voor-cafe-s');
		expect(slugOf('Policy updates')).toBe('clause-policy-updates');
		expect(slugOf('???')).toBe('clause');
		expect(slugOf('a '.repeat(40)).length).toBeLessThanOrEqual(60);
	});

	it('are unique among themselves and the ids already taken', () => {
		expect(uniqueIds(['Cookies', 'Cookies', 'Contact'], ['contact'])).toEqual(['cookies', 'cookies-2', 'contact-2']);
	});
});

describe('the clauses of an imported statement', () => {
	it('are the intro, then each section in reading order, sub-sections under their parent, ordered in steps of ten', () => {
		const clauses = plannedClauses(statement, 'Inleiding');
		expect(clauses.map((c) => [c.id, c.order, c.parent ?? '-', c.number ?? '-', c.intro])).toEqual([
			['intro', 0, '-', '-', true],
			['wie-wij-zijn', 10, '-', '1', false],
			['waarom-wij-gegevens-verwerken', 20, '-', '2', false],
			['uitvoeren-van-de-overeenkomst', 10, 'waarom-wij-gegevens-verwerken', '2.1', false],
			['uw-rechten', 30, '-', '3', false],
		]);
		expect(clauses[0]!.title).toBe('Privacyverklaring');
		expect(clauseFile(clauses[3]!)).toBe(
			'---\ntitle: Uitvoeren van de overeenkomst\norder: 10\nparent: waarom-wij-gegevens-verwerken\n---\n\nOm te leveren.\n',
		);
		expect(clauseFile({ ...clauses[0]!, title: 'Titel: met dubbele punt' })).toContain('title: "Titel: met dubbele punt"\norder: 0\nintro: true\n');
	});

	it('leave out the sentence that gave the date, and the paragraph it stood alone in', () => {
		const without = withoutSentence(statement, 'Laatste aanpassing: 1 januari 2019');
		expect(without.intro).toBe('Wij nemen uw privacy serieus.');
		expect(withoutSentence({ ...statement, intro: '**Laatste aanpassing:** 1 januari 2019' }, '**Laatste aanpassing:** 1 januari 2019').intro).toBeUndefined();
		expect(without.sections).toEqual(statement.sections);
	});
});

describe('a later copy matched to the clauses in force', () => {
	const planned = plannedClauses(
		{
			...statement,
			sections: [
				section('Wie wij zijn', 'Kanaal Hosting B.V.'),
				section('Wat u van ons mag verwachten', 'U mag uw gegevens inzien en laten verwijderen, en bezwaar maken bij ons.'),
				section('Cookies', 'Alleen functionele.'),
			],
		},
		'Inleiding',
	);
	const existing = [
		text('intro', { intro: true, body: 'Wij nemen uw privacy serieus.' }),
		text('wie-wij-zijn', { title: 'Wie  wij zijn' }),
		text('uw-rechten', { title: 'Uw rechten', body: 'U mag uw gegevens inzien en laten verwijderen, en bezwaar maken.' }),
		text('nieuwsbrief', { title: 'Nieuwsbrief', body: 'Elke maand.' }),
	];

	it('pairs by heading, then a reworded heading by its text, and lists the clauses no section continues', () => {
		const { matched, removed } = matchClauses(planned, existing);
		expect(planned.map((c) => matched.get(c)?.clause ?? 'new')).toEqual(['intro', 'wie-wij-zijn', 'uw-rechten', 'new']);
		expect(removed.map((r) => r.clause)).toEqual(['nieuwsbrief']);
	});
});

describe("another language's copy aligned with the clauses", () => {
	const dutch = [
		text('intro', { intro: true, order: 0 }),
		text('wie-wij-zijn', { order: 10 }),
		text('waarom', { order: 20 }),
		text('overeenkomst', { order: 10, parent: 'waarom' }),
		text('uw-rechten', { order: 30, version: '2021-01-01' }),
	];
	const existing: ExistingStatement = {
		versions: [
			{ id: '2019-01-01', removes: [] },
			{ id: '2021-01-01', removes: [] },
		],
		newestLocked: undefined,
		texts: dutch,
	};
	const english = plannedClauses({ ...statement, title: 'Privacy statement' }, 'Introduction');

	it('takes each clause id by place, and the version its counterpart was written for', () => {
		const { clauses, versions } = alignTranslation(english, existing, '2021-01-01', 'en');
		expect(clauses.map((c) => `${c.id} ${versions.get(c.id)} ${c.title}`)).toEqual([
			'intro 2019-01-01 Privacy statement',
			'wie-wij-zijn 2019-01-01 Wie wij zijn',
			'waarom 2019-01-01 Waarom wij gegevens verwerken',
			'overeenkomst 2019-01-01 Uitvoeren van de overeenkomst',
			'uw-rechten 2021-01-01 Uw rechten',
		]);
		// English texts in force already stay, except where the Dutch changed in this version.
		const later = { ...existing, texts: [...dutch, ...dutch.map((t) => ({ ...t, locale: 'en' }))] };
		expect(alignTranslation(english, later, '2021-01-01', 'en').clauses.map((c) => c.id)).toEqual(['uw-rechten']);
	});

	it('lists where the copies do not line up instead of guessing', () => {
		const short = english.filter((c) => c.id !== 'wie-wij-zijn');
		expect(() => alignTranslation(short, existing, '2021-01-01', 'en')).toThrow(
			/the copy has 4 sections \(with the intro\), the nl text of version 2021-01-01 5 clauses/,
		);
	});
});

describe('the statement folder as the importer reads it', () => {
	const roots: string[] = [];
	afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));
	const folder = (files: Record<string, string>) => {
		const root = mkdtempSync(join(tmpdir(), 'import-'));
		roots.push(root);
		for (const [path, body] of Object.entries(files)) {
			mkdirSync(join(root, path, '..'), { recursive: true });
			writeFileSync(join(root, path), body);
		}
		return root;
	};

	it('has its versions with their removals, the newest locked one, and the texts in force per version', () => {
		const dir = folder({
			'versions/2019-01-01.yaml': 'summary: { nl: a, en: b }\n',
			'versions/2021-01-01.yaml': 'summary: { nl: a, en: b }\nremoves: [oud]\n',
			'nl/oud/2019-01-01.mdx': '---\ntitle: Oud\norder: 20\n---\n\nWeg.\n',
			'nl/intro/2019-01-01.mdx': '---\ntitle: Intro\norder: 0\nintro: true\n---\n\nEerst.\n',
			'nl/intro/2021-01-01.mdx': '---\ntitle: Intro\norder: 0\nintro: true\n---\n\nDaarna.\n',
			'policy.lock.json': JSON.stringify({ versions: { '2019-01-01': {} } }),
		});
		const existing = readExisting(dir, 'privacy');
		expect(existing.versions).toEqual([
			{ id: '2019-01-01', removes: [] },
			{ id: '2021-01-01', removes: ['oud'] },
		]);
		expect(existing.newestLocked).toBe('2019-01-01');
		expect(textsInForce(existing, 'nl', '2019-01-01').map((t) => `${t.clause} ${t.body}`)).toEqual(['intro Eerst.', 'oud Weg.']);
		expect(textsInForce(existing, 'nl', '2021-01-01').map((t) => `${t.clause} ${t.body}`)).toEqual(['intro Daarna.']);
		expect(readExisting(join(dir, 'nothing'), 'privacy')).toEqual({ versions: [], newestLocked: undefined, texts: [] });
	});

	it("adds the statement to the site's config, or says what to add where it cannot", async () => {
		const config = "import astroPrivacy from 'astro-privacy';\nexport default { integrations: [astroPrivacy({ statements: [{ id: 'privacy' }] })] };\n";
		const root = folder({ 'astro.config.mjs': config });
		expect(await addStatement(root, 'cookies', false)).toEqual({ done: true, message: `Added statement \`cookies\` to ${join(root, 'astro.config.mjs')}.` });
		expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).toMatch(/statements: \[\{ id: 'privacy' \}, \{\s*id: 'cookies'\s*\}\]/);
		expect((await addStatement(root, 'cookies', false)).message).toContain('already serves `cookies`');
		const bare = folder({ 'astro.config.mjs': 'export default { integrations: [] };\n' });
		expect(await addStatement(bare, 'privacy', true)).toEqual({
			done: false,
			message: `${join(bare, 'astro.config.mjs')} has no astroPrivacy() call in \`integrations\`. Add \`{ id: 'privacy', numbering: 'decimal' }\` to the \`statements\` option of astroPrivacy() in your Astro config.`,
		});
		expect((await addStatement(folder({}), 'privacy', false)).message).toMatch(/^No Astro config found\./);
	});
});

describe('the finer points of matching and planning', () => {
	const clause = (title: string, body: string) =>
		plannedClauses({ title: undefined, intro: undefined, sections: [section(title, body)], relativeLinks: [] }, 'Inleiding')[0]!;

	it('calls a section unchanged only with the same words (spacing and case aside), title and parent', () => {
		const old = text('uw-rechten', { title: 'Uw rechten', body: 'U mag  uw gegevens\ninzien.' });
		expect(unchanged({ ...clause('Uw rechten', 'U mag uw gegevens inzien.'), parent: undefined }, old)).toBe(true);
		expect(unchanged(clause('Uw rechten', 'U mag uw gegevens inzien en wissen.'), old)).toBe(false);
		expect(unchanged(clause('Uw Rechten', 'U mag uw gegevens inzien.'), old)).toBe(false);
		expect(unchanged({ ...clause('Uw rechten', 'U mag uw gegevens inzien.'), parent: 'elders' }, old)).toBe(false);
	});

	it('matches a heading whatever its case and spacing, and a text only when at least half its words are shared, the closest first', () => {
		const planned = [clause('UW   RECHTEN', 'Iets anders.'), clause('Nieuw kopje', 'een twee drie vier'), clause('Ander kopje', 'vijf zes zeven acht')];
		const existing = [
			text('rechten', { title: 'Uw rechten', body: 'x' }),
			text('half', { title: 'H', body: 'een twee drie vijf' }),
			text('close', { title: 'C', body: 'een twee drie vier vijf' }),
			text('far', { title: 'F', body: 'vijf negen tien elf' }),
		];
		const { matched, removed } = matchClauses(planned, existing);
		expect(planned.map((c) => matched.get(c)?.clause ?? 'new')).toEqual(['rechten', 'close', 'new']);
		expect(removed.map((r) => r.clause)).toEqual(['half', 'far']);
	});

	it('leave out a blank intro, trim the texts, and keep clear of ids already taken', () => {
		const clauses = plannedClauses({ title: 'T', intro: '  \n', sections: [section('Intro', '  Tekst.  \n')], relativeLinks: [] }, 'Inleiding', ['intro']);
		expect(clauses.map((c) => [c.id, c.body])).toEqual([['intro-2', 'Tekst.']]);
		expect(plannedClauses({ title: undefined, intro: ' Eerst. ', sections: [], relativeLinks: [] }, 'Inleiding')).toEqual([
			{ id: 'intro', title: 'Inleiding', number: undefined, order: 0, parent: undefined, intro: true, body: 'Eerst.' },
		]);
	});

	it('cut a long heading at a word, keep digits, and prefix only the package’s own `policy`', () => {
		expect(slugOf(`${'woord '.repeat(9)}woordj`)).toBe('woord-woord-woord-woord-woord-woord-woord-woord-woord-woordj');
		expect(slugOf(`${'woord '.repeat(10)}x`)).toBe('woord-woord-woord-woord-woord-woord-woord-woord-woord-woord');
		expect(slugOf('Artikel 7: bewaren')).toBe('artikel-7-bewaren');
		expect(slugOf('Policy')).toBe('clause-policy');
		expect(slugOf('Policyverklaring')).toBe('policyverklaring');
		expect(uniqueIds(['A', 'A', 'A'])).toEqual(['a', 'a-2', 'a-3']);
	});
});

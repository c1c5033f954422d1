import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { checkChanges, checkSections, checkTranslations, validateStatement } from '../../integration/model/validate.ts';
import { isIsoDate } from '../../integration/model/dates.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const options = { base: 'content', locales: ['nl', 'en'], missingTranslation: 'error' as const, today: '2026-06-01' };

describe('validateStatement', () => {
	it('accepts a consistent statement', () => {
		expect(validateStatement([version('2019-01-01')], both('intro', '2019-01-01'), options)).toEqual([]);
	});

	it('rejects malformed version ids, including impossible dates', () => {
		expect(isIsoDate('2024-02-30')).toBe(false);
		expect(isIsoDate('2024-2-3')).toBe(false);
		expect(isIsoDate('2024-02-29')).toBe(true);
		const [problem] = validateStatement([version('2024-02-30')], [], options);
		expect(problem).toMatchObject({ file: 'content/privacy/versions/2024-02-30.yaml', message: expect.stringContaining('not a version id') });
	});

	it('names the locale of a missing summary', () => {
		const problems = validateStatement([version('2019-01-01', { summary: { nl: 'Eerste versie' } })], both('intro', '2019-01-01'), options);
		expect(problems).toEqual([expect.objectContaining({ field: 'summary.en', file: 'content/privacy/versions/2019-01-01.yaml' })]);
	});

	it('rejects a clause that points at an unknown version', () => {
		const problems = validateStatement([version('2019-01-01')], [revision('intro', 'nl', '2020-01-01')], options);
		expect(problems[0]).toMatchObject({
			file: 'content/privacy/nl/intro/2020-01-01.mdx',
			hint: expect.stringContaining('content/privacy/versions/2020-01-01.yaml'),
		});
	});

	it('rejects removing a clause that does not exist', () => {
		const problems = validateStatement([version('2019-01-01'), version('2020-01-01', { removes: ['newsleter'] })], both('newsletter', '2019-01-01'), options);
		expect(problems).toEqual([
			expect.objectContaining({ field: 'removes[0]', message: expect.stringContaining('`newsleter`, which no earlier version contains') }),
		]);
	});

	it('rejects a correction dated after today: it records an edit already made', () => {
		const corrections = (date: string) => [{ date, clause: 'intro', locale: 'en', note: 'typo' }];
		const later = validateStatement([version('2019-01-01', { corrections: corrections('2026-06-02') })], both('intro', '2019-01-01'), options);
		expect(later).toEqual([
			expect.objectContaining({
				file: 'content/privacy/versions/2019-01-01.yaml',
				field: 'corrections[0].date',
				message: expect.stringContaining('after today (2026-06-01)'),
			}),
		]);
		expect(validateStatement([version('2019-01-01', { corrections: corrections('2026-06-01') })], both('intro', '2019-01-01'), options)).toEqual([]);
	});

	it('rejects a correction that names no text of its version', () => {
		const corrections = [{ date: '2020-02-01', clause: 'intro', locale: 'en', note: 'typo' }];
		const problems = validateStatement([version('2019-01-01'), version('2020-01-01', { corrections })], both('intro', '2019-01-01'), options);
		expect(problems[0]).toMatchObject({ field: 'corrections[0]', hint: expect.stringContaining('content/privacy/en/intro/2020-01-01.mdx') });
	});

	it('rejects a draft dated before a published version, and accepts one after it', () => {
		const problems = validateStatement(
			[version('2019-01-01'), version('2020-01-01', { draft: true }), version('2030-01-01')],
			both('intro', '2019-01-01'),
			options,
		);
		expect(problems).toEqual([
			expect.objectContaining({
				field: 'draft',
				file: 'content/privacy/versions/2020-01-01.yaml',
				message: expect.stringContaining('before version 2030-01-01'),
			}),
		]);
		expect(
			validateStatement([version('2019-01-01'), version('2031-01-01', { draft: true }), version('2030-01-01')], both('intro', '2019-01-01'), options),
		).toEqual([]);
	});

	it('rejects clause ids that cannot be anchors and locales the statement is not in', () => {
		const problems = validateStatement([version('2019-01-01')], [revision('Intro_1', 'nl', '2019-01-01'), revision('intro', 'de', '2019-01-01')], options);
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringContaining('not a valid clause id'),
			expect.stringContaining("not one of the statement's locales"),
		]);
	});
});

describe('checkTranslations', () => {
	const versions = [version('2019-01-01'), version('2020-01-01')];
	const revisions = [...both('intro', '2019-01-01'), revision('cookies', 'nl', '2020-01-01')];
	const model = buildTimeline(versions, revisions, timelineOptions);

	it('names the existing and the missing file', () => {
		const problems = checkTranslations(model, options);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('content/privacy/nl/cookies/2020-01-01.mdx exists, content/privacy/en/cookies/2020-01-01.mdx does not');
	});

	it('allows a missing translation when it is shown with a notice', () => {
		expect(checkTranslations(model, { ...options, missingTranslation: 'notice' })).toEqual([]);
	});
});

describe('checkChanges', () => {
	const check = (versions: ReturnType<typeof version>[], revisions: ReturnType<typeof revision>[]) =>
		checkChanges(buildTimeline(versions, revisions, timelineOptions), options);
	const two = [version('2019-01-01'), version('2020-01-01')];

	it('accepts a clause revised in every language', () => {
		expect(check(two, [...both('intro', '2019-01-01'), ...both('intro', '2020-01-01')])).toEqual([]);
	});

	it('rejects a text identical to the one it replaces', () => {
		const problems = check(two, [
			...both('intro', '2019-01-01'),
			...both('intro', '2020-01-01').map((r) => (r.locale === 'nl' ? { ...r, sha256: 'sha-intro-nl-2019-01-01' } : r)),
		]);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/privacy/nl/intro/2020-01-01.mdx',
				message: expect.stringContaining('nothing changed: the file is identical to content/privacy/nl/intro/2019-01-01.mdx'),
			}),
		]);
	});

	it('rejects a clause revised in one language only, naming both files', () => {
		const problems = check(two, [...both('intro', '2019-01-01'), revision('intro', 'nl', '2020-01-01')]);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/privacy/nl/intro/2020-01-01.mdx',
				message: expect.stringContaining(
					'changes clause `intro` in nl only: content/privacy/nl/intro/2020-01-01.mdx exists, content/privacy/en/intro/2020-01-01.mdx does not',
				),
			}),
		]);
		expect(problems[0]!.hint).toContain('singleLanguage');
	});

	it('accepts a one-language change that the version file explains, and rejects an explanation that fits no change', () => {
		const explained = [version('2019-01-01'), version('2020-01-01', { singleLanguage: [{ clause: 'intro', locale: 'nl', reason: 'Spelling.' }] })];
		expect(check(explained, [...both('intro', '2019-01-01'), revision('intro', 'nl', '2020-01-01')])).toEqual([]);
		expect(check(explained, [...both('intro', '2019-01-01'), ...both('intro', '2020-01-01')])).toEqual([
			expect.objectContaining({ field: 'singleLanguage[0]' }),
		]);
	});

	it('rejects a controller change that changes nothing, or that comes with the first version', () => {
		const same = [version('2019-01-01'), version('2020-01-01', { controller: { kvk: '12345678' } })];
		expect(check(same, both('intro', '2019-01-01'))).toEqual([
			expect.objectContaining({ field: 'controller', message: expect.stringContaining('the facts are the same') }),
		]);
		expect(check([version('2019-01-01', { controller: { kvk: '87654321' } })], both('intro', '2019-01-01'))).toEqual([
			expect.objectContaining({ field: 'controller', message: expect.stringContaining('first version') }),
		]);
		expect(check([version('2019-01-01'), version('2020-01-01', { controller: { kvk: null } })], both('intro', '2019-01-01'))).toEqual([]);
	});
});

describe('the position of a clause', () => {
	it('must be the same in every language', () => {
		const revisions = [revision('intro', 'nl', '2019-01-01', { order: 10 }), revision('intro', 'en', '2019-01-01', { order: 20 })];
		const problems = checkChanges(buildTimeline([version('2019-01-01')], revisions, timelineOptions), options);
		expect(problems).toEqual([
			expect.objectContaining({
				field: 'order',
				message: expect.stringContaining('10 in content/privacy/nl/intro/2019-01-01.mdx, 20 in content/privacy/en/intro/2019-01-01.mdx'),
			}),
		]);
	});
});

describe('the version files', () => {
	const file = (id: string) => `content/privacy/versions/${id}.yaml`;
	const texts = both('intro', '2019-01-01');

	it('are named after a real date', () => {
		expect(validateStatement([version('2024-02-30')], [], options)).toEqual([
			{
				file: file('2024-02-30'),
				message: '`2024-02-30` is not a version id.',
				hint: 'Name version files after their effective date, a real date written as YYYY-MM-DD, e.g. `2025-01-31.yaml`.',
			},
		]);
	});

	it('compare a draft with the newest published version, whatever order the files come in', () => {
		expect(validateStatement([version('2030-01-01'), version('2019-01-01'), version('2020-01-01', { draft: true })], texts, options)).toEqual([
			{
				file: file('2020-01-01'),
				field: 'draft',
				message: 'draft 2020-01-01 is dated before version 2030-01-01, which is already published, so it could never take effect.',
				hint: 'Rename the draft to a date after 2030-01-01, or delete it.',
			},
		]);
		expect(
			validateStatement([version('2019-01-01'), version('2020-01-01'), version('2025-01-01', { draft: true }), version('2030-01-01')], texts, options),
		).toEqual([expect.objectContaining({ field: 'draft', file: file('2025-01-01') })]);
	});

	it('may all be drafts, and drafts may follow each other', () => {
		expect(validateStatement([version('2019-01-01', { draft: true }), version('2020-01-01', { draft: true })], texts, options)).toEqual([]);
		expect(validateStatement([version('2019-01-01'), version('2030-01-01', { draft: true }), version('2031-01-01', { draft: true })], texts, options)).toEqual(
			[],
		);
	});

	it('give a summary in every locale of the statement, and in no other', () => {
		expect(
			validateStatement([version('2019-01-01', { summary: { nl: 'Eerste versie.', en: 'First version.', de: 'Erste Fassung.' } })], texts, options),
		).toEqual([
			{
				file: file('2019-01-01'),
				field: 'summary.de',
				message: 'the summary has a text for locale `de`, which the statement is not published in (nl, en).',
				hint: 'Remove it, or add the locale to the `locales` option of astroPrivacy().',
			},
		]);
		expect(validateStatement([version('2019-01-01', { summary: { en: 'First version.' } })], texts, options)).toEqual([
			{
				file: file('2019-01-01'),
				field: 'summary.nl',
				message: 'the summary is missing for locale `nl`.',
				hint: 'Add a one-line summary of the change under `summary.nl`; it is shown in the history and the feed.',
			},
		]);
	});

	it('date a correction on or after the version it corrects, and name a text of that version', () => {
		const corrections = [
			{ date: '2019-12-31', clause: 'intro', locale: 'nl', note: 'Too early.' },
			{ date: '2020-01-01', clause: 'intro', locale: 'nl', note: 'Same day.' },
		];
		expect(validateStatement([version('2019-01-01'), version('2020-01-01', { corrections })], [...texts, ...both('intro', '2020-01-01')], options)).toEqual([
			{
				file: file('2020-01-01'),
				field: 'corrections[0].date',
				message: 'the correction is dated 2019-12-31, before version 2020-01-01 took effect, so there was nothing published to correct yet.',
				hint: 'Give the day the correction was made, on or after 2020-01-01.',
			},
		]);
		const wrongClause = [{ date: '2020-02-01', clause: 'cookies', locale: 'nl', note: 'x' }];
		expect(
			validateStatement(
				[version('2019-01-01'), version('2020-01-01', { corrections: wrongClause })],
				[...texts, ...both('cookies', '2019-01-01'), ...both('intro', '2020-01-01')],
				options,
			),
		).toEqual([expect.objectContaining({ field: 'corrections[0]', message: expect.stringContaining('names clause `cookies` in `nl`') })]);
		const wrongLocale = [{ date: '2020-02-01', clause: 'intro', locale: 'de', note: 'x' }];
		expect(
			validateStatement([version('2019-01-01'), version('2020-01-01', { corrections: wrongLocale })], [...texts, ...both('intro', '2020-01-01')], options),
		).toEqual([
			{
				file: file('2020-01-01'),
				field: 'corrections[0]',
				message: 'the correction names clause `intro` in `de`, but version 2020-01-01 has no such text.',
				hint: 'A correction belongs to the version whose file it corrects: content/privacy/de/intro/2020-01-01.mdx.',
			},
		]);
	});

	it('remove clauses that an earlier version has and this one does not revise', () => {
		const removal = (versions: ReturnType<typeof version>[], revisions = [...texts, ...both('cookies', '2019-01-01')]) =>
			validateStatement(versions, revisions, options);
		expect(removal([version('2019-01-01'), version('2020-01-01', { removes: ['cookies'] })])).toEqual([]);
		expect(
			removal(
				[version('2019-01-01'), version('2020-01-01', { removes: ['cookies'] })],
				[...texts, ...both('cookies', '2019-01-01'), ...both('cookies', '2020-01-01')],
			),
		).toEqual([
			{
				file: file('2020-01-01'),
				field: 'removes[0]',
				message: 'version 2020-01-01 both removes and revises clause `cookies`.',
				hint: 'Either drop the removal or delete the 2020-01-01.mdx texts of that clause.',
			},
		]);
		expect(removal([version('2019-01-01'), version('2020-01-01', { removes: ['cookies'] }), version('2021-01-01', { removes: ['cookies'] })])).toEqual([
			{
				file: file('2021-01-01'),
				field: 'removes[0]',
				message: 'version 2021-01-01 removes clause `cookies`, which no earlier version contains.',
				hint: 'Check the spelling against the clause folder names, or drop the entry.',
			},
		]);
		expect(
			removal([version('2019-01-01'), version('2020-01-01', { removes: ['cookies'] }), version('2021-01-01')], [...texts, ...both('cookies', '2021-01-01')]),
		).toEqual([expect.objectContaining({ field: 'removes[0]', file: file('2020-01-01') })]);
	});
});

describe('the clause files', () => {
	it('name their problem and the way out', () => {
		expect(
			validateStatement(
				[version('2019-01-01')],
				[
					...both('intro', '2019-01-01'),
					revision('intro', 'de', '2019-01-01'),
					revision('policy-contact', 'nl', '2019-01-01'),
					revision('intro', 'nl', '2020-01-01'),
				],
				options,
			),
		).toEqual([
			{
				file: 'content/privacy/de/intro/2019-01-01.mdx',
				message: "`de` is not one of the statement's locales (nl, en).",
				hint: "Move the file into a locale folder, or add the locale to the `locales` option of astroPrivacy() (the site's own i18n config does not limit them).",
			},
			{
				file: 'content/privacy/nl/policy-contact/2019-01-01.mdx',
				message: '`policy-contact` is not a valid clause id.',
				hint: 'A clause folder name is its anchor in the page: use lower-case letters, digits and dashes, not starting with `policy-`.',
			},
			{
				file: 'content/privacy/nl/intro/2020-01-01.mdx',
				message: 'the clause points at version `2020-01-01`, which does not exist.',
				hint: 'Create content/privacy/versions/2020-01-01.yaml, or rename the file after an existing version.',
			},
		]);
	});
});

describe('missing translations', () => {
	it('are each reported once, however many versions show them', () => {
		const model = buildTimeline(
			[version('2019-01-01'), version('2020-01-01'), version('2021-01-01')],
			[...both('intro', '2019-01-01'), revision('cookies', 'nl', '2020-01-01'), revision('rights', 'en', '2021-01-01')],
			timelineOptions,
		);
		expect(checkTranslations(model, options)).toEqual([
			{
				file: 'content/privacy/nl/cookies/2020-01-01.mdx',
				message:
					'clause `cookies` has no en text in version 2020-01-01: content/privacy/nl/cookies/2020-01-01.mdx exists, content/privacy/en/cookies/2020-01-01.mdx does not.',
				hint: 'Write content/privacy/en/cookies/2020-01-01.mdx, or set `missingTranslation: \'notice\'` to publish it with a visible "not yet translated" notice.',
			},
			expect.objectContaining({
				file: 'content/privacy/en/rights/2021-01-01.mdx',
				message: expect.stringContaining('clause `rights` has no nl text in version 2021-01-01'),
			}),
		]);
	});
});

describe('what a version changes', () => {
	const check = (versions: ReturnType<typeof version>[], revisions: ReturnType<typeof revision>[], locales = ['nl', 'en']) =>
		checkChanges(buildTimeline(versions, revisions, timelineOptions), { ...options, locales });
	const two = [version('2019-01-01'), version('2020-01-01')];

	it('reports a position that differs per language once, where the clause is written', () => {
		expect(check(two, [revision('intro', 'nl', '2019-01-01', { order: 10 }), revision('intro', 'en', '2019-01-01', { order: 20 })])).toEqual([
			{
				file: 'content/privacy/nl/intro/2019-01-01.mdx',
				field: 'order',
				message:
					'clause `intro` has a different `order` per language in version 2019-01-01: 10 in content/privacy/nl/intro/2019-01-01.mdx, 20 in content/privacy/en/intro/2019-01-01.mdx.',
				hint: 'Give the clause the same `order` in every language.',
			},
		]);
	});

	it('says how to fix a text identical to the one it replaces', () => {
		const same = both('intro', '2020-01-01').map((r) => ({ ...r, sha256: `sha-intro-${r.locale}-2019-01-01` }));
		expect(check(two, [...both('intro', '2019-01-01'), ...same])[0]).toMatchObject({ hint: 'Delete the file; a version lists only texts that change.' });
	});

	it('takes a translation written together with a change of the other language as a change in every language', () => {
		expect(check(two, [revision('intro', 'nl', '2019-01-01'), ...both('intro', '2020-01-01')])).toEqual([]);
	});

	it('names every language left behind by a one-language change', () => {
		const problems = check(
			two,
			[...both('intro', '2019-01-01'), revision('intro', 'de', '2019-01-01'), revision('intro', 'nl', '2020-01-01')],
			['nl', 'en', 'de'],
		);
		expect(problems).toEqual([
			{
				file: 'content/privacy/nl/intro/2020-01-01.mdx',
				message:
					'version 2020-01-01 changes clause `intro` in nl only: content/privacy/nl/intro/2020-01-01.mdx exists, content/privacy/en/intro/2020-01-01.mdx and content/privacy/de/intro/2020-01-01.mdx does not, so the languages would state different things.',
				hint: 'Write content/privacy/en/intro/2020-01-01.mdx and content/privacy/de/intro/2020-01-01.mdx as well, or, for a change that concerns one language only, list it under `singleLanguage` in content/privacy/versions/2020-01-01.yaml with a `reason`.',
			},
		]);
	});

	it('names a singleLanguage entry that fits no change, and a controller entry that changes nothing', () => {
		const explained = [version('2019-01-01'), version('2020-01-01', { singleLanguage: [{ clause: 'intro', locale: 'nl', reason: 'Spelling.' }] })];
		expect(check(explained, [...both('intro', '2019-01-01'), ...both('intro', '2020-01-01')])).toEqual([
			{
				file: 'content/privacy/versions/2020-01-01.yaml',
				field: 'singleLanguage[0]',
				message: 'version 2020-01-01 lists clause `intro` as changed in nl only, but it does not change it in nl alone.',
				hint: 'Remove the entry, or check the clause id and locale.',
			},
		]);
		expect(check([version('2019-01-01'), version('2020-01-01', { controller: { kvk: '12345678' } })], both('intro', '2019-01-01'))).toEqual([
			{
				file: 'content/privacy/versions/2020-01-01.yaml',
				field: 'controller',
				message: 'version 2020-01-01 records a controller change, but the facts are the same as before.',
				hint: 'Remove the `controller` entry, or correct the facts in it.',
			},
		]);
		expect(check([version('2019-01-01', { controller: { kvk: '87654321' } })], both('intro', '2019-01-01'))).toEqual([
			{
				file: 'content/privacy/versions/2019-01-01.yaml',
				field: 'controller',
				message: 'the first version, 2019-01-01, records a controller change.',
				hint: 'The first version shows the `controller` option of astro.config.mjs: put the facts there and remove this entry.',
			},
		]);
	});
});

describe('the sections of a version', () => {
	const at = (clause: string) => `content/privacy/nl/${clause}/2020-01-01.mdx`;
	const sections = (revisions: ReturnType<typeof revision>[], versions = [version('2020-01-01')]) =>
		checkSections(buildTimeline(versions, revisions, timelineOptions));

	it('name where each language puts a clause that sits in a different place per language', () => {
		expect(sections([revision('a', 'nl', '2020-01-01', { intro: true }), revision('a', 'en', '2020-01-01')])).toEqual([
			{
				file: at('a'),
				field: 'parent',
				message:
					'clause `a` sits in a different place per language in version 2020-01-01: intro in content/privacy/nl/a/2020-01-01.mdx, top level in content/privacy/en/a/2020-01-01.mdx.',
				hint: 'Give the clause the same `parent` (and `intro`) in every language.',
			},
		]);
		expect(
			sections([revision('a', 'nl', '2020-01-01', { parent: 'b' }), revision('a', 'en', '2020-01-01'), ...both('b', '2020-01-01', { order: 20 })])[0]!.message,
		).toBe(
			'clause `a` sits in a different place per language in version 2020-01-01: under `b` in content/privacy/nl/a/2020-01-01.mdx, top level in content/privacy/en/a/2020-01-01.mdx.',
		);
	});

	it('say how to fix a parent that cannot be', () => {
		expect(sections([...both('a', '2020-01-01', { intro: true, parent: 'b' }), ...both('b', '2020-01-01', { order: 20 })])).toEqual([
			{
				file: at('a'),
				field: 'parent',
				message: 'the intro `a` names a parent section; the intro stands alone before the contents.',
				hint: 'Remove `parent` from the intro, or `intro` from the clause.',
			},
		]);
		expect(sections([...both('a', '2020-01-01', { parent: 'gone' })])).toEqual([
			{
				file: at('a'),
				field: 'parent',
				message: 'the parent section `gone` is not a clause of version 2020-01-01.',
				hint: 'Name the folder of a clause in force in this version, or remove `parent` for a top-level clause.',
			},
		]);
		expect(sections([...both('welcome', '2020-01-01', { intro: true, order: 1 }), ...both('a', '2020-01-01', { parent: 'welcome' })])).toEqual([
			{
				file: at('a'),
				field: 'parent',
				message: '`welcome` is the intro, which has no sub-sections.',
				hint: 'Put the clause under another section, or at the top level.',
			},
		]);
		expect(sections([...both('a', '2020-01-01', { parent: 'b' }), ...both('b', '2020-01-01', { parent: 'a', order: 20 })])[0]).toEqual({
			file: at('a'),
			field: 'parent',
			message: 'clause `a` is, through its parents, a section of itself in version 2020-01-01.',
			hint: 'Break the loop: one of these clauses must be at the top level or under another section.',
		});
		expect(sections([...both('a', '2020-01-01', { intro: true }), ...both('b', '2020-01-01', { intro: true, order: 20 })])).toEqual([
			{
				file: at('b'),
				field: 'intro',
				message: 'version 2020-01-01 has 2 intros: `a`, `b`.',
				hint: 'A statement opens with one intro; make the others ordinary clauses.',
			},
		]);
	});

	it('follow a chain of parents to its end: a missing parent or a loop further up is reported there only', () => {
		expect(sections([...both('a', '2020-01-01', { parent: 'b' }), ...both('b', '2020-01-01', { parent: 'gone', order: 20 })]).map((p) => p.message)).toEqual([
			'the parent section `gone` is not a clause of version 2020-01-01.',
		]);
		expect(
			sections([
				...both('a', '2020-01-01', { parent: 'b' }),
				...both('b', '2020-01-01', { parent: 'c', order: 20 }),
				...both('c', '2020-01-01', { parent: 'b', order: 30 }),
			]).map((p) => p.message),
		).toEqual([
			'clause `b` is, through its parents, a section of itself in version 2020-01-01.',
			'clause `c` is, through its parents, a section of itself in version 2020-01-01.',
		]);
	});

	it('give each clause its own place among its siblings, blaming the newer text for a clash', () => {
		const versions = [version('2019-01-01'), version('2020-01-01')];
		expect(sections([...both('a', '2019-01-01', { order: 10 }), ...both('b', '2020-01-01', { order: 10 })], versions)).toEqual([
			{
				file: at('b'),
				field: 'order',
				message: 'clauses `a` and `b` both have `order: 10` in version 2020-01-01, so which comes first is left to chance.',
				hint: 'Give each clause its own `order`; leave gaps (10, 20, 30) for clauses inserted later.',
			},
		]);
		expect(sections([...both('b', '2019-01-01', { order: 10 }), ...both('a', '2020-01-01', { order: 10 })], versions)[0]!.file).toBe(at('a'));
		// A clause revised in one language is as new as its newest text; between texts as new, the first clause named is blamed.
		const oneLanguage = [
			...both('a', '2019-01-01', { order: 10 }),
			revision('a', 'en', '2020-01-01', { order: 10 }),
			...both('b', '2019-01-01', { order: 10 }),
		];
		expect(sections(oneLanguage, versions).map((p) => p.file)).toEqual(['content/privacy/nl/a/2019-01-01.mdx', 'content/privacy/en/a/2020-01-01.mdx']);
		expect(sections([...both('a', '2020-01-01', { order: 10 }), ...both('b', '2020-01-01', { order: 10 })], versions)[0]!.file).toBe(at('a'));
		const data = both('data', '2020-01-01', { order: 10 });
		expect(
			sections([...data, ...both('a', '2020-01-01', { order: 10, parent: 'data' }), ...both('b', '2020-01-01', { order: 10, parent: 'data' })]).map(
				(p) => p.message,
			),
		).toEqual(['clauses `a` and `b` both have `order: 10` under `data` in version 2020-01-01, so which comes first is left to chance.']);
		expect(
			sections([
				...data,
				...both('rights', '2020-01-01', { order: 20 }),
				...both('a', '2020-01-01', { order: 10, parent: 'data' }),
				...both('b', '2020-01-01', { order: 10, parent: 'rights' }),
			]),
		).toEqual([]);
		expect(sections([...both('welcome', '2020-01-01', { order: 10, intro: true }), ...data])).toEqual([]);
		// A clause whose parent is missing is shown at the top level, so it takes a place there.
		expect(sections([...data, ...both('a', '2020-01-01', { order: 10, parent: 'gone' })]).map((p) => p.field)).toEqual(['parent', 'order']);
	});
});

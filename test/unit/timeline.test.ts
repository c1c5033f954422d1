import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { checkSections } from '../../integration/model/validate.ts';
import type { RevisionRecord } from '../../integration/model/types.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const options = { ...timelineOptions, buildDate: '2025-06-01' };
const versions = [
	version('2019-01-01'),
	version('2021-06-01', { removes: ['newsletter'] }),
	version('2024-03-01'),
	version('2027-01-01', { material: true }),
	version('2026-01-01', { draft: true }),
];
const revisions = [
	...both('intro', '2019-01-01', { order: 10 }),
	...both('retention', '2019-01-01', { order: 20 }),
	...both('newsletter', '2019-01-01', { order: 30 }),
	revision('retention', 'en', '2024-03-01', { order: 20 }),
	...both('transfers', '2027-01-01', { order: 15 }),
	...both('intro', '2026-01-01', { order: 10 }),
];

describe('buildTimeline', () => {
	const model = buildTimeline(versions, revisions, options);

	it('makes the newest published version on or before the build date current', () => {
		expect(model.current?.id).toBe('2024-03-01');
		expect(model.versions.map((v) => [v.id, v.status])).toEqual([
			['2019-01-01', 'earlier'],
			['2021-06-01', 'earlier'],
			['2024-03-01', 'current'],
			['2027-01-01', 'upcoming'],
		]);
		expect(model.upcoming?.id).toBe('2027-01-01');
	});

	it('follows the build date: on the effective date a version becomes current', () => {
		expect(buildTimeline(versions, revisions, { ...options, buildDate: '2027-01-01' }).current?.id).toBe('2027-01-01');
		expect(buildTimeline(versions, revisions, { ...options, buildDate: '2018-12-31' }).current).toBeUndefined();
	});

	it('leaves drafts and their texts out of a build', () => {
		expect(model.versions.some((v) => v.id === '2026-01-01')).toBe(false);
		const intro = model.versions.at(-1)!.clauses.find((c) => c.clause === 'intro')!;
		expect(intro.revisions.nl!.version).toBe('2019-01-01');
	});

	it('shows drafts with their status in dev, between the versions around them', () => {
		const dev = buildTimeline(versions, revisions, { ...options, includeDrafts: true });
		const draft = dev.versions.find((v) => v.id === '2026-01-01')!;
		expect(draft.status).toBe('draft');
		expect(draft.clauses.find((c) => c.clause === 'intro')!.change).toBe('changed');
		expect(dev.current?.id).toBe('2024-03-01');
	});

	it('carries unchanged clauses forward and classifies changes', () => {
		const [v1, v2, v3, v4] = model.versions;
		expect(v1!.clauses.map((c) => [c.clause, c.change])).toEqual([
			['intro', 'added'],
			['retention', 'added'],
			['newsletter', 'added'],
		]);
		expect(v2!.clauses.map((c) => c.change)).toEqual(['unchanged', 'unchanged']);
		expect(v2!.removed.map((c) => c.clause)).toEqual(['newsletter']);
		expect(v3!.clauses.map((c) => [c.clause, c.change])).toEqual([
			['intro', 'unchanged'],
			['retention', 'changed'],
		]);
		expect(v4!.clauses.map((c) => c.clause)).toEqual(['intro', 'transfers', 'retention']);
	});

	it('dates a clause per language by the version in which its text in that language last changed', () => {
		const v3 = model.versions[2]!;
		const retention = v3.clauses.find((c) => c.clause === 'retention')!;
		expect(retention.revisions.nl!.version).toBe('2019-01-01');
		expect(retention.revisions.en!.version).toBe('2024-03-01');
		expect(v3.clauses.find((c) => c.clause === 'intro')!.revisions.en!.version).toBe('2019-01-01');
	});

	it('gives earlier versions the day before their successor as end date, skipping drafts', () => {
		expect(model.versions[0]!.until).toBe('2021-05-31');
		expect(buildTimeline(versions, revisions, { ...options, includeDrafts: true }).versions[2]!.until).toBe('2026-12-31');
	});

	it('dates a clause brought back after its removal from its return', () => {
		const model2 = buildTimeline(
			[version('2019-01-01'), version('2020-01-01', { removes: ['a'] }), version('2021-01-01')],
			[...both('a', '2019-01-01'), ...both('a', '2021-01-01')],
			options,
		);
		const back = model2.versions[2]!.clauses[0]!;
		expect(back.change).toBe('added');
		expect([back.revisions.nl!.version, back.revisions.en!.version]).toEqual(['2021-01-01', '2021-01-01']);
	});

	it('records per language what a version changed', () => {
		const retention = model.versions[2]!.clauses.find((c) => c.clause === 'retention')!;
		expect(retention.changedIn).toEqual(['en']);
		expect(model.versions[0]!.clauses[0]!.changedIn).toEqual(['en', 'nl']);
		expect(model.versions[2]!.clauses.find((c) => c.clause === 'intro')!.changedIn).toEqual([]);
	});

	it('shows each version the controller facts in force then: a change applies from its version on, null withdraws a fact', () => {
		const moved = buildTimeline(
			[version('2019-01-01'), version('2020-01-01', { controller: { address: ['Nieuweweg 2', '1000 AA Amsterdam'], kvk: null } }), version('2021-01-01')],
			both('a', '2019-01-01'),
			options,
		);
		expect(moved.versions.map((v) => [v.controller.address?.[0], v.controller.kvk, v.controllerChanged])).toEqual([
			['Teststraat 1', '12345678', false],
			['Nieuweweg 2', undefined, true],
			['Nieuweweg 2', undefined, false],
		]);
		expect('kvk' in moved.versions[1]!.controller).toBe(false);
	});
});

describe('sections', () => {
	const build = (revisions: RevisionRecord[]) => buildTimeline([version('2020-01-01')], revisions, timelineOptions);
	it('orders each section before its sub-sections, numbers them 1, 1.1, and leaves the intro unnumbered', () => {
		const model = build([
			...both('welcome', '2020-01-01', { order: 1, intro: true }),
			...both('data', '2020-01-01', { order: 10 }),
			...both('support', '2020-01-01', { order: 20, parent: 'data' }),
			...both('account', '2020-01-01', { order: 10, parent: 'data' }),
			...both('rights', '2020-01-01', { order: 30 }),
			...both('complaint', '2020-01-01', { order: 10, parent: 'rights' }),
		]);
		expect(model.versions[0]!.clauses.map((c) => `${c.number ?? '-'} ${c.clause} ${c.depth}`)).toEqual([
			'- welcome 0',
			'1 data 0',
			'1.1 account 1',
			'1.2 support 1',
			'2 rights 0',
			'2.1 complaint 1',
		]);
	});

	it('reports a missing parent, a loop, a parent per language, an intro under a section and two intros', () => {
		const problems = (revisions: RevisionRecord[]) => checkSections(build(revisions)).map((p) => p.message);
		expect(problems([...both('a', '2020-01-01', { parent: 'gone' })])).toEqual(['the parent section `gone` is not a clause of version 2020-01-01.']);
		expect(problems([...both('a', '2020-01-01', { parent: 'b' }), ...both('b', '2020-01-01', { parent: 'a' })])).toEqual([
			'clause `a` is, through its parents, a section of itself in version 2020-01-01.',
			'clause `b` is, through its parents, a section of itself in version 2020-01-01.',
		]);
		expect(problems([revision('a', 'nl', '2020-01-01', { parent: 'b' }), revision('a', 'en', '2020-01-01'), ...both('b', '2020-01-01')])[0]).toContain(
			'sits in a different place per language',
		);
		expect(problems([...both('a', '2020-01-01', { intro: true, parent: 'b' }), ...both('b', '2020-01-01')])).toEqual([
			'the intro `a` names a parent section; the intro stands alone before the contents.',
		]);
		expect(problems([...both('a', '2020-01-01', { intro: true }), ...both('b', '2020-01-01', { intro: true })])).toEqual([
			'version 2020-01-01 has 2 intros: `a`, `b`.',
		]);
		expect(problems([...both('a', '2020-01-01', { parent: 'b' }), ...both('b', '2020-01-01')])).toEqual([]);
	});
});

describe('the versions of a statement', () => {
	it('are in date order, whatever order the files come in, each linked to the one before and after it', () => {
		const model = buildTimeline(
			[version('2021-01-01'), version('2019-01-01'), version('2020-01-01')],
			[...both('a', '2019-01-01'), ...both('a', '2021-01-01')],
			timelineOptions,
		);
		expect(model.versions.map((v) => [v.previous, v.id, v.next])).toEqual([
			[undefined, '2019-01-01', '2020-01-01'],
			['2019-01-01', '2020-01-01', '2021-01-01'],
			['2020-01-01', '2021-01-01', undefined],
		]);
		expect(model.versions[1]!.clauses[0]!.revisions.nl!.version).toBe('2019-01-01');
		expect(model.versions[0]!.removed).toEqual([]);
	});

	it('belong to the statement named by their files, also before any text or any version exists', () => {
		expect(buildTimeline([version('2019-01-01')], [], timelineOptions).statement).toBe('privacy');
		expect(buildTimeline([], both('a', '2019-01-01'), timelineOptions).statement).toBe('privacy');
		expect(buildTimeline([], [], timelineOptions)).toEqual({ statement: '', versions: [], current: undefined, upcoming: undefined });
	});

	it('make no draft current in dev, even one dated before the build date', () => {
		const dev = buildTimeline([version('2019-01-01'), version('2020-01-01', { draft: true })], both('a', '2019-01-01'), {
			...timelineOptions,
			buildDate: '2021-01-01',
			includeDrafts: true,
		});
		expect(dev.versions.map((v) => [v.id, v.status])).toEqual([
			['2019-01-01', 'current'],
			['2020-01-01', 'draft'],
		]);
		expect(dev.current?.id).toBe('2019-01-01');
	});

	it('never count the first version as a change of controller facts: there is nothing before it', () => {
		const model = buildTimeline([version('2019-01-01', { controller: { kvk: '87654321' } }), version('2020-01-01')], both('a', '2019-01-01'), timelineOptions);
		expect(model.versions.map((v) => [v.controller.kvk, v.controllerChanged])).toEqual([
			['87654321', false],
			['87654321', false],
		]);
	});
});

describe('a clause in a version', () => {
	it('is dated in each language by its own text: a change in one language does not date the other', () => {
		const model = buildTimeline(
			[version('2019-01-01'), version('2020-01-01'), version('2021-01-01')],
			[...both('a', '2019-01-01'), revision('a', 'nl', '2020-01-01')],
			timelineOptions,
		);
		expect(model.versions.map((v) => v.clauses[0]!.revisions.nl!.version)).toEqual(['2019-01-01', '2020-01-01', '2020-01-01']);
		expect(model.versions.map((v) => v.clauses[0]!.revisions.en!.version)).toEqual(['2019-01-01', '2019-01-01', '2019-01-01']);
	});

	it('takes its place from the default locale, or from the language it exists in when the translation is missing', () => {
		const model = buildTimeline(
			[version('2019-01-01')],
			[revision('a', 'en', '2019-01-01', { order: 5 }), revision('b', 'en', '2019-01-01', { order: 1 }), revision('b', 'nl', '2019-01-01', { order: 20 })],
			timelineOptions,
		);
		expect(model.versions[0]!.clauses.map((c) => `${c.clause} ${c.order}`)).toEqual(['a 5', 'b 20']);
	});

	it('counts a translation written later as a change in that language only', () => {
		const model = buildTimeline(
			[version('2019-01-01'), version('2020-01-01')],
			[revision('a', 'nl', '2019-01-01'), revision('a', 'en', '2020-01-01')],
			timelineOptions,
		);
		expect(model.versions[1]!.clauses[0]).toMatchObject({ change: 'changed', changedIn: ['en'] });
	});
});

describe('sections that cannot be placed', () => {
	const build = (revisions: RevisionRecord[]) =>
		buildTimeline([version('2020-01-01')], revisions, timelineOptions).versions[0]!.clauses.map((c) => `${c.number ?? '-'} ${c.clause} ${c.depth}`);

	it('leave the intro at the top level and unnumbered, even when it names a parent', () => {
		expect(build([...both('data', '2020-01-01', { order: 1 }), ...both('welcome', '2020-01-01', { order: 5, intro: true, parent: 'data' })])).toEqual([
			'1 data 0',
			'- welcome 0',
		]);
	});

	it('show clauses in a loop of parents after the rest, numbered on, in order whatever the order of their files', () => {
		expect(
			build([
				...both('top', '2020-01-01', { order: 1 }),
				...both('b', '2020-01-01', { order: 20, parent: 'a' }),
				...both('a', '2020-01-01', { order: 10, parent: 'b' }),
			]),
		).toEqual(['1 top 0', '2 a 0', '2.1 b 1']);
	});
});

import { describe, expect, it } from 'vitest';
import { compareVersions, type ClauseComparison } from '../../integration/model/compare.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const versions = [
	version('2019-01-01', { singleLanguage: [{ clause: 'rights', locale: 'en', reason: 'Before the range.' }] }),
	version('2020-01-01', {
		removes: ['newsletter'],
		singleLanguage: [
			{ clause: 'rights', locale: 'en', reason: 'Typo in the English text.' },
			{ clause: 'rights', locale: 'nl', reason: 'Another language.' },
			{ clause: 'intro', locale: 'en', reason: 'Another clause.' },
		],
	}),
	version('2021-01-01', { singleLanguage: [{ clause: 'rights', locale: 'en', reason: 'A clearer word.' }] }),
	version('2022-01-01', { singleLanguage: [{ clause: 'rights', locale: 'en', reason: 'After the range.' }], controller: { phone: '+31 20 123 45 67' } }),
];
const revisions = [
	...both('intro', '2019-01-01', { order: 10 }),
	...both('retention', '2019-01-01', { order: 20 }),
	...both('rights', '2019-01-01', { order: 30 }),
	...both('newsletter', '2019-01-01', { order: 40 }),
	...both('retention', '2020-01-01', { order: 20 }),
	revision('rights', 'en', '2020-01-01', { order: 30 }),
	...both('cookies', '2020-01-01', { order: 25 }),
	revision('rights', 'en', '2021-01-01', { order: 30 }),
];
const model = buildTimeline(versions, revisions, { ...timelineOptions, buildDate: '2021-06-01' });
const kinds = (clauses: ClauseComparison[]) => clauses.map((c) => `${c.clause} ${c.kind}`);

describe('comparing two versions', () => {
	it('lists what a Dutch reader sees change: added, changed, changed only in another language, and removed last', () => {
		const comparison = compareVersions(model, '2019-01-01', '2020-01-01', 'nl');
		expect(kinds(comparison.clauses)).toEqual(['retention changed', 'cookies added', 'rights otherLanguage', 'newsletter removed']);
		expect(comparison.from?.id).toBe('2019-01-01');
		expect(comparison.to.id).toBe('2020-01-01');
	});

	it('gives the old and new text of a change, and the new text of an addition', () => {
		const [retention, cookies, , newsletter] = compareVersions(model, '2019-01-01', '2020-01-01', 'nl').clauses;
		expect(retention).toMatchObject({
			kind: 'changed',
			before: { revisions: { nl: { version: '2019-01-01' } } },
			after: { revisions: { nl: { version: '2020-01-01' } } },
		});
		expect(cookies).toMatchObject({ kind: 'added', after: { clause: 'cookies' } });
		expect(newsletter).toMatchObject({ kind: 'removed', before: { clause: 'newsletter', revisions: { nl: { version: '2019-01-01' } } } });
	});

	it('sees a change in the locale read as a change, whatever other languages did', () => {
		expect(kinds(compareVersions(model, '2019-01-01', '2020-01-01', 'en').clauses)).toEqual([
			'retention changed',
			'cookies added',
			'rights changed',
			'newsletter removed',
		]);
	});

	it('names the other languages and the reasons the versions in between give for that clause and language', () => {
		const rights = compareVersions(model, '2019-01-01', '2021-01-01', 'nl').clauses.find((c) => c.clause === 'rights');
		expect(rights).toMatchObject({ kind: 'otherLanguage', languages: ['en'], reasons: ['Typo in the English text.', 'A clearer word.'] });
		const adjacent = compareVersions(model, '2020-01-01', '2021-01-01', 'nl').clauses;
		expect(adjacent).toEqual([expect.objectContaining({ clause: 'rights', kind: 'otherLanguage', reasons: ['A clearer word.'] })]);
	});

	it('shows nothing for versions that change nothing a reader sees', () => {
		expect(compareVersions(model, '2021-01-01', '2022-01-01', 'en').clauses).toEqual([]);
	});

	it('shows a translation written later as a change in another language', () => {
		const later = buildTimeline(
			[version('2019-01-01'), version('2020-01-01')],
			[revision('a', 'nl', '2019-01-01'), revision('a', 'en', '2020-01-01')],
			timelineOptions,
		);
		expect(compareVersions(later, '2019-01-01', '2020-01-01', 'nl').clauses).toEqual([
			expect.objectContaining({ clause: 'a', kind: 'otherLanguage', languages: ['en'], reasons: [] }),
		]);
	});

	it('shows everything as added in the first version, from nothing', () => {
		const first = compareVersions(model, undefined, '2019-01-01', 'nl');
		expect(first.from).toBeUndefined();
		expect(kinds(first.clauses)).toEqual(['intro added', 'retention added', 'rights added', 'newsletter added']);
		expect(first.controllerChanges).toEqual([]);
	});

	it('names the controller facts that differ, across any distance', () => {
		expect(compareVersions(model, '2021-01-01', '2022-01-01', 'nl').controllerChanges).toEqual(['phone']);
		expect(compareVersions(model, '2019-01-01', '2022-01-01', 'nl').controllerChanges).toEqual(['phone']);
		expect(compareVersions(model, '2019-01-01', '2021-01-01', 'nl').controllerChanges).toEqual([]);
		// Added, withdrawn and changed facts, in one order.
		const moved = buildTimeline(
			[version('2019-01-01'), version('2020-01-01', { controller: { phone: '+31 20 123 45 67', kvk: null, address: ['Elders 1'] } })],
			[revision('a', 'nl', '2019-01-01')],
			timelineOptions,
		);
		expect(compareVersions(moved, '2019-01-01', '2020-01-01', 'nl').controllerChanges).toEqual(['address', 'kvk', 'phone']);
	});
});

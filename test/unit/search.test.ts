import { describe, expect, it } from 'vitest';
import { linkedVersion, searchRecords, type SearchRecord } from '../../integration/model/search.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const versions = [
	version('2019-01-01'),
	version('2020-01-01'),
	version('2021-01-01', { controller: { phone: '+31 20 123 45 67' } }),
	version('2022-01-01', { draft: true }),
];
const revisions = [
	...both('intro', '2019-01-01', { order: 10 }),
	...both('retention', '2019-01-01', { order: 20 }),
	...both('retention', '2020-01-01', { order: 20 }),
	// Not translated yet: the English page shows the Dutch text.
	revision('cookies', 'nl', '2020-01-01', { order: 30 }),
	...both('intro', '2022-01-01', { order: 10 }),
];
const model = (buildDate: string) => buildTimeline(versions, revisions, { ...timelineOptions, buildDate, includeDrafts: true });
const summary = (records: SearchRecord[]) => records.map((r) => `${r.revision.entryId} in ${r.versions.map((v) => v.id).join(',')}`);

describe('the search records', () => {
	it('hold each text once, with the run of versions that show it with the same controller facts, never a draft', () => {
		expect(summary(searchRecords(model('2020-06-01'), 'nl'))).toEqual([
			'privacy/nl/intro/2019-01-01 in 2019-01-01,2020-01-01',
			'privacy/nl/retention/2019-01-01 in 2019-01-01',
			'privacy/nl/retention/2020-01-01 in 2020-01-01',
			'privacy/nl/cookies/2020-01-01 in 2020-01-01',
			// New controller facts, which a text may print: a record of its own.
			'privacy/nl/intro/2019-01-01 in 2021-01-01',
			'privacy/nl/retention/2020-01-01 in 2021-01-01',
			'privacy/nl/cookies/2020-01-01 in 2021-01-01',
		]);
	});

	it('are per locale, with the text a page of that locale shows where a translation is missing', () => {
		const records = searchRecords(model('2020-06-01'), 'en');
		expect(records.map((r) => `${r.clause}: ${r.revision.entryId}`).slice(0, 4)).toEqual([
			'intro: privacy/en/intro/2019-01-01',
			'retention: privacy/en/retention/2019-01-01',
			'retention: privacy/en/retention/2020-01-01',
			'cookies: privacy/nl/cookies/2020-01-01',
		]);
	});

	it('link a hit to the current version when the text is in force now, else to the newest version that has it', () => {
		const linked = (buildDate: string) => searchRecords(model(buildDate), 'nl').map((r) => linkedVersion(r).id);
		expect(linked('2020-06-01')).toEqual(['2020-01-01', '2019-01-01', '2020-01-01', '2020-01-01', '2021-01-01', '2021-01-01', '2021-01-01']);
		expect(linked('2019-06-01')[0]).toBe('2019-01-01');
		expect(linked('2025-01-01')[0]).toBe('2020-01-01');
		const unchanged = buildTimeline(
			[version('2019-01-01'), version('2020-01-01'), version('2021-01-01'), version('2022-01-01', { controller: { phone: '+31 20 123 45 67' } })],
			both('intro', '2019-01-01'),
			{ ...timelineOptions, buildDate: '2023-01-01' },
		);
		expect(searchRecords(unchanged, 'nl').map((r) => linkedVersion(r).id)).toEqual(['2021-01-01', '2022-01-01']);
	});
});

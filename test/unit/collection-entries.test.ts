import { describe, expect, it } from 'vitest';
import { toRecords, type PolicyEntry } from '../../integration/content/records.ts';

const version = (id: string, data: Partial<Extract<PolicyEntry['data'], { kind: 'version' }>> = {}, extra: Partial<PolicyEntry> = {}): PolicyEntry => ({
	id,
	data: {
		kind: 'version',
		summary: { nl: 'Eerste versie.', en: 'First version.' },
		draft: false,
		material: false,
		removes: [],
		corrections: [],
		singleLanguage: [],
		controller: undefined,
		...data,
	},
	filePath: `content/${id}.yaml`,
	...extra,
});
const clause = (id: string, data: Partial<Extract<PolicyEntry['data'], { kind: 'clause' }>> = {}, extra: Partial<PolicyEntry> = {}): PolicyEntry => ({
	id,
	data: { kind: 'clause', title: 'Bewaartermijnen', order: 20, ...data },
	filePath: `content/${id}.mdx`,
	digest: 'abc123',
	...extra,
});

describe('collection entries', () => {
	it('become version records, every field of the version file kept', () => {
		const controller = { kvk: null, phone: '+31 30 123 45 67' };
		const corrections = [{ date: '2020-02-01', clause: 'retention', locale: 'en', note: 'Typo.' }];
		const singleLanguage = [{ clause: 'retention', locale: 'en', reason: 'Typo.' }];
		const { versions, revisions } = toRecords('privacy', [
			version('privacy/versions/2020-01-01', { draft: true, material: true, removes: ['newsletter'], corrections, singleLanguage, controller }),
		]);
		expect(revisions).toEqual([]);
		expect(versions).toEqual([
			{
				statement: 'privacy',
				id: '2020-01-01',
				summary: { nl: 'Eerste versie.', en: 'First version.' },
				draft: true,
				material: true,
				removes: ['newsletter'],
				corrections,
				singleLanguage,
				controller,
				file: 'content/privacy/versions/2020-01-01.yaml',
			},
		]);
	});

	it('become revision records named by their path: locale, clause and version, with the file digest', () => {
		const processing = { data: ['name' as const], basis: 'contract' as const };
		const { versions, revisions } = toRecords('privacy', [
			clause('privacy/en/retention/2020-01-01', { summary: 'In short.', parent: 'data', intro: true, processing, covers: ['rights'] }),
		]);
		expect(versions).toEqual([]);
		expect(revisions).toEqual([
			{
				entryId: 'privacy/en/retention/2020-01-01',
				statement: 'privacy',
				locale: 'en',
				clause: 'retention',
				version: '2020-01-01',
				title: 'Bewaartermijnen',
				order: 20,
				summary: 'In short.',
				parent: 'data',
				intro: true,
				purposes: [processing],
				covers: ['rights'],
				sha256: 'abc123',
				file: 'content/privacy/en/retention/2020-01-01.mdx',
			},
		]);
	});

	it('fill in what a clause leaves out: no intro, no covered items', () => {
		const [revision] = toRecords('privacy', [clause('privacy/nl/retention/2020-01-01')]).revisions;
		expect(revision).toMatchObject({ intro: false, covers: [], summary: undefined, parent: undefined, purposes: [] });
	});

	it('name an entry without a file path by its id', () => {
		const { versions, revisions } = toRecords('privacy', [
			version('privacy/versions/2020-01-01', {}, { filePath: undefined }),
			clause('privacy/nl/intro/2020-01-01', {}, { filePath: undefined }),
		]);
		expect(versions[0]!.file).toBe('privacy/versions/2020-01-01');
		expect(revisions[0]!.file).toBe('privacy/nl/intro/2020-01-01');
	});

	it('belong to one statement: entries of another statement are left out', () => {
		const entries = [
			version('cookies/versions/2020-01-01'),
			clause('cookies/nl/intro/2020-01-01'),
			version('privacy/versions/2021-01-01'),
			clause('privacy/nl/intro/2021-01-01'),
		];
		const { versions, revisions } = toRecords('privacy', entries);
		expect(versions.map((v) => v.id)).toEqual(['2021-01-01']);
		expect(revisions.map((r) => r.entryId)).toEqual(['privacy/nl/intro/2021-01-01']);
	});
});

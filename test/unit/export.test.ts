import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../../integration/export/json-schema.ts';
import { policyExport } from '../../integration/model/export.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import type { Processing } from '../../integration/model/types.ts';
import { publishedSchema, schemaErrors } from '../policy-schema.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const sha = (n: number) => String(n).repeat(64).slice(0, 64);

describe('policy.json', () => {
	it('has the JSON Schema that docs/policy.schema.json publishes (regenerate it with `npm run schema`)', () => {
		expect(policyJsonSchema()).toEqual(publishedSchema);
	});

	it('lists published versions with their fingerprints, clause digests and register, and passes its schema', () => {
		const facts: Processing = { data: ['name'], basis: 'contract', retention: { period: { years: 2 } } };
		const revisions = [
			revision('accounts', 'nl', '2019-01-01', { sha256: sha(1), purposes: [facts] }),
			revision('accounts', 'en', '2019-01-01', { sha256: sha(2), purposes: [facts] }),
			...both('rights', '2019-01-01', { sha256: sha(3), parent: 'accounts' }),
		];
		const versions = [version('2019-01-01'), version('2021-01-01', { removes: ['rights'] }), version('2022-01-01', { draft: true })];
		const model = buildTimeline(versions, revisions, { ...timelineOptions, buildDate: '2020-01-01', includeDrafts: true });
		const json = policyExport(model, ['nl', 'en'], (locale, id) => `https://example.nl/${locale}/privacy/${id}/`);
		expect(schemaErrors(json)).toEqual([]);
		expect(json.versions.map((v) => [v.id, v.status, v.until])).toEqual([
			['2019-01-01', 'current', '2020-12-31'],
			['2021-01-01', 'upcoming', null],
		]);
		const [first] = json.versions;
		expect(first!.urls).toEqual({ nl: 'https://example.nl/nl/privacy/2019-01-01/', en: 'https://example.nl/en/privacy/2019-01-01/' });
		expect(first!.clauses).toEqual([
			{
				id: 'accounts',
				parent: null,
				intro: false,
				texts: { nl: { title: 'accounts (nl)', version: '2019-01-01', sha256: sha(1) }, en: { title: 'accounts (en)', version: '2019-01-01', sha256: sha(2) } },
				processing: { nl: facts, en: facts },
			},
			expect.objectContaining({ id: 'rights', parent: 'accounts' }),
		]);
		expect(first!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(first!.fingerprint).not.toBe(json.versions[1]!.fingerprint);
		expect(first!.digests.texts).toEqual({ 'en/accounts': sha(2), 'en/rights': sha(3), 'nl/accounts': sha(1), 'nl/rights': sha(3) });
		expect(json.versions[1]!.clauses.map((c) => c.id)).toEqual(['accounts']);
		expect(json.current).toBe('2019-01-01');
		// Only a purpose has register facts.
		expect(first!.clauses[1]).not.toHaveProperty('processing');
	});

	it('has no current version before the first takes effect', () => {
		const model = buildTimeline([version('2019-01-01')], both('intro', '2019-01-01', { sha256: sha(1) }), { ...timelineOptions, buildDate: '2018-12-31' });
		const json = policyExport(model, ['nl', 'en'], (locale, id) => `https://example.nl/${locale}/privacy/${id}/`);
		expect(json.current).toBeNull();
		expect(json.versions.map((v) => v.status)).toEqual(['upcoming']);
		expect(schemaErrors(json)).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { shownTextKey } from '../../integration/model/purpose.ts';
import { revision } from './records.ts';

describe('the key of a text as shown', () => {
	const facts = { data: ['name' as const], retention: { period: { years: 7 } } };

	it('is the revision and the controller facts, for a clause that is no purpose', () => {
		expect(shownTextKey(revision('intro', 'nl', '2019-01-01'), 'c1')).toBe('privacy/nl/intro/2019-01-01@c1');
		expect(shownTextKey(revision('intro', 'nl', '2019-01-01'), 'c2')).toBe('privacy/nl/intro/2019-01-01@c2');
	});

	it("covers the purpose's register facts: the same facts give the same key, other facts another", () => {
		const key = (processing: object) => shownTextKey(revision('invoices', 'nl', '2019-01-01', { processing: processing as never }), 'c1');
		expect(key(facts)).toMatch(/^privacy\/nl\/invoices\/2019-01-01@c1@[0-9a-f]{64}$/);
		// Written in another order, the same facts.
		expect(key({ retention: { period: { years: 7 } }, data: ['name'] })).toBe(key(facts));
		expect(key({ ...facts, retention: { period: { years: 10 } } })).not.toBe(key(facts));
	});
});

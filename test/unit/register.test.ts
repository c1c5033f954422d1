import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { legalBases, ProcessingSchema } from '../../integration/model/schema/processing.ts';
import { statementSchema } from '../../integration/content/schema.ts';

const issues = (value: unknown) => {
	const result = ProcessingSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the processing register schema', () => {
	it('accepts a purpose written the way Dutch statements give it', () => {
		expect(
			issues({
				category: 'payment-management',
				data: ['name', 'address', 'billing'],
				otherData: ['de domeinnamen die u registreert'],
				basis: 'legal-obligation',
				retention: { period: { years: 7 }, after: 'het einde van het boekjaar' },
				recipients: [{ name: 'Moneybird B.V.', role: 'processor' }],
				transfers: [{ country: 'US', recipient: 'Mailgun Technologies Inc.', safeguard: 'scc' }],
				requirement: { by: 'law', consequence: 'Zonder deze gegevens kunnen we geen factuur sturen.' },
			}),
		).toEqual([]);
		expect(
			issues({ data: ['ip-address'], basis: 'legitimate-interests', interest: 'Beveiliging', retention: { criteria: 'Tot het incident is afgehandeld.' } }),
		).toEqual([]);
	});

	it('takes several legal bases for one purpose, each with the data, retention and law it covers', () => {
		const invoicing = {
			data: ['name', 'address', 'billing'],
			basis: [{ basis: 'contract' }, { basis: 'legal-obligation', data: ['billing'], retention: { period: { years: 7 } }, law: 'art. 52 AWR' }],
		};
		expect(issues(invoicing)).toEqual([]);
		expect(legalBases(ProcessingSchema.parse(invoicing)).map((b) => b.basis)).toEqual(['contract', 'legal-obligation']);
		expect(legalBases({ basis: 'consent' })).toEqual([{ basis: 'consent' }]);
		expect(legalBases({})).toEqual([]);
		const wrong = 'basis: expected a legal basis such as `contract`, or a list of `{ basis, data, retention, law }`, one per basis';
		expect(issues({ data: ['name'], basis: 'gerechtvaardigd-belang' })).toEqual([wrong]);
		expect(issues({ data: ['name'], basis: [{ basis: 'gerechtvaardigd-belang' }] })).toEqual([wrong]);
		expect(issues({ data: ['name'], basis: [] })).toEqual(['basis: expected at least one basis']);
		expect(issues({ data: ['name'], basis: [{ basis: 'contract', why: 'x' }] })).toEqual(['basis.0: Unrecognized key: "why"']);
	});

	it('refuses unknown terms, naming the field', () => {
		expect(issues({ data: ['shoe-size'] })[0]).toMatch(/^data\.0: /);
		expect(issues({ data: ['name'], basis: 'gerechtvaardigd-belang' })[0]).toMatch(/^basis: /);
		expect(issues({ data: ['name'], recipients: [{ name: 'X', role: 'friend' }] })[0]).toMatch(/^recipients\.0\.role: /);
		expect(issues({ data: [] })).toEqual(['data: expected at least one category of data']);
		expect(issues({ data: ['name'], colour: 'red' })[0]).toMatch(/colour/);
	});

	it('takes a retention as a period (from an event) or as criteria, never both or neither', () => {
		const bad = 'retention: expected either `period` (with an optional `after`) or `criteria`, not both or neither';
		expect(issues({ data: ['name'], retention: {} })).toEqual([bad]);
		expect(issues({ data: ['name'], retention: { period: { years: 1 }, criteria: 'x' } })).toEqual([bad]);
		const event = 'retention: `after` needs a `period` to count from the event, e.g. `period: { years: 7 }`';
		expect(issues({ data: ['name'], retention: { criteria: 'x', after: 'y' } })).toEqual([event]);
		expect(issues({ data: ['name'], retention: { after: 'y' } })).toEqual([event]);
		expect(issues({ data: ['name'], retention: { period: {} } })[0]).toMatch(/^retention\.period: expected a length/);
		expect(issues({ data: ['name'], retention: { period: { years: 1.5 } } })[0]).toMatch(/^retention\.period\.years/);
		expect(issues({ data: ['name'], interest: '   ' })).toEqual(['interest: expected a text, not an empty or blank one']);
	});

	it('knows a transfer leaves the EEA and goes to a real country', () => {
		expect(issues({ data: ['name'], transfers: [{ country: 'DE' }] })[0]).toMatch(/in the EEA/);
		expect(issues({ data: ['name'], transfers: [{ country: 'NO' }] })[0]).toMatch(/in the EEA/);
		expect(issues({ data: ['name'], transfers: [{ country: 'XX' }] })[0]).toMatch(/a country code that exists/);
		expect(issues({ data: ['name'], transfers: [{ country: 'us' }] })[0]).toMatch(/two-letter country code/);
		expect(issues({ data: ['name'], transfers: [{ country: 'CH' }] })).toEqual([]);
	});

	it('lets a site add fields of its own to the facts, but not redefine them', () => {
		const schema = statementSchema({ processing: z.object({ dpia: z.boolean() }) });
		const clause = { kind: 'clause', title: 'Facturen', order: 10 };
		expect(schema.safeParse({ ...clause, processing: { data: ['name'], dpia: true } }).success).toBe(true);
		expect(schema.safeParse({ ...clause, processing: { data: ['name'], dpia: 'ja' } }).success).toBe(false);
		expect(() => statementSchema({ processing: z.object({ basis: z.string() }) })).toThrow('statementSchema() redefines `processing.basis`');
	});
});

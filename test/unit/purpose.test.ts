import { describe, expect, it } from 'vitest';
import { checkSelfContained } from '../../integration/content/self-contained.ts';
import { purposeFactProblem, shownTextKey } from '../../integration/model/purpose.ts';
import { revision } from './records.ts';

describe('the key of a text as shown', () => {
	const facts = { data: ['name' as const], retention: { period: { years: 7 } } };

	it('is the revision and the controller facts, for a clause that is no purpose', () => {
		expect(shownTextKey(revision('intro', 'nl', '2019-01-01'), 'c1')).toBe('privacy/nl/intro/2019-01-01@c1');
		expect(shownTextKey(revision('intro', 'nl', '2019-01-01'), 'c2')).toBe('privacy/nl/intro/2019-01-01@c2');
	});

	it("covers the purpose's register facts: the same facts give the same key, other facts another", () => {
		const key = (processing: object) => shownTextKey(revision('invoices', 'nl', '2019-01-01', { purposes: [processing as never] }), 'c1');
		expect(key(facts)).toMatch(/^privacy\/nl\/invoices\/2019-01-01@c1@[0-9a-f]{64}$/);
		// Written in another order, the same facts.
		expect(key({ retention: { period: { years: 7 } }, data: ['name'] })).toBe(key(facts));
		expect(key({ ...facts, retention: { period: { years: 10 } } })).not.toBe(key(facts));
	});
});

describe('a fact a clause prints of its purpose', () => {
	it('is there when the purpose has it: its data always, its bases however written, a retention, recipients', () => {
		const full = {
			data: ['name' as const],
			basis: 'contract' as const,
			retention: { criteria: 'Tot u opzegt.' },
			recipients: [{ name: 'Mollie B.V.', role: 'processor' as const }],
		};
		for (const fact of ['data', 'bases', 'retention', 'recipients'] as const) expect(purposeFactProblem(fact, [full])).toBeUndefined();
		expect(purposeFactProblem('bases', [{ data: ['name'], basis: [{ basis: 'consent' }] }])).toBeUndefined();
	});

	it('asks a clause of several purposes to say which, by its position in the register file', () => {
		const two = [
			{ purpose: 'Contact', data: ['name' as const] },
			{ purpose: 'Nieuwsbrief', data: ['email' as const], retention: { criteria: 'Tot u zich afmeldt.' } },
		];
		expect(purposeFactProblem('retention', two)).toEqual({
			message: 'the text prints `<Purpose fact="retention" />`, but the clause describes 2 purposes.',
			hint: 'Say which with `purpose="1"` to `purpose="2"`, their order under `purposes` in the register file.',
		});
		expect(purposeFactProblem('retention', two, 2)).toBeUndefined();
		expect(purposeFactProblem('retention', two, 1)?.message).toBe(
			'the text prints `<Purpose fact="retention" purpose="1" />`, but the purpose\'s register facts have no `retention`.',
		);
		expect(purposeFactProblem('data', two, 3)?.message).toBe('the text prints `<Purpose fact="data" purpose="3" />`, but the clause describes 2 purposes.');
	});

	it('is refused in a clause that is no purpose, saying to add the facts or remove the component', () => {
		expect(purposeFactProblem('retention', [])).toEqual({
			message: 'the text prints `<Purpose fact="retention" />`, but the clause is not a purpose of processing: it has no register facts (`processing`).',
			hint: 'Add the purpose\'s facts under `processing` (see "The processing register" in the astro-privacy docs), or remove the component.',
		});
	});

	it('is refused when the purpose lacks it, naming the field to add', () => {
		const lacking = (fact: 'bases' | 'retention' | 'recipients') => purposeFactProblem(fact, [{ data: ['name'], recipients: [] }]);
		expect(lacking('recipients')).toEqual({
			message: 'the text prints `<Purpose fact="recipients" />`, but the purpose\'s register facts have no `recipients`.',
			hint: "Add `recipients` to the purpose's facts, or remove the component.",
		});
		expect(lacking('bases')?.message).toContain('have no `basis`');
		expect(lacking('retention')?.hint).toBe("Add `retention` to the purpose's facts, or remove the component.");
	});
});

describe('<Purpose> in a clause file', () => {
	const problems = (body: string) => checkSelfContained(body, 'content/privacy/nl/invoices/2030-01-01.mdx');

	it('is allowed with one known fact, without an import', () => {
		expect(problems('We bewaren uw facturen <Purpose fact="retention" />, op grond van <Purpose fact="bases" />.')).toEqual([]);
		expect(problems('<Purpose fact="data" />, <Purpose fact="recipients" />')).toEqual([]);
	});

	it('is refused with an unknown fact, another attribute or none, listing the facts', () => {
		expect(problems('<Purpose fact="basis" />')).toEqual([
			{
				file: 'content/privacy/nl/invoices/2030-01-01.mdx',
				message: 'the clause text (line 1 below the frontmatter) uses `<Purpose>` without a valid `fact`.',
				hint: 'Write `<Purpose fact="…" />` with one of: data, bases, retention, recipients.',
			},
		]);
		for (const body of ['<Purpose fact="retention" lang="nl" />', '<Purpose field="retention" />', '<Purpose />', '<Purpose fact={x} />']) {
			expect(problems(body)).toHaveLength(1);
		}
	});
});

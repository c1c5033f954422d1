import { describe, expect, it } from 'vitest';
import { checkCitedBases, checkCompleteness } from '../../integration/model/completeness.ts';
import { languageNeutral } from '../../integration/model/purpose-checks.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import type { Processing, RevisionRecord } from '../../integration/model/types.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const complete: Processing = { data: ['name', 'email'], basis: 'contract', retention: { period: { years: 2 }, after: 'het einde van het contract' } };
/** The statement-level items the register below does not give, each in a clause of its own (see statement-items.test.ts). */
const items = [
	...both('rights', '2019-01-01', { covers: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] }),
	...both('complaint', '2019-01-01', { covers: ['complaint'] }),
	...both('sharing', '2019-01-01', { covers: ['recipients', 'transfers', 'requirement', 'automated-decisions'] }),
];
const options = { defaultLocale: 'nl', locked: new Set<string>(), art13: true };

/** The gaps of version 2019-01-01, not yet locked. */
function check(purpose: RevisionRecord[], extra: RevisionRecord[] = items) {
	const model = buildTimeline([version('2019-01-01')], [...purpose, ...extra], timelineOptions);
	return checkCompleteness(model, options).open;
}
const purpose = (facts: Processing, en: Processing = facts) => [
	revision('accounts', 'nl', '2019-01-01', { purposes: [facts] }),
	revision('accounts', 'en', '2019-01-01', { purposes: [en] }),
];
const messages = (problems: ReturnType<typeof check>) => problems.map((p) => `${p.field ?? '-'}: ${p.message}`);

describe('the GDPR Art. 13 checks', () => {
	it('pass a complete statement', () => {
		expect(check(purpose(complete))).toEqual([]);
	});

	it('want a legal basis for every purpose (Art. 13(1)(c))', () => {
		expect(messages(check(purpose({ ...complete, basis: undefined })))).toEqual([
			'processing.basis: purpose `accounts` names no legal basis (GDPR Art. 13(1)(c)).',
		]);
	});

	it('want the interest with legitimate interests (Art. 13(1)(d)), in the purpose or in a clause', () => {
		const interests = { ...complete, basis: 'legitimate-interests' as const };
		expect(messages(check(purpose(interests)))).toEqual([
			'processing.interest: purpose `accounts` rests on legitimate interests but does not say which interest (GDPR Art. 13(1)(d)).',
		]);
		expect(check(purpose({ ...interests, interest: 'Beveiliging' }))).toEqual([]);
		expect(check(purpose(interests), [...items, ...both('interests', '2019-01-01', { covers: ['legitimate-interests'] })])).toEqual([]);
	});

	it('want a way to withdraw consent (Art. 13(2)(c)), in the purpose or in a clause', () => {
		const consent = { ...complete, basis: 'consent' as const };
		const [problem] = check(purpose(consent));
		expect(problem).toMatchObject({
			file: 'content/privacy/nl/accounts/2019-01-01.mdx',
			field: 'processing.withdraw',
			message: expect.stringContaining('(GDPR Art. 13(2)(c))'),
		});
		expect(check(purpose({ ...consent, withdraw: 'Via uw klantportaal.' }))).toEqual([]);
		expect(check(purpose(consent), [...items, ...both('consent', '2019-01-01', { covers: ['withdrawal'] })])).toEqual([]);
	});

	it('want a concrete retention (Art. 13(2)(a)), in the purpose or in a clause, not "as long as necessary"', () => {
		expect(messages(check(purpose({ ...complete, retention: undefined })))).toEqual([expect.stringMatching(/^processing.retention: .*13\(2\)\(a\)/)]);
		expect(check(purpose({ ...complete, retention: undefined }), [...items, ...both('periods', '2019-01-01', { covers: ['retention'] })])).toEqual([]);
		for (const vague of ['Zo lang als nodig.', 'zolang dat noodzakelijk is', 'As long as necessary', 'no longer than necessary.']) {
			expect(messages(check(purpose({ ...complete, retention: { criteria: vague } })))).toEqual([expect.stringMatching(/^processing.retention.criteria: /)]);
		}
		expect(check(purpose({ ...complete, retention: { criteria: 'Tot zes maanden na het einde van uw contract.' } }))).toEqual([]);
	});

	it('check every basis of a purpose: the interest, the withdrawal, and a vague retention on one basis', () => {
		const several: Processing = { ...complete, basis: [{ basis: 'contract' }, { basis: 'legitimate-interests' }] };
		expect(messages(check(purpose(several)))).toEqual([expect.stringMatching(/^processing.interest: .*legitimate interests/)]);
		const consent: Processing = { ...complete, basis: [{ basis: 'contract' }, { basis: 'consent' }] };
		expect(messages(check(purpose(consent)))).toEqual([expect.stringMatching(/^processing.withdraw: .*consent/)]);
		const vague: Processing = { ...complete, basis: [{ basis: 'contract' }, { basis: 'legal-obligation', retention: { criteria: 'Zo lang als nodig.' } }] };
		expect(messages(check(purpose(vague)))).toEqual([expect.stringMatching(/^processing.basis\[1\].retention.criteria: /)]);
	});

	it('find "as long as necessary" in any language, next to real criteria in the other', () => {
		const nl = { ...complete, retention: { criteria: 'Tot zes maanden na het einde van uw contract.' } };
		const en = { ...complete, retention: { criteria: 'As long as necessary.' } };
		expect(check(purpose(nl, en)).map((p) => [p.file, p.field])).toEqual([['content/privacy/en/accounts/2019-01-01.mdx', 'processing.retention.criteria']]);
	});

	it('want a safeguard for every transfer (Art. 13(1)(f))', () => {
		const transfers = [{ country: 'US', safeguard: 'scc' as const }, { country: 'IN' }];
		expect(messages(check(purpose({ ...complete, transfers })))).toEqual([
			'processing.transfers[1].safeguard: purpose `accounts` sends data to IN without naming the safeguard (GDPR Art. 13(1)(f)).',
		]);
	});

	it('want every language to carry the same facts, whatever it writes in words', () => {
		const en = { ...complete, retention: { period: { years: 2 }, after: 'the end of the contract' } };
		expect(check(purpose(complete, en))).toEqual([]);
		expect(check(purpose(complete, { ...en, retention: { period: { years: 3 }, after: 'the end of the contract' } }))).toEqual([
			expect.objectContaining({ field: 'processing', message: expect.stringContaining('content/privacy/en/accounts/2019-01-01.mdx has other facts') }),
		]);
		expect(check(purpose(complete, { ...en, interest: 'Security' }))).toHaveLength(1);
		const untranslated = [revision('accounts', 'nl', '2019-01-01', { purposes: [complete] }), revision('accounts', 'en', '2019-01-01')];
		expect(messages(check(untranslated))).toEqual([expect.stringContaining('content/privacy/en/accounts/2019-01-01.mdx has none')]);
	});
});

describe('the problems the GDPR checks report', () => {
	const file = 'content/privacy/nl/accounts/2019-01-01.mdx';
	const name = 'purpose `accounts`';

	it('name the field, what is missing, the article, and how to add it', () => {
		expect(check(purpose({ data: ['name'] }))).toEqual([
			{
				file,
				field: 'processing.basis',
				message: `${name} names no legal basis (GDPR Art. 13(1)(c)).`,
				hint: 'Add `basis:` under `processing`: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.',
			},
			{
				file,
				field: 'processing.retention',
				message: `${name} does not say how long the data is kept (GDPR Art. 13(2)(a)).`,
				hint: 'Add `retention:` under `processing`: a `period` such as `{ years: 7 }`, with an optional `after` event, or the `criteria` that decide it; or `covers: [retention]` to the clause that gives it.',
			},
		]);
		expect(check(purpose({ ...complete, basis: 'legitimate-interests' }))[0]).toEqual({
			file,
			field: 'processing.interest',
			message: `${name} rests on legitimate interests but does not say which interest (GDPR Art. 13(1)(d)).`,
			hint: 'Add `interest:` under `processing`, e.g. `interest: Het beveiligen van onze servers tegen misbruik.`, or `covers: [legitimate-interests]` to the clause that states it.',
		});
		expect(check(purpose({ ...complete, basis: 'consent' }))[0]).toEqual({
			file,
			field: 'processing.withdraw',
			message: `${name} rests on consent but does not say how to withdraw it (GDPR Art. 13(2)(c)).`,
			hint: 'Add `withdraw:` under `processing` (how to withdraw, and that it does not affect earlier processing), or `covers: [withdrawal]` to the clause that explains it.',
		});
		expect(check(purpose({ ...complete, transfers: [{ country: 'US' }] }))[0]).toEqual({
			file,
			field: 'processing.transfers[0].safeguard',
			message: `${name} sends data to US without naming the safeguard (GDPR Art. 13(1)(f)).`,
			hint: 'Add `safeguard:` to the transfer: adequacy, scc, bcr or derogation.',
		});
		expect(check(purpose({ ...complete, retention: { criteria: ' Zo lang als nodig. ' } }))[0]).toEqual({
			file,
			field: 'processing.retention.criteria',
			message: `${name} keeps the data "Zo lang als nodig.", which names neither a period nor the criteria for one (GDPR Art. 13(2)(a)).`,
			hint: 'Give a `period`, or criteria a reader can apply, e.g. `tot zes maanden na het einde van uw contract`.',
		});
	});

	it('tell "as long as necessary" from criteria a reader can apply, however it is written', () => {
		for (const vague of [
			'Zolang nodig.',
			'zo lang het nodig is',
			'Niet langer dan noodzakelijk.',
			'niet langer dan nodig is',
			' Zo lang als nodig. ',
			'As long as needed .',
			'as long as is required',
		]) {
			expect(messages(check(purpose({ ...complete, retention: { criteria: vague } }))), vague).toEqual([
				expect.stringMatching(/^processing.retention.criteria: /),
			]);
		}
		for (const concrete of [
			'Zes maanden na het einde van uw contract, daarna niet langer dan nodig.',
			'Zo lang als nodig is voor uw contract, en daarna zeven jaar.',
			'Until the dispute is settled, as long as necessary',
		]) {
			expect(check(purpose({ ...complete, retention: { criteria: concrete } })), concrete).toEqual([]);
		}
	});

	it('list every language that differs from the default one, and report only that when the default one has no facts', () => {
		const three = [
			revision('accounts', 'nl', '2019-01-01', { purposes: [complete] }),
			revision('accounts', 'en', '2019-01-01', { purposes: [{ ...complete, data: ['name'] }] }),
			revision('accounts', 'de', '2019-01-01'),
		];
		expect(check(three)).toEqual([
			{
				file,
				field: 'processing',
				message:
					'the languages state different register facts for `accounts`: content/privacy/en/accounts/2019-01-01.mdx has other facts, content/privacy/de/accounts/2019-01-01.mdx has none (GDPR Art. 12(1): the same information in every language).',
				hint: 'Give every language the same data categories, basis, periods, roles, countries and safeguards; only the free text is translated.',
			},
		]);
		const onlyEnglish = [revision('accounts', 'nl', '2019-01-01'), revision('accounts', 'en', '2019-01-01', { purposes: [{ data: ['name'] }] })];
		expect(messages(check(onlyEnglish))).toEqual([
			'processing: the languages state different register facts for `accounts`: content/privacy/en/accounts/2019-01-01.mdx has other facts (GDPR Art. 12(1): the same information in every language).',
		]);
	});

	it('see a different number of other data, another country or another requirement as different facts', () => {
		expect(check(purpose({ ...complete, otherData: ['kenteken', 'chassisnummer'] }, { ...complete, otherData: ['licence plate'] }))).toHaveLength(1);
		expect(check(purpose({ ...complete, otherData: ['kenteken'] }, { ...complete, otherData: ['licence plate'] }))).toEqual([]);
		const transfer = { country: 'US', safeguard: 'scc' as const, recipient: 'Mailgun' };
		expect(check(purpose({ ...complete, transfers: [transfer] }, { ...complete, transfers: [{ ...transfer, country: 'CA' }] }))).toHaveLength(1);
		expect(check(purpose({ ...complete, transfers: [transfer] }, { ...complete, transfers: [{ ...transfer, recipient: 'Mailgun Inc.' }] }))).toEqual([]);
		expect(check(purpose({ ...complete, requirement: { by: 'law' } }, { ...complete, requirement: { by: 'contract' } }))).toHaveLength(1);
		expect(
			check(
				purpose(
					{ ...complete, requirement: { by: 'law', consequence: 'Geen factuur.' } },
					{ ...complete, requirement: { by: 'law', consequence: 'No invoice.' } },
				),
			),
		).toEqual([]);
	});
});

describe('the facts every language shares', () => {
	it('are the terms, periods, roles and countries, and which free texts are given, not their words', () => {
		const facts: Processing = {
			category: 'payment-management',
			data: ['name', 'billing'],
			otherData: ['kenteken'],
			basis: 'legitimate-interests',
			interest: 'Fraude voorkomen',
			retention: { period: { years: 7 }, after: 'het einde van het boekjaar' },
			recipients: [{ name: 'Moneybird B.V.', role: 'processor' }],
			transfers: [{ country: 'US', recipient: 'Mailgun', safeguard: 'scc' }],
			requirement: { by: 'law' },
		};
		expect(languageNeutral(facts)).toEqual({
			category: 'payment-management',
			data: ['name', 'billing'],
			otherData: 1,
			basis: [{ basis: 'legitimate-interests', retention: undefined, law: false }],
			interest: true,
			withdraw: false,
			source: false,
			retention: { period: { years: 7 }, after: true, criteria: false },
			recipients: ['processor'],
			transfers: [{ country: 'US', recipient: true, safeguard: 'scc' }],
			requirement: { by: 'law', consequence: false },
			purpose: false,
		});
		expect(languageNeutral({ data: ['name'] })).toEqual({
			data: ['name'],
			otherData: 0,
			basis: [],
			interest: false,
			withdraw: false,
			source: false,
			retention: undefined,
			recipients: undefined,
			transfers: undefined,
			requirement: undefined,
			purpose: false,
		});
	});
});

describe('the bases the prose cites and the register lists', () => {
	const cites = (...bases: ('contract' | 'legal-obligation' | 'consent')[]) => ({ bases });
	function cited(facts: Processing, references: Record<string, { bases: ('contract' | 'legal-obligation' | 'consent')[] }>, versions = ['2019-01-01']) {
		const model = buildTimeline([version('2019-01-01')], purpose(facts), timelineOptions);
		return checkCitedBases(model, new Set(versions), new Map(Object.entries(references)));
	}
	const both = (bases: ReturnType<typeof cites>) => ({ 'privacy/nl/accounts/2019-01-01': bases, 'privacy/en/accounts/2019-01-01': bases });

	it('pass when they name the same bases, or the text cites none', () => {
		const several: Processing = { ...complete, basis: [{ basis: 'contract' }, { basis: 'legal-obligation' }] };
		expect(cited(several, both(cites('legal-obligation', 'contract')))).toEqual([]);
		expect(cited(complete, both(cites()))).toEqual([]);
		expect(cited(complete, {})).toEqual([]);
	});

	it('find a basis the text cites that the register does not list, in each language file', () => {
		const problems = cited(complete, both(cites('contract', 'legal-obligation')));
		expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
			[
				'content/privacy/nl/accounts/2019-01-01.mdx',
				'processing.basis',
				'the text of purpose `accounts` cites Art. 6(1)(c), but its register does not list `legal-obligation` (GDPR Art. 13(1)(c): the page would state two different bases).',
			],
			[
				'content/privacy/en/accounts/2019-01-01.mdx',
				'processing.basis',
				'the text of purpose `accounts` cites Art. 6(1)(c), but its register does not list `legal-obligation` (GDPR Art. 13(1)(c): the page would state two different bases).',
			],
		]);
		expect(problems[0]!.hint).toBe(
			'Add `legal-obligation` to `processing.basis` (as a list entry with the data and retention it covers, if not all), or correct the text.',
		);
	});

	it('find a basis the register lists that the text, citing others, contradicts', () => {
		const problems = cited({ ...complete, basis: 'consent' }, { 'privacy/nl/accounts/2019-01-01': cites('contract') });
		expect(problems.map((p) => p.message)).toEqual([
			'the text of purpose `accounts` cites Art. 6(1)(b), but its register does not list `contract` (GDPR Art. 13(1)(c): the page would state two different bases).',
			'the register of purpose `accounts` lists `consent`, but its text cites only Art. 6(1)(b) (GDPR Art. 13(1)(c)).',
		]);
		expect(problems[1]!.hint).toBe('Cite Art. 6(1)(a) in the text too, or remove `consent` from `processing.basis` if it does not apply.');
	});

	it('check only the versions asked for: a locked version is the record', () => {
		expect(cited(complete, both(cites('legal-obligation')), [])).toEqual([]);
	});
});

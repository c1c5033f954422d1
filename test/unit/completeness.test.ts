import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../integration/model/completeness.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import type { Processing, RevisionRecord } from '../../integration/model/types.ts';
import { both, revision, timelineOptions, version } from './records.ts';

const complete: Processing = { data: ['name', 'email'], basis: 'contract', retention: { period: { years: 2 }, after: 'het einde van het contract' } };
/** The statement-level items, each in a clause of its own. */
const items = [...both('rights', '2019-01-01', { covers: ['rights', 'objection'] }), ...both('complaint', '2019-01-01', { covers: ['complaint'] })];

function check(purpose: RevisionRecord[], options = { contactBlock: true, defaultLocale: 'nl' }, extra: RevisionRecord[] = items) {
	const model = buildTimeline([version('2019-01-01')], [...purpose, ...extra], timelineOptions);
	return checkCompleteness(model, new Set(['2019-01-01']), options);
}
const purpose = (facts: Processing, en: Processing = facts) => [revision('accounts', 'nl', '2019-01-01', { processing: facts }), revision('accounts', 'en', '2019-01-01', { processing: en })];
const messages = (problems: ReturnType<typeof check>) => problems.map((p) => `${p.field ?? '-'}: ${p.message}`);

describe('the GDPR Art. 13 checks', () => {
	it('pass a complete statement, and ignore one without a register', () => {
		expect(check(purpose(complete))).toEqual([]);
		expect(check(both('accounts', '2019-01-01'), { contactBlock: false, defaultLocale: 'nl' }, [])).toEqual([]);
	});

	it('check only the versions asked for: a locked version is the record', () => {
		const model = buildTimeline([version('2019-01-01')], purpose({ ...complete, basis: undefined }), timelineOptions);
		expect(checkCompleteness(model, new Set(), { contactBlock: true, defaultLocale: 'nl' })).toEqual([]);
	});

	it('want a legal basis for every purpose (Art. 13(1)(c))', () => {
		expect(messages(check(purpose({ ...complete, basis: undefined })))).toEqual(['processing.basis: purpose `accounts` names no legal basis (GDPR Art. 13(1)(c)).']);
	});

	it('want the interest with legitimate interests (Art. 13(1)(d)), and the right to object (Art. 21(4))', () => {
		const interests = { ...complete, basis: 'legitimate-interests' as const };
		expect(messages(check(purpose(interests)))).toEqual(['processing.interest: purpose `accounts` rests on legitimate interests but does not say which interest (GDPR Art. 13(1)(d)).']);
		expect(check(purpose({ ...interests, interest: 'Beveiliging' }))).toEqual([]);
		const noObjection = [...both('rights', '2019-01-01', { covers: ['rights'] }), ...both('complaint', '2019-01-01', { covers: ['complaint'] })];
		expect(messages(check(purpose({ ...interests, interest: 'Beveiliging' }), undefined, noObjection))).toEqual([expect.stringContaining('no clause that states the right to object')]);
		expect(check(purpose(complete), undefined, noObjection)).toEqual([]);
	});

	it('want a way to withdraw consent (Art. 13(2)(c)), in the purpose or in a clause', () => {
		const consent = { ...complete, basis: 'consent' as const };
		const [problem] = check(purpose(consent));
		expect(problem).toMatchObject({ file: 'content/privacy/nl/accounts/2019-01-01.mdx', field: 'processing.withdraw', message: expect.stringContaining('(GDPR Art. 13(2)(c))') });
		expect(check(purpose({ ...consent, withdraw: 'Via uw klantportaal.' }))).toEqual([]);
		expect(check(purpose(consent), undefined, [...items, ...both('consent', '2019-01-01', { covers: ['withdrawal'] })])).toEqual([]);
	});

	it('want a concrete retention (Art. 13(2)(a)), not "as long as necessary"', () => {
		expect(messages(check(purpose({ ...complete, retention: undefined })))).toEqual([expect.stringMatching(/^processing.retention: .*13\(2\)\(a\)/)]);
		for (const vague of ['Zo lang als nodig.', 'zolang dat noodzakelijk is', 'As long as necessary', 'no longer than necessary.']) {
			expect(messages(check(purpose({ ...complete, retention: { criteria: vague } })))).toEqual([expect.stringMatching(/^processing.retention.criteria: /)]);
		}
		expect(check(purpose({ ...complete, retention: { criteria: 'Tot zes maanden na het einde van uw contract.' } }))).toEqual([]);
	});

	it('want a safeguard for every transfer (Art. 13(1)(f))', () => {
		const transfers = [{ country: 'US', safeguard: 'scc' as const }, { country: 'IN' }];
		expect(messages(check(purpose({ ...complete, transfers })))).toEqual(['processing.transfers[1].safeguard: purpose `accounts` sends data to IN without naming the safeguard (GDPR Art. 13(1)(f)).']);
	});

	it('want the contact details, the rights and the complaint to the AP stated somewhere (Art. 13(1)(a), 13(2)(b), 13(2)(d))', () => {
		expect(check(purpose(complete), { contactBlock: false, defaultLocale: 'nl' })).toEqual([expect.objectContaining({ file: 'content/privacy/versions/2019-01-01.yaml', message: expect.stringContaining("the controller's contact details (GDPR Art. 13(1)(a))") })]);
		expect(check(purpose(complete), { contactBlock: false, defaultLocale: 'nl' }, [...items, ...both('contact', '2019-01-01', { covers: ['contact'] })])).toEqual([]);
		expect(messages(check(purpose(complete), undefined, []))).toEqual([expect.stringContaining('13(2)(b)'), expect.stringContaining('Autoriteit Persoonsgegevens (GDPR Art. 13(2)(d))')]);
	});

	it('want every language to carry the same facts, whatever it writes in words', () => {
		const en = { ...complete, retention: { period: { years: 2 }, after: 'the end of the contract' } };
		expect(check(purpose(complete, en))).toEqual([]);
		expect(check(purpose(complete, { ...en, retention: { period: { years: 3 }, after: 'the end of the contract' } }))).toEqual([expect.objectContaining({ field: 'processing', message: expect.stringContaining('content/privacy/en/accounts/2019-01-01.mdx has other facts') })]);
		expect(check(purpose(complete, { ...en, interest: 'Security' }))).toHaveLength(1);
		const untranslated = [revision('accounts', 'nl', '2019-01-01', { processing: complete }), revision('accounts', 'en', '2019-01-01')];
		expect(messages(check(untranslated))).toEqual([expect.stringContaining('content/privacy/en/accounts/2019-01-01.mdx has none')]);
	});
});

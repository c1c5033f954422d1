import { describe, expect, it } from 'vitest';
import { checkCompleteness, type CompletenessOptions } from '../../integration/model/completeness.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import type { Processing, RevisionRecord } from '../../integration/model/types.ts';
import type { CoveredItem } from '../../integration/model/vocabulary.ts';
import { both, facts, timelineOptions, version } from './records.ts';

const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;
const defaults: CompletenessOptions = { defaultLocale: 'nl', locked: new Set(), art13: true };
const covering = (clause: string, ...covers: CoveredItem[]) => both(clause, '2019-01-01', { covers });
/** A statement without a register that covers everything in clauses. */
const everything = [
	...covering('rights', ...RIGHTS),
	...covering('purposes', 'purposes', 'retention', 'requirement'),
	...covering('sharing', 'recipients', 'transfers'),
	...covering('complaint', 'complaint'),
	...covering('decisions', 'automated-decisions'),
];
const without = (item: CoveredItem) => everything.map((r) => ({ ...r, covers: r.covers.filter((c) => c !== item) }));

/** The open gaps of one version 2019-01-01 with these texts. */
function gaps(texts: RevisionRecord[], options: Partial<CompletenessOptions> & { contact?: boolean } = {}, controller = facts) {
	const model = buildTimeline([version('2019-01-01')], texts, { ...timelineOptions, controller, contact: options.contact ?? true });
	return checkCompleteness(model, { ...defaults, ...options }).open;
}
const messages = (problems: { message: string }[]) => problems.map((p) => p.message);
const purpose = (clause: string, processing: Processing) => both(clause, '2019-01-01', { purposes: [processing] });
const register: Processing = { data: ['name'], basis: 'contract', retention: { period: { years: 1 } } };

describe('the statement-level GDPR Art. 13 checks', () => {
	it('give a statement without a register the list of all it lacks, each naming the version, the item and the article', () => {
		expect(gaps(both('intro', '2019-01-01'), { contact: false })).toEqual([
			expect.objectContaining({
				file: 'content/privacy/versions/2019-01-01.yaml',
				message: "`privacy` version 2019-01-01 does not state the controller's identity and contact details (GDPR Art. 13(1)(a)).",
				hint: 'Add `covers: [contact]` to the clause that gives them, or show the contact block (`statements[].contact: true`).',
			}),
			expect.objectContaining({ message: expect.stringContaining('the purposes of the processing and their legal bases (GDPR Art. 13(1)(c))') }),
			expect.objectContaining({ message: expect.stringContaining('the recipients or categories of recipients (GDPR Art. 13(1)(e))') }),
			expect.objectContaining({ message: expect.stringContaining('outside the EEA, and on what safeguard (GDPR Art. 13(1)(f))') }),
			expect.objectContaining({ message: expect.stringContaining('how long the data is kept (GDPR Art. 13(2)(a))') }),
			expect.objectContaining({ message: expect.stringContaining('the right of access (GDPR Art. 13(2)(b), Art. 15)') }),
			expect.objectContaining({ message: expect.stringContaining('the right to rectification (GDPR Art. 13(2)(b), Art. 16)') }),
			expect.objectContaining({ message: expect.stringContaining('the right to erasure (GDPR Art. 13(2)(b), Art. 17)') }),
			expect.objectContaining({ message: expect.stringContaining('the right to restriction of processing (GDPR Art. 13(2)(b), Art. 18)') }),
			expect.objectContaining({ message: expect.stringContaining('the right to data portability (GDPR Art. 13(2)(b), Art. 20)') }),
			expect.objectContaining({ message: expect.stringContaining('the right to object (GDPR Art. 13(2)(b), Art. 21)') }),
			expect.objectContaining({ message: expect.stringContaining('the Autoriteit Persoonsgegevens (GDPR Art. 13(2)(d))') }),
			expect.objectContaining({ message: expect.stringContaining('whether the data must be provided, and what happens if it is not (GDPR Art. 13(2)(e)).') }),
			expect.objectContaining({ message: expect.stringContaining('profiling included (GDPR Art. 13(2)(f))') }),
		]);
	});

	it('pass a statement whose clauses cover every item, with the contact block', () => {
		expect(gaps(everything)).toEqual([]);
	});

	it('word every finding with the article and a one-line fix, without words that make Astro replace the hint', () => {
		const found = gaps(
			[...both('intro', '2019-01-01'), ...covering('rights', 'rights')],
			{ contact: false },
			{ ...facts, dpo: { name: 'FG', email: 'fg@testhost.example' } },
		);
		expect(found).toHaveLength(10);
		for (const { message, hint } of found) {
			expect(message).toMatch(/\(GDPR Art\. 13\([12]\)\([a-f]\)/);
			expect(hint).not.toContain('\n');
			expect(`${message} ${hint}`).not.toMatch(/document|window/i);
		}
	});

	const all = [...everything, ...covering('contact', 'contact')];

	it.each([
		['contact', '13(1)(a)'],
		['purposes', '13(1)(c)'],
		['recipients', '13(1)(e)'],
		['transfers', '13(1)(f)'],
		['retention', '13(2)(a)'],
		...RIGHTS.map((right, i) => [right, `13(2)(b), Art. ${[15, 16, 17, 18, 20, 21][i]}`]),
		['complaint', '13(2)(d)'],
		['requirement', '13(2)(e)'],
		['automated-decisions', '13(2)(f)'],
	] as [CoveredItem, string][])('want %s (Art. %s): missing, it is one problem whose hint names it; covered, none', (item, article) => {
		const missing = all.map((r) => ({ ...r, covers: r.covers.filter((c) => c !== item) }));
		expect(gaps(missing, { contact: false })).toEqual([
			expect.objectContaining({ message: expect.stringContaining(`(GDPR Art. ${article})`), hint: expect.stringContaining(item) }),
		]);
		expect(gaps(all, { contact: false })).toEqual([]);
	});

	it("take the contact block as it stands in each version: a version file's `contact: false` needs a clause that covers it", () => {
		const versions = [version('2019-01-01'), version('2020-01-01', { contact: false })];
		const model = buildTimeline(versions, everything, timelineOptions);
		expect(messages(checkCompleteness(model, defaults).open)).toEqual([
			"`privacy` version 2020-01-01 does not state the controller's identity and contact details (GDPR Art. 13(1)(a)).",
		]);
	});

	it('want the DPO where the controller facts name one (Art. 13(1)(b)): the contact block prints it, or a clause covers it', () => {
		const dpo = { ...facts, dpo: { name: 'Functionaris', email: 'fg@testhost.example' } };
		const withContact = [...everything, ...covering('contact', 'contact')];
		expect(gaps(withContact, { contact: false }, dpo)).toEqual([
			expect.objectContaining({
				message:
					'`privacy` version 2019-01-01 does not state the contact details of the data protection officer named in the controller facts (GDPR Art. 13(1)(b)).',
				hint: expect.stringContaining('`covers: [dpo]`'),
			}),
		]);
		expect(gaps(everything, {}, dpo)).toEqual([]);
		expect(gaps([...withContact, ...covering('officer', 'dpo')], { contact: false }, dpo)).toEqual([]);
		expect(gaps(withContact, { contact: false })).toEqual([]);
	});

	it('take the purposes, recipients, transfers and retention from the register', () => {
		const clauses = [...covering('rights', ...RIGHTS), ...covering('complaint', 'complaint', 'requirement', 'automated-decisions')];
		expect(messages(gaps([...clauses, ...purpose('accounts', register)]))).toEqual([
			expect.stringContaining('(GDPR Art. 13(1)(e))'),
			expect.stringContaining('(GDPR Art. 13(1)(f))'),
		]);
		const shared: Processing = { ...register, recipients: [{ name: 'Moneybird B.V.', role: 'processor' }], transfers: [{ country: 'US', safeguard: 'scc' }] };
		expect(gaps([...clauses, ...purpose('accounts', shared), ...purpose('support', register)])).toEqual([]);
	});

	it('want every purpose to say whether its data must be provided (Art. 13(2)(e)), naming those that do not', () => {
		const clauses = [...covering('rights', ...RIGHTS), ...covering('other', 'complaint', 'automated-decisions', 'recipients', 'transfers')];
		const required: Processing = { ...register, requirement: { by: 'contract', consequence: 'Geen account.' } };
		expect(gaps([...clauses, ...purpose('accounts', required), ...purpose('support', register), ...purpose('logs', register)])).toEqual([
			{
				file: 'content/privacy/versions/2019-01-01.yaml',
				message:
					'`privacy` version 2019-01-01 does not state whether the data must be provided, and what happens if it is not (GDPR Art. 13(2)(e)): `logs`, `support` have no `requirement`.',
				hint: "Add `requirement: { by, consequence }` under each purpose's `processing`, or `covers: [requirement]` to the clause that states it.",
			},
		]);
		expect(gaps([...clauses, ...purpose('accounts', required)])).toEqual([]);
		expect(gaps([...clauses, ...purpose('support', register), ...covering('required', 'requirement')])).toEqual([]);
	});

	it('report a statement item once per version that lacks it', () => {
		const model = buildTimeline([version('2019-01-01'), version('2020-01-01')], without('automated-decisions'), timelineOptions);
		expect(messages(checkCompleteness(model, defaults).open)).toEqual([
			expect.stringMatching(/^`privacy` version 2019-01-01 .*13\(2\)\(f\)/),
			expect.stringMatching(/^`privacy` version 2020-01-01 .*13\(2\)\(f\)/),
		]);
	});

	it('with `art13: false`, leave the statement as a whole alone but still check each purpose', () => {
		expect(gaps(both('intro', '2019-01-01'), { contact: false, art13: false })).toEqual([]);
		expect(gaps(purpose('accounts', { data: ['name'], basis: 'contract' }), { art13: false })).toEqual([
			expect.objectContaining({ field: 'processing.retention', message: expect.stringContaining('(GDPR Art. 13(2)(a))') }),
		]);
		expect(gaps(covering('rights', 'rights'), { art13: false })).toEqual([]);
	});
});

describe('`covers: [rights]`', () => {
	const rest = everything.filter((r) => r.clause !== 'rights');

	it('in a version not yet locked, asks the clause to name the rights it states, and counts for them meanwhile', () => {
		expect(gaps([...rest, ...covering('rights', 'rights')])).toEqual([
			{
				file: 'content/privacy/nl/rights/2019-01-01.mdx',
				field: 'covers',
				message:
					'`privacy` version 2019-01-01: clause `rights` covers `rights`, which does not say which of the rights of Art. 15 to 21 it states (GDPR Art. 13(2)(b)).',
				hint: 'Name the rights the text states instead: `covers: [access, rectification, erasure, restriction, portability, objection]`.',
			},
		]);
	});

	it('so a list of rights without portability is found once the rights are named', () => {
		expect(messages(gaps([...rest, ...covering('rights', 'access', 'rectification', 'erasure', 'restriction', 'objection')]))).toEqual([
			'`privacy` version 2019-01-01 does not state the right to data portability (GDPR Art. 13(2)(b), Art. 20).',
		]);
	});

	it('in a locked version, stands for all six rights: that text cannot change', () => {
		const model = buildTimeline([version('2019-01-01')], [...rest, ...covering('rights', 'rights')], timelineOptions);
		expect(checkCompleteness(model, { ...defaults, locked: new Set(['2019-01-01']) })).toEqual({ open: [], locked: [] });
	});

	it('in a locked text still in force in a version not yet locked, asks for a new text of the clause in that version', () => {
		const model = buildTimeline([version('2019-01-01'), version('2020-01-01')], [...rest, ...covering('rights', 'rights')], timelineOptions);
		const { open } = checkCompleteness(model, { ...defaults, locked: new Set(['2019-01-01']) });
		expect(open).toEqual([
			expect.objectContaining({
				file: 'content/privacy/nl/rights/2019-01-01.mdx',
				message: expect.stringMatching(/^`privacy` version 2020-01-01: clause `rights` covers `rights`/),
				hint: 'Name the rights the text states instead in a new text of the clause, content/privacy/nl/rights/2020-01-01.mdx, as this one is locked: `covers: [access, rectification, erasure, restriction, portability, objection]`.',
			}),
		]);
	});
});

describe('which versions are checked', () => {
	const versions = [version('2019-01-01'), version('2020-01-01')];
	const lacking = everything.map((r) => ({ ...r, covers: r.covers.filter((c) => c !== 'complaint' && c !== 'retention') }));
	const texts = [...lacking, ...purpose('accounts', { ...register, retention: undefined })];

	it('the newest published version even when locked, apart and with a hint to fix it in a new version; older locked ones not', () => {
		const model = buildTimeline(versions, texts, timelineOptions);
		const { open, locked } = checkCompleteness(model, { ...defaults, locked: new Set(['2019-01-01', '2020-01-01']) });
		expect(open).toEqual([]);
		expect(locked).toEqual([
			expect.objectContaining({
				file: 'content/privacy/nl/accounts/2019-01-01.mdx',
				field: 'processing.retention',
				hint: expect.stringMatching(
					/; or `covers: \[retention\]` to the clause that gives it\. Version 2020-01-01 is locked, so make the change in a new version\.$/,
				),
			}),
			{
				file: 'content/privacy/versions/2020-01-01.yaml',
				message: '`privacy` version 2020-01-01 does not state the right to complain to the Autoriteit Persoonsgegevens (GDPR Art. 13(2)(d)).',
				hint: 'Add `covers: [complaint]` to the clause that states it. Version 2020-01-01 is locked, so make the change in a new version.',
			},
		]);
	});

	it('not the newest published version again when it is open: it is checked as such', () => {
		const model = buildTimeline(versions, texts, timelineOptions);
		const { open, locked } = checkCompleteness(model, { ...defaults, locked: new Set(['2019-01-01']) });
		expect(locked).toEqual([]);
		expect(messages(open)).toEqual([
			expect.stringContaining('how long the data is kept'),
			expect.stringContaining('version 2020-01-01 does not state the right to complain'),
		]);
	});

	it('a draft after a locked version (under astro dev) as open, the locked one still, and a purpose text in both only as open', () => {
		const model = buildTimeline([...versions, version('2021-01-01', { draft: true })], texts, { ...timelineOptions, includeDrafts: true });
		const { open, locked } = checkCompleteness(model, { ...defaults, locked: new Set(['2019-01-01', '2020-01-01']) });
		expect(messages(open)).toEqual([
			expect.stringContaining('how long the data is kept'),
			expect.stringContaining('version 2021-01-01 does not state the right to complain'),
		]);
		expect(messages(locked)).toEqual([expect.stringContaining('version 2020-01-01 does not state the right to complain')]);
	});

	it('nothing in a statement without a published version', () => {
		const model = buildTimeline([version('2019-01-01', { draft: true })], texts, { ...timelineOptions, includeDrafts: true });
		expect(checkCompleteness(model, { ...defaults, locked: new Set(['2019-01-01']) })).toEqual({ open: [], locked: [] });
	});
});

describe('a clause covering an item lets a purpose leave it out of its register', () => {
	it('the interest (Art. 13(1)(d)) and the retention (Art. 13(2)(a)), but not the legal basis', () => {
		const bare: Processing = { data: ['name'], basis: 'legitimate-interests' };
		expect(messages(gaps([...everything, ...purpose('accounts', bare)]))).toEqual([expect.stringContaining('(GDPR Art. 13(1)(d))')]);
		expect(gaps([...everything, ...purpose('accounts', bare), ...covering('interests', 'legitimate-interests')])).toEqual([]);
		expect(messages(gaps([...everything, ...purpose('accounts', { data: ['name'] })]))).toEqual([expect.stringContaining('names no legal basis')]);
		expect(gaps([...everything, ...purpose('accounts', { data: ['name'], basis: 'contract' })]).map((p) => p.field)).toEqual([]);
	});
});

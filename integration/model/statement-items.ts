import { textFor } from './timeline.ts';
import type { ContentProblem, Processing, ResolvedVersion } from './types.ts';
import { RIGHTS, type CoveredItem, type Right } from './vocabulary.ts';

/** What the statement-level items are judged by, for one version. */
export interface VersionFacts {
	statement: string;
	version: ResolvedVersion;
	/** The register facts of each purpose, as the default language gives them. */
	purposes: { clause: string; facts: Processing }[];
	/** What the clauses say they cover, `rights` already read as the six rights. */
	covered: Set<CoveredItem>;
	/** The built-in contact block is shown: it prints the controller's contact details and DPO. */
	contactBlock: boolean;
}

interface Item {
	item: CoveredItem;
	/** Where GDPR asks for it: `13(1)(a)`, and for a right also the right's own article. */
	article: string;
	what: string;
	/** The version lacks it unless a clause covers it; a purpose's own gaps are reported on its file instead. */
	lacking(facts: VersionFacts): boolean;
	hint: string;
	/** Names what the register leaves out, where the register is what lacks it. */
	detail?(facts: VersionFacts): string;
}

const RIGHT_NAMES: Record<Right, string> = {
	access: 'the right of access',
	rectification: 'the right to rectification',
	erasure: 'the right to erasure',
	restriction: 'the right to restriction of processing',
	portability: 'the right to data portability',
	objection: 'the right to object',
};

const NAMED_RIGHTS = `covers: [${Object.keys(RIGHTS).join(', ')}]`;

const withoutRequirement = (facts: VersionFacts) => facts.purposes.filter((p) => !p.facts.requirement).map((p) => `\`${p.clause}\``);

const ITEMS: Item[] = [
	{
		item: 'contact',
		article: '13(1)(a)',
		what: "the controller's identity and contact details",
		lacking: (f) => !f.contactBlock,
		hint: 'Add `covers: [contact]` to the clause that gives them, or show the contact block (`statements[].contact: true`).',
	},
	{
		item: 'dpo',
		article: '13(1)(b)',
		what: 'the contact details of the data protection officer named in the controller facts',
		lacking: (f) => !f.contactBlock && f.version.controller.dpo !== undefined,
		hint: 'Add `covers: [dpo]` to the clause that gives them, or show the contact block, which prints the `dpo`.',
	},
	{
		item: 'purposes',
		article: '13(1)(c)',
		what: 'the purposes of the processing and their legal bases',
		lacking: (f) => f.purposes.length === 0,
		hint: 'Give each purpose its `processing` facts (see "The processing register"), or add `covers: [purposes]` to the clause that states them.',
	},
	{
		item: 'recipients',
		article: '13(1)(e)',
		what: 'the recipients or categories of recipients',
		lacking: (f) => !f.purposes.some((p) => p.facts.recipients?.length),
		hint: "Add `recipients:` under a purpose's `processing`, or `covers: [recipients]` to the clause that names them (or says there are none).",
	},
	{
		item: 'transfers',
		article: '13(1)(f)',
		what: 'whether data goes to countries outside the EEA, and on what safeguard',
		lacking: (f) => !f.purposes.some((p) => p.facts.transfers?.length),
		hint: 'Add `transfers:` under a purpose\'s `processing`, or `covers: [transfers]` to the clause that states them or says "we do not transfer data outside the EEA".',
	},
	{
		item: 'retention',
		article: '13(2)(a)',
		what: 'how long the data is kept',
		// A purpose without a retention is reported on its own file.
		lacking: (f) => f.purposes.length === 0,
		hint: "Add `covers: [retention]` to the clause that gives the periods or the criteria for them, or `retention:` under each purpose's `processing`.",
	},
	...Object.entries(RIGHTS).map(([right, article]): Item => ({
		item: right as Right,
		article: `13(2)(b), Art. ${article}`,
		what: RIGHT_NAMES[right as Right],
		lacking: () => true,
		hint: `Once the clause on rights states it, add \`${right}\` to its \`covers\`, e.g. \`${NAMED_RIGHTS}\`.`,
	})),
	{
		item: 'complaint',
		article: '13(2)(d)',
		what: 'the right to complain to the Autoriteit Persoonsgegevens',
		lacking: () => true,
		hint: 'Add `covers: [complaint]` to the clause that states it.',
	},
	{
		item: 'requirement',
		article: '13(2)(e)',
		what: 'whether the data must be provided, and what happens if it is not',
		lacking: (f) => f.purposes.length === 0 || withoutRequirement(f).length > 0,
		detail: (f) =>
			f.purposes.length === 0 ? '' : `: ${withoutRequirement(f).join(', ')} ${withoutRequirement(f).length > 1 ? 'have' : 'has'} no \`requirement\``,
		hint: "Add `requirement: { by, consequence }` under each purpose's `processing`, or `covers: [requirement]` to the clause that states it.",
	},
	{
		item: 'automated-decisions',
		article: '13(2)(f)',
		what: 'whether decisions are made by automated means, profiling included',
		lacking: () => true,
		hint: 'Add `covers: [automated-decisions]` to the clause that says whether there are any (and if so, their logic and consequences).',
	},
];

/** The items of Art. 13 that neither the register, the contact block nor a clause's `covers` states in this version. */
export function statementItems(facts: VersionFacts): ContentProblem[] {
	const { statement, version } = facts;
	return ITEMS.filter((item) => !facts.covered.has(item.item) && item.lacking(facts)).map((item) => ({
		file: version.source.file,
		message: `\`${statement}\` version ${version.id} does not state ${item.what} (GDPR Art. ${item.article})${item.detail?.(facts) ?? ''}.`,
		hint: item.hint,
	}));
}

/**
 * `covers: [rights]` in a version not yet locked: the checks cannot tell whether the text names all six
 * rights, so the clause must name the ones it states. A text locked that way keeps counting for all six.
 */
export function unnamedRights(facts: VersionFacts, locked: Set<string>, defaultLocale: string): ContentProblem[] {
	const { statement, version } = facts;
	return version.clauses.flatMap((clause) => {
		const text = [textFor(clause, defaultLocale), ...Object.values(clause.revisions)].find((r) => r.covers.includes('rights'));
		if (!text) return [];
		const where = locked.has(text.version)
			? ` in a new text of the clause, ${text.file.replace(/[^/]+\.mdx$/, `${version.id}.mdx`)}, as this one is locked`
			: '';
		return [
			{
				file: text.file,
				field: 'covers',
				message: `\`${statement}\` version ${version.id}: clause \`${clause.clause}\` covers \`rights\`, which does not say which of the rights of Art. 15 to 21 it states (GDPR Art. 13(2)(b)).`,
				hint: `Name the rights the text states instead${where}: \`${NAMED_RIGHTS}\`.`,
			},
		];
	});
}

/** Every language's `covers` of every clause, with `rights` read as the six rights. */
export function coveredIn(version: ResolvedVersion): Set<CoveredItem> {
	const covers = version.clauses.flatMap((c) => Object.values(c.revisions).flatMap((r) => r.covers));
	return new Set(covers.flatMap((item) => (item === 'rights' ? (Object.keys(RIGHTS) as Right[]) : [item])));
}

/** The purposes' register facts in the default language: the languages' agreement is checked per purpose. */
export function purposesOf(version: ResolvedVersion, defaultLocale: string): VersionFacts['purposes'] {
	return version.clauses.flatMap((clause) => {
		const own = textFor(clause, defaultLocale).purposes;
		const purposes = own.length > 0 ? own : (Object.values(clause.revisions).find((r) => r.purposes.length > 0)?.purposes ?? []);
		return purposes.map((facts) => ({ clause: clause.clause, facts }));
	});
}

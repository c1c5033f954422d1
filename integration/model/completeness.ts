import { digestOf } from './digest.ts';
import { textFor } from './timeline.ts';
import type { ClauseInVersion, ContentProblem, StatementModel, Processing, ResolvedVersion } from './types.ts';
import { coveredIn, purposesOf, statementItems, unnamedRights } from './statement-items.ts';
import type { References } from './references.ts';
import { BASIS_LETTERS, type CoveredItem, type LegalBasisKey } from './vocabulary.ts';
import { legalBases } from './schema/processing.ts';

export interface CompletenessOptions {
	/** Problems name this locale's file where the languages agree. */
	defaultLocale: string;
	/** The versions in the lock file: their texts can no longer change. */
	locked: Set<string>;
	/** Check the statement as a whole too (`statements[].art13`), not only each purpose. */
	art13: boolean;
}

export interface Completeness {
	/** Gaps in versions not yet locked: warnings, or errors under `strict`. */
	open: ContentProblem[];
	/** Further gaps of the newest published version when it is locked: only a new version can fill them, so they stay warnings. */
	locked: ContentProblem[];
}

/** "As long as necessary" and its kin name no period and no criteria (Art. 13(2)(a)). */
const VAGUE_RETENTION =
	/^\s*(zo ?lang( als| dat)?( dit| het)? (nodig|noodzakelijk)( is)?|niet langer dan (nodig|noodzakelijk)( is)?|as long as (is )?(necessary|needed|required)|no longer than (is )?(necessary|needed))\s*\.?\s*$/i;

/**
 * The GDPR Art. 13 items a statement must give, checked in every version not yet locked and in the newest
 * published one, so a statement locked long ago still learns what it lacks. Per purpose of the register: a
 * legal basis, the interest, a way to withdraw consent, a concrete retention, a safeguard per transfer, and
 * every language carrying the same facts. For the statement (unless `art13` is off): each item of Art. 13(1)
 * and (2), from the register, the contact block, or a clause that `covers` it.
 */
export function checkCompleteness(model: StatementModel, options: CompletenessOptions): Completeness {
	const unlocked = model.versions.filter((v) => !options.locked.has(v.id));
	const open = check(model, unlocked, options);
	const newest = model.versions.findLast((v) => !v.source.draft);
	if (!newest || !options.locked.has(newest.id)) return { open, locked: [] };
	const seen = new Set(open.map(key));
	const later = ` Version ${newest.id} is locked, so make the change in a new version.`;
	const locked = check(model, [newest], options).filter((p) => !seen.has(key(p)));
	return { open, locked: locked.map((p) => ({ ...p, hint: p.hint + later })) };
}

const key = (problem: ContentProblem) => `${problem.file}|${problem.field}|${problem.message}`;

function check(model: StatementModel, versions: ResolvedVersion[], options: CompletenessOptions): ContentProblem[] {
	// A text in force in several versions is reported once.
	const problems = new Map<string, ContentProblem>();
	const report = (problem: ContentProblem) => problems.set(key(problem), problem);
	for (const version of versions) {
		const covered = coveredIn(version);
		for (const clause of version.clauses.filter((c) => Object.values(c.revisions).some((r) => r.processing))) {
			checkPurpose(clause, covered, options.defaultLocale, report);
		}
		if (!options.art13) continue;
		const facts = { statement: model.statement, version, purposes: purposesOf(version, options.defaultLocale), covered, contactBlock: version.contact };
		for (const problem of statementItems(facts)) report(problem);
		if (!options.locked.has(version.id)) for (const problem of unnamedRights(facts, options.locked, options.defaultLocale)) report(problem);
	}
	return [...problems.values()];
}

const article = (basis: LegalBasisKey) => `Art. 6(1)(${BASIS_LETTERS[basis]})`;

/**
 * The prose and the register of a purpose must name the same legal bases: a text citing Art. 6(1)(c) for a
 * purpose whose register lists only `contract` tells the reader something the table does not (GDPR Art. 13(1)(c)).
 */
export function checkCitedBases(model: StatementModel, versions: Set<string>, references: Map<string, Pick<References, 'bases'>>): ContentProblem[] {
	const problems = new Map<string, ContentProblem>();
	for (const version of model.versions.filter((v) => versions.has(v.id))) {
		for (const clause of version.clauses) {
			for (const revision of Object.values(clause.revisions)) {
				const cited = references.get(revision.entryId)?.bases ?? [];
				if (!revision.processing || cited.length === 0) continue;
				const listed = legalBases(revision.processing).map((b) => b.basis);
				const name = `purpose \`${clause.clause}\``;
				for (const basis of cited.filter((b) => !listed.includes(b))) {
					const problem = {
						file: revision.file,
						field: 'processing.basis',
						message: `the text of ${name} cites ${article(basis)}, but its register does not list \`${basis}\` (GDPR Art. 13(1)(c): the page would state two different bases).`,
						hint: `Add \`${basis}\` to \`processing.basis\` (as a list entry with the data and retention it covers, if not all), or correct the text.`,
					};
					problems.set(`${problem.file}|${problem.message}`, problem);
				}
				for (const basis of listed.filter((b) => !cited.includes(b))) {
					const problem = {
						file: revision.file,
						field: 'processing.basis',
						message: `the register of ${name} lists \`${basis}\`, but its text cites only ${cited.map(article).join(' and ')} (GDPR Art. 13(1)(c)).`,
						hint: `Cite ${article(basis)} in the text too, or remove \`${basis}\` from \`processing.basis\` if it does not apply.`,
					};
					problems.set(`${problem.file}|${problem.message}`, problem);
				}
			}
		}
	}
	return [...problems.values()];
}

function checkPurpose(clause: ClauseInVersion, covered: Set<CoveredItem>, defaultLocale: string, report: (p: ContentProblem) => void) {
	const first = textFor(clause, defaultLocale);
	const texts = [first, ...Object.values(clause.revisions).filter((t) => t !== first)];
	const facts = first.processing;
	const file = first.file;
	const shapes = texts.map((t) => (t.processing ? digestOf(languageNeutral(t.processing)) : 'none'));
	if (new Set(shapes).size > 1) {
		report({
			file,
			field: 'processing',
			message: `the languages state different register facts for \`${clause.clause}\`: ${texts
				.map((t, i) => `${t.file} ${shapes[i] === 'none' ? 'has none' : 'has other facts'}`)
				.slice(1)
				.join(', ')} (GDPR Art. 12(1): the same information in every language).`,
			hint: 'Give every language the same data categories, basis, periods, roles, countries and safeguards; only the free text is translated.',
		});
	}
	if (!facts) return;
	const name = `purpose \`${clause.clause}\``;
	const bases = legalBases(facts).map((b) => b.basis);
	if (bases.length === 0) {
		report({
			file,
			field: 'processing.basis',
			message: `${name} names no legal basis (GDPR Art. 13(1)(c)).`,
			hint: 'Add `basis:` under `processing`: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.',
		});
	}
	if (bases.includes('legitimate-interests') && !facts.interest && !covered.has('legitimate-interests')) {
		report({
			file,
			field: 'processing.interest',
			message: `${name} rests on legitimate interests but does not say which interest (GDPR Art. 13(1)(d)).`,
			hint: 'Add `interest:` under `processing`, e.g. `interest: Het beveiligen van onze servers tegen misbruik.`, or `covers: [legitimate-interests]` to the clause that states it.',
		});
	}
	if (bases.includes('consent') && !facts.withdraw && !covered.has('withdrawal')) {
		report({
			file,
			field: 'processing.withdraw',
			message: `${name} rests on consent but does not say how to withdraw it (GDPR Art. 13(2)(c)).`,
			hint: 'Add `withdraw:` under `processing` (how to withdraw, and that it does not affect earlier processing), or `covers: [withdrawal]` to the clause that explains it.',
		});
	}
	if (!facts.retention && !covered.has('retention')) {
		report({
			file,
			field: 'processing.retention',
			message: `${name} does not say how long the data is kept (GDPR Art. 13(2)(a)).`,
			hint: 'Add `retention:` under `processing`: a `period` such as `{ years: 7 }`, with an optional `after` event, or the `criteria` that decide it; or `covers: [retention]` to the clause that gives it.',
		});
	}
	// Every language's words: "as long as necessary" in one next to real criteria in the other is still vague.
	const retentions = texts.flatMap((t) => [
		{ file: t.file, field: 'processing.retention.criteria', criteria: t.processing?.retention?.criteria },
		...legalBases(t.processing ?? {}).map((b, i) => ({ file: t.file, field: `processing.basis[${i}].retention.criteria`, criteria: b.retention?.criteria })),
	]);
	const seen = new Set<string>();
	for (const { file, field, criteria } of retentions) {
		if (criteria && !seen.has(criteria) && VAGUE_RETENTION.test(criteria)) {
			seen.add(criteria);
			report({
				file,
				field,
				message: `${name} keeps the data "${criteria.trim()}", which names neither a period nor the criteria for one (GDPR Art. 13(2)(a)).`,
				hint: 'Give a `period`, or criteria a reader can apply, e.g. `tot zes maanden na het einde van uw contract`.',
			});
		}
	}
	for (const [index, transfer] of (facts.transfers ?? []).entries()) {
		if (!transfer.safeguard) {
			report({
				file,
				field: `processing.transfers[${index}].safeguard`,
				message: `${name} sends data to ${transfer.country} without naming the safeguard (GDPR Art. 13(1)(f)).`,
				hint: 'Add `safeguard:` to the transfer: adequacy, scc, bcr or derogation.',
			});
		}
	}
}

const given = (text: string | undefined) => text !== undefined;
const neutralRetention = (retention: NonNullable<Processing['retention']>) => ({
	period: retention.period,
	after: given(retention.after),
	criteria: given(retention.criteria),
});

/** The facts every language must share: terms, periods and countries, and which free texts are given, not their words. */
export function languageNeutral(facts: Processing): unknown {
	return {
		...facts,
		otherData: facts.otherData?.length ?? 0,
		interest: given(facts.interest),
		withdraw: given(facts.withdraw),
		source: given(facts.source),
		basis: legalBases(facts).map((b) => ({ ...b, retention: b.retention && neutralRetention(b.retention), law: given(b.law) })),
		retention: facts.retention && neutralRetention(facts.retention),
		recipients: facts.recipients?.map((r) => r.role),
		transfers: facts.transfers?.map((t) => ({ ...t, recipient: given(t.recipient) })),
		requirement: facts.requirement && { by: facts.requirement.by, consequence: given(facts.requirement.consequence) },
	};
}

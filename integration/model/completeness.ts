import { checkPurposes } from './purpose-checks.ts';
import type { ContentProblem, StatementModel, ResolvedVersion } from './types.ts';
import { coveredIn, purposesOf, statementItems, unnamedRights } from './statement-items.ts';
import type { References } from './references.ts';
import { BASIS_LETTERS, type LegalBasisKey } from './vocabulary.ts';
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
		for (const clause of version.clauses.filter((c) => Object.values(c.revisions).some((r) => r.purposes.length > 0))) {
			checkPurposes(clause, covered, options.defaultLocale, report);
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
				if (revision.purposes.length === 0 || cited.length === 0) continue;
				// A clause of several purposes cites the bases of all of them.
				const listed = [...new Set(revision.purposes.flatMap((facts) => legalBases(facts).map((b) => b.basis)))];
				const name = `purpose \`${clause.clause}\``;
				// The bases are written in the register file where there is one, else in this text's frontmatter.
				const field = clause.register ? {} : { field: 'processing.basis' };
				const where = clause.register ? ` in ${clause.register.file}` : '';
				for (const basis of cited.filter((b) => !listed.includes(b))) {
					const problem = {
						file: revision.file,
						...field,
						message: `the text of ${name} cites ${article(basis)}, but its register does not list \`${basis}\` (GDPR Art. 13(1)(c): the page would state two different bases).`,
						hint: `Add \`${basis}\` to \`processing.basis\`${where} (as a list entry with the data and retention it covers, if not all), or correct the text.`,
					};
					problems.set(`${problem.file}|${problem.message}`, problem);
				}
				for (const basis of listed.filter((b) => !cited.includes(b))) {
					const problem = {
						file: revision.file,
						...field,
						message: `the register of ${name} lists \`${basis}\`, but its text cites only ${cited.map(article).join(' and ')} (GDPR Art. 13(1)(c)).`,
						hint: `Cite ${article(basis)} in the text too, or remove \`${basis}\` from \`processing.basis\`${where} if it does not apply.`,
					};
					problems.set(`${problem.file}|${problem.message}`, problem);
				}
			}
		}
	}
	return [...problems.values()];
}

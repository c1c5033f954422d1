import { byCodeUnits } from './digest.ts';
import { isIsoDate } from './dates.ts';
import { CLAUSE_ID, clausePath, versionPath } from './paths.ts';
import type { ClauseInVersion, ContentProblem, StatementModel, RevisionRecord, VersionRecord } from './types.ts';

export interface ValidateOptions {
	/** Content base relative to the project root, e.g. `content`. */
	base: string;
	locales: string[];
	missingTranslation: 'error' | 'notice';
	/** `YYYY-MM-DD`, the real date (not `POLICY_BUILD_DATE`, which previews another day): no correction can be dated after it. */
	today: string;
}

/** Checks what no single file can check on its own: ids, references between files, and translations. */
export function validateStatement(versions: VersionRecord[], revisions: RevisionRecord[], options: ValidateOptions): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const versionIds = new Set(versions.map((v) => v.id));
	const sorted = [...versions].sort((a, b) => byCodeUnits(a.id, b.id));
	const newestPublished = sorted.filter((v) => !v.draft).at(-1)?.id ?? '';

	for (const version of sorted) {
		if (!isIsoDate(version.id)) {
			problems.push({
				file: version.file,
				message: `\`${version.id}\` is not a version id.`,
				hint: 'Name version files after their effective date, a real date written as YYYY-MM-DD, e.g. `2025-01-31.yaml`.',
			});
		}
		if (version.draft && version.id < newestPublished) {
			problems.push({
				file: version.file,
				field: 'draft',
				message: `draft ${version.id} is dated before version ${newestPublished}, which is already published, so it could never take effect.`,
				hint: `Rename the draft to a date after ${newestPublished}, or delete it.`,
			});
		}
		for (const locale of Object.keys(version.summary).filter((l) => !options.locales.includes(l))) {
			problems.push({
				file: version.file,
				field: `summary.${locale}`,
				message: `the summary has a text for locale \`${locale}\`, which the statement is not published in (${options.locales.join(', ')}).`,
				hint: 'Remove it, or add the locale to the `locales` option of astroPrivacy().',
			});
		}
		for (const [index, correction] of version.corrections.entries()) {
			if (correction.date < version.id) {
				problems.push({
					file: version.file,
					field: `corrections[${index}].date`,
					message: `the correction is dated ${correction.date}, before version ${version.id} took effect, so there was nothing published to correct yet.`,
					hint: `Give the day the correction was made, on or after ${version.id}.`,
				});
			}
			if (correction.date > options.today) {
				problems.push({
					file: version.file,
					field: `corrections[${index}].date`,
					message: `the correction is dated ${correction.date}, after today (${options.today}): a correction records an edit already made.`,
					hint: `Give the day the correction was made, ${options.today} or earlier; a change that is to take effect later is a new version.`,
				});
			}
		}
		for (const locale of options.locales) {
			if (!version.summary[locale]?.trim()) {
				problems.push({
					file: version.file,
					field: `summary.${locale}`,
					message: `the summary is missing for locale \`${locale}\`.`,
					hint: `Add a one-line summary of the change under \`summary.${locale}\`; it is shown in the history and the feed.`,
				});
			}
		}
	}

	for (const revision of revisions) {
		if (!options.locales.includes(revision.locale)) {
			problems.push({
				file: revision.file,
				message: `\`${revision.locale}\` is not one of the statement's locales (${options.locales.join(', ')}).`,
				hint: "Move the file into a locale folder, or add the locale to the `locales` option of astroPrivacy() (the site's own i18n config does not limit them).",
			});
		}
		if (!CLAUSE_ID.test(revision.clause) || revision.clause.startsWith('policy-')) {
			problems.push({
				file: revision.file,
				message: `\`${revision.clause}\` is not a valid clause id.`,
				hint: 'A clause folder name is its anchor in the page: use lower-case letters, digits and dashes, not starting with `policy-`.',
			});
		}
		if (!versionIds.has(revision.version)) {
			problems.push({
				file: revision.file,
				message: `the clause points at version \`${revision.version}\`, which does not exist.`,
				hint: `Create ${versionPath(options.base, revision.statement, revision.version)}, or rename the file after an existing version.`,
			});
		}
	}

	problems.push(...checkRemovalsAndCorrections(sorted, revisions, options));
	return problems;
}

function checkRemovalsAndCorrections(versions: VersionRecord[], revisions: RevisionRecord[], options: ValidateOptions): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const known = new Set<string>();
	for (const version of versions) {
		const revisedHere = new Set(revisions.filter((r) => r.version === version.id).map((r) => r.clause));
		for (const [index, clause] of version.removes.entries()) {
			if (!known.has(clause)) {
				problems.push({
					file: version.file,
					field: `removes[${index}]`,
					message: `version ${version.id} removes clause \`${clause}\`, which no earlier version contains.`,
					hint: 'Check the spelling against the clause folder names, or drop the entry.',
				});
			} else if (revisedHere.has(clause)) {
				problems.push({
					file: version.file,
					field: `removes[${index}]`,
					message: `version ${version.id} both removes and revises clause \`${clause}\`.`,
					hint: `Either drop the removal or delete the ${version.id}.mdx texts of that clause.`,
				});
			}
			known.delete(clause);
		}
		for (const clause of revisedHere) known.add(clause);
		for (const [index, correction] of version.corrections.entries()) {
			const target = revisions.some((r) => r.version === version.id && r.clause === correction.clause && r.locale === correction.locale);
			if (!target) {
				problems.push({
					file: version.file,
					field: `corrections[${index}]`,
					message: `the correction names clause \`${correction.clause}\` in \`${correction.locale}\`, but version ${version.id} has no such text.`,
					hint: `A correction belongs to the version whose file it corrects: ${clausePath(options.base, version.statement, correction.locale, correction.clause, version.id)}.`,
				});
			}
		}
	}
	return problems;
}

/** A clause must exist in every locale in every version, unless missing translations are shown as a notice. */
export function checkTranslations(model: StatementModel, options: ValidateOptions): ContentProblem[] {
	if (options.missingTranslation === 'notice') return [];
	const problems: ContentProblem[] = [];
	const reported = new Set<string>();
	for (const version of model.versions) {
		for (const clause of version.clauses) {
			const present = Object.values(clause.revisions);
			for (const locale of options.locales) {
				const source = present[0]!;
				const key = `${clause.clause}/${locale}/${source.version}`;
				if (clause.revisions[locale] || reported.has(key)) continue;
				reported.add(key);
				const missing = clausePath(options.base, model.statement, locale, clause.clause, source.version);
				problems.push({
					file: source.file,
					message: `clause \`${clause.clause}\` has no ${locale} text in version ${version.id}: ${source.file} exists, ${missing} does not.`,
					hint: `Write ${missing}, or set \`missingTranslation: 'notice'\` to publish it with a visible "not yet translated" notice.`,
				});
			}
		}
	}
	return problems;
}

/**
 * What a version changes must really change, and in every language at once: a text identical to the one
 * it replaces, a clause revised in one language only (unless `singleLanguage` says why), or a
 * `controller` change that changes nothing is an error.
 */
export function checkChanges(model: StatementModel, options: ValidateOptions): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let before: StatementModel['versions'][number] | undefined;
	for (const version of model.versions) {
		const previous = new Map(before?.clauses.map((c) => [c.clause, c]));
		const declared = new Set(version.source.singleLanguage.map((s) => `${s.locale}/${s.clause}`));
		const used = new Set<string>();
		// A clause's position is one fact in every language: which file's `order` counts must not matter.
		for (const clause of version.clauses.filter((c) => c.change !== 'unchanged')) {
			const texts = Object.values(clause.revisions);
			if (new Set(texts.map((t) => t.order)).size > 1) {
				problems.push({
					file: texts[0]!.file,
					field: 'order',
					message: `clause \`${clause.clause}\` has a different \`order\` per language in version ${version.id}: ${texts.map((t) => `${t.order} in ${t.file}`).join(', ')}.`,
					hint: 'Give the clause the same `order` in every language.',
				});
			}
		}
		for (const clause of version.clauses) {
			const old = previous.get(clause.clause)?.register;
			if (clause.register && old && clause.register.entryId !== old.entryId && clause.register.sha256 === old.sha256) {
				problems.push({
					file: clause.register.file,
					message: `nothing changed: the file is identical to ${old.file}, the register file it would replace.`,
					hint: 'Delete the file; a version lists only facts that change.',
				});
			}
		}
		for (const clause of version.clauses.filter((c) => c.change === 'changed')) {
			const old = previous.get(clause.clause)!;
			for (const locale of clause.changedIn) {
				const revision = clause.revisions[locale]!;
				if (old.revisions[locale]?.entryId !== revision.entryId && old.revisions[locale]?.sha256 === revision.sha256) {
					problems.push({
						file: revision.file,
						message: `nothing changed: the file is identical to ${old.revisions[locale]!.file}, the text it would replace.`,
						hint: 'Delete the file; a version lists only texts that change.',
					});
				}
			}
			const unchanged = Object.keys(clause.revisions).filter((l) => !clause.changedIn.includes(l) && old.revisions[l]);
			if (unchanged.length === 0) continue;
			for (const locale of clause.changedIn) {
				const key = `${locale}/${clause.clause}`;
				used.add(key);
				if (declared.has(key)) continue;
				const changed = clause.revisions[locale]!;
				const missing = unchanged.map((l) => clausePath(options.base, model.statement, l, clause.clause, version.id)).join(' and ');
				problems.push({
					file: changed.file,
					message: `version ${version.id} changes clause \`${clause.clause}\` in ${locale} only: ${changed.file} exists, ${missing} does not, so the languages would state different things.`,
					hint: `Write ${missing} as well, or, for a change that concerns one language only, list it under \`singleLanguage\` in ${version.source.file} with a \`reason\`.`,
				});
			}
		}
		for (const [index, entry] of version.source.singleLanguage.entries()) {
			if (!used.has(`${entry.locale}/${entry.clause}`)) {
				problems.push({
					file: version.source.file,
					field: `singleLanguage[${index}]`,
					message: `version ${version.id} lists clause \`${entry.clause}\` as changed in ${entry.locale} only, but it does not change it in ${entry.locale} alone.`,
					hint: 'Remove the entry, or check the clause id and locale.',
				});
			}
		}
		if (version.source.controller && !before) {
			problems.push({
				file: version.source.file,
				field: 'controller',
				message: `the first version, ${version.id}, records a controller change.`,
				hint: 'The first version shows the `controller` option of astro.config.mjs: put the facts there and remove this entry.',
			});
		} else if (version.source.controller && !version.controllerChanged) {
			problems.push({
				file: version.source.file,
				field: 'controller',
				message: `version ${version.id} records a controller change, but the facts are the same as before.`,
				hint: 'Remove the `controller` entry, or correct the facts in it.',
			});
		}
		before = version;
	}
	return problems;
}

/**
 * Sections must form a tree in every version: a parent is another clause of the same version, no clause
 * is its own ancestor, every language names the same parent, and the one intro stands alone at the top.
 */
export function checkSections(model: StatementModel): ContentProblem[] {
	const problems = new Map<string, ContentProblem>();
	const report = (problem: ContentProblem) => problems.set(`${problem.file}|${problem.message}`, problem);
	for (const version of model.versions) {
		const byId = new Map(version.clauses.map((c) => [c.clause, c]));
		const intros = version.clauses.filter((c) => c.intro);
		for (const clause of version.clauses) {
			const texts = Object.values(clause.revisions);
			const file = texts[0]!.file;
			if (new Set(texts.map((t) => t.parent)).size > 1 || new Set(texts.map((t) => t.intro)).size > 1) {
				report({
					file,
					field: 'parent',
					message: `clause \`${clause.clause}\` sits in a different place per language in version ${version.id}: ${texts.map((t) => `${t.intro ? 'intro' : t.parent ? `under \`${t.parent}\`` : 'top level'} in ${t.file}`).join(', ')}.`,
					hint: 'Give the clause the same `parent` (and `intro`) in every language.',
				});
			}
			if (!clause.parent) continue;
			const parent = byId.get(clause.parent);
			if (clause.intro)
				report({
					file,
					field: 'parent',
					message: `the intro \`${clause.clause}\` names a parent section; the intro stands alone before the contents.`,
					hint: 'Remove `parent` from the intro, or `intro` from the clause.',
				});
			else if (!parent)
				report({
					file,
					field: 'parent',
					message: `the parent section \`${clause.parent}\` is not a clause of version ${version.id}.`,
					hint: 'Name the folder of a clause in force in this version, or remove `parent` for a top-level clause.',
				});
			else if (parent.intro)
				report({
					file,
					field: 'parent',
					message: `\`${clause.parent}\` is the intro, which has no sub-sections.`,
					hint: 'Put the clause under another section, or at the top level.',
				});
			else if (isOwnAncestor(clause, byId))
				report({
					file,
					field: 'parent',
					message: `clause \`${clause.clause}\` is, through its parents, a section of itself in version ${version.id}.`,
					hint: 'Break the loop: one of these clauses must be at the top level or under another section.',
				});
		}
		const siblings = new Map<string, ClauseInVersion>();
		for (const clause of version.clauses.filter((c) => !c.intro)) {
			const key = `${clause.depth > 0 ? clause.parent : ''}/${clause.order}`;
			const other = siblings.get(key);
			// The clause whose text is newer is the one that moved into the other's place.
			const newest = (c: ClauseInVersion) => Object.values(c.revisions).reduce((a, b) => (b.version > a.version ? b : a));
			if (other)
				report({
					file: [newest(other), newest(clause)].reduce((a, b) => (b.version > a.version ? b : a)).file,
					field: 'order',
					message: `clauses \`${other.clause}\` and \`${clause.clause}\` both have \`order: ${clause.order}\`${clause.depth > 0 ? ` under \`${clause.parent}\`` : ''} in version ${version.id}, so which comes first is left to chance.`,
					hint: 'Give each clause its own `order`; leave gaps (10, 20, 30) for clauses inserted later.',
				});
			else siblings.set(key, clause);
		}
		if (intros.length > 1) {
			report({
				file: Object.values(intros[1]!.revisions)[0]!.file,
				field: 'intro',
				message: `version ${version.id} has ${intros.length} intros: ${intros.map((c) => `\`${c.clause}\``).join(', ')}.`,
				hint: 'A statement opens with one intro; make the others ordinary clauses.',
			});
		}
	}
	return [...problems.values()];
}

function isOwnAncestor(clause: ClauseInVersion, byId: Map<string, ClauseInVersion>): boolean {
	const seen = new Set<string>();
	for (let at = clause.parent; at; at = byId.get(at)?.parent) {
		if (at === clause.clause) return true;
		if (seen.has(at)) return false;
		seen.add(at);
	}
	return false;
}

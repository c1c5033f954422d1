import { CLAUSE_ID, clausePath, versionPath } from './paths.ts';
import type { ContentProblem, RegisterRecord, RevisionRecord, VersionRecord } from './types.ts';
import type { ValidateOptions } from './validate.ts';
import { perLanguageGaps } from './words.ts';

/**
 * Checks the register files of a statement: each belongs to a version and to a clause that has text, states
 * something, gives every per-language text in every locale, and is the only place its clause's facts are written.
 */
export function checkRegisters(
	registers: RegisterRecord[],
	revisions: RevisionRecord[],
	versions: VersionRecord[],
	options: ValidateOptions,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const versionIds = new Set(versions.map((v) => v.id));
	for (const register of registers) {
		const { file, clause } = register;
		if (!versionIds.has(register.version)) {
			problems.push({
				file,
				message: `the register file points at version \`${register.version}\`, which does not exist.`,
				hint: `Create ${versionPath(options.base, register.statement, register.version)}, or rename the file after an existing version.`,
			});
		}
		if (!CLAUSE_ID.test(clause) || !revisions.some((r) => r.clause === clause)) {
			problems.push({
				file,
				message: `the register file is for clause \`${clause}\`, which has no text in any language.`,
				hint: `Name its folder after the clause it describes, or write the clause, e.g. ${clausePath(options.base, register.statement, options.locales[0]!, clause, register.version)}.`,
			});
		}
		if (!register.processing && !register.purposes && !register.cookies) {
			problems.push({
				file,
				message: 'the register file states no facts.',
				hint: 'Add `processing:` (the facts of a purpose), `purposes:` (of several) or `cookies:` (a cookie table), or delete the file.',
			});
		}
		if (register.processing && register.purposes) {
			problems.push({
				file,
				field: 'purposes',
				message: 'the register file gives both `processing` and `purposes`.',
				hint: 'Write one purpose under `processing`, or all of them, each with its `purpose` name, under `purposes`.',
			});
		}
		for (const gap of perLanguageGaps({ processing: register.processing, purposes: register.purposes, cookies: register.cookies }, options.locales)) {
			problems.push({
				file,
				field: gap.field,
				message: `the text is given per language, but ${[
					gap.missing.length > 0 && `not in ${gap.missing.map((l) => `\`${l}\``).join(', ')}`,
					gap.unknown.length > 0 && `also in ${gap.unknown.map((l) => `\`${l}\``).join(', ')}, which the statement is not published in`,
				]
					.filter(Boolean)
					.join(', and ')}.`,
				hint: `Give one text per locale of the statement (${options.locales.join(', ')}), or one text for all of them if the words are the same.`,
			});
		}
	}
	for (const revision of revisions.filter((r) => r.purposes.length > 0)) {
		const register = registers.find((r) => r.clause === revision.clause && r.version <= revision.version);
		if (register) {
			problems.push({
				file: revision.file,
				field: 'processing',
				message: `the facts of \`${revision.clause}\` are written twice: here and in ${register.file}, which is in force for this text.`,
				hint: 'Remove `processing` from the frontmatter: the register file states the facts once for every language.',
			});
		}
	}
	return problems;
}

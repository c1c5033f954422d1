import { stringify } from 'yaml';
import { ImportError } from './types.ts';
import { textsInForce, type ExistingStatement, type ExistingText } from './existing.ts';
import { clauseFile, matchClauses, plannedClauses, unchanged, type PlannedClause } from './plan.ts';
import type { ImportedStatement } from './types.ts';
import { alignTranslation } from './align.ts';
import { uniqueIds } from './clause-ids.ts';

export interface ImportOptions {
	statement: string;
	locale: string;
	version: string;
	/** The imported file, named in the version's summary. */
	source: string;
	/** The statement's languages: the version file has a summary in each. */
	locales: string[];
	/** Controller facts found in the text: the first version file names them in a comment, never as facts. */
	suggested: object;
}

export interface ImportPlan {
	kind: 'first' | 'next' | 'translation';
	/** Paths relative to the statement folder, and their text. */
	files: { path: string; text: string }[];
	clauses: PlannedClause[];
	/** What the user does next, in order. */
	next: string[];
}

const INTRO_TITLE: Record<string, string> = { nl: 'Inleiding', en: 'Introduction' };

/** What an import writes: a first version, the next version of a statement already imported, or another language of one. */
export function planImport(statement: ImportedStatement, existing: ExistingStatement, options: ImportOptions): ImportPlan {
	const { locale, version } = options;
	const intro = INTRO_TITLE[locale] ?? 'Introduction';
	const text = (clause: PlannedClause, at = version) => ({ path: `${locale}/${clause.id}/${at}.mdx`, text: clauseFile(clause) });
	if (existing.versions.length === 0) {
		const clauses = plannedClauses(statement, intro);
		const summary = { nl: `Eerste versie, overgenomen uit ${options.source}.`, en: `First version, taken over from ${options.source}.` };
		const file = versionFile(version, summary, options.locales);
		const found = Object.entries(options.suggested).map(([field, value]) => `#   ${field}: ${JSON.stringify(value)}`);
		if (found.length > 0) {
			file.text += `# Controller facts the import found in ${options.source}; check them, then set them in the\n# \`controller\` option of astroPrivacy() (this comment is only a note):\n${found.join('\n')}\n`;
		}
		return { kind: 'first', clauses, files: [file, ...clauses.map((c) => text(c))], next: [] };
	}
	const newest = existing.versions.at(-1)!.id;
	// Another language's copy of a version already imported: its sections join the clauses of that version.
	const translated = existing.texts.some((t) => t.locale === locale && t.version === version);
	const firstOfLocale = !existing.texts.some((t) => t.locale === locale);
	if (firstOfLocale || (existing.versions.some((v) => v.id === version) && !translated)) {
		const at = existing.versions.some((v) => v.id === version) ? version : newest;
		const { clauses, versions } = alignTranslation(plannedClauses(statement, intro), existing, at, locale);
		return { kind: 'translation', clauses, files: clauses.map((c) => text(c, versions.get(c.id)!)), next: [] };
	}
	if (version <= newest) {
		throw new ImportError(
			`--version ${version} is not after ${newest}, the newest version of \`${options.statement}\`.`,
			`A later copy becomes a new version: give its date, after ${newest}${existing.newestLocked ? ` (published history up to ${existing.newestLocked} is locked)` : ''}.`,
		);
	}
	return nextVersion(statement, textsInForce(existing, locale, newest), existing, options, intro);
}

function nextVersion(statement: ImportedStatement, inForce: ExistingText[], existing: ExistingStatement, options: ImportOptions, intro: string): ImportPlan {
	const planned = plannedClauses(statement, intro);
	const { matched, removed } = matchClauses(planned, inForce);
	// Matched sections keep their clause's id and place; new ones get ids no clause ever had.
	const taken = new Set(existing.texts.map((t) => t.clause));
	const fresh = planned.filter((c) => !matched.has(c));
	const freshIds = uniqueIds(
		fresh.map((c) => c.title),
		taken,
	);
	const ids = new Map(planned.map((c) => [c.id, matched.get(c)?.clause ?? freshIds[fresh.indexOf(c)]!]));
	const clauses = planned.map((c) => ({ ...c, id: ids.get(c.id)!, parent: c.parent && ids.get(c.parent), order: matched.get(c)?.order ?? c.order }));
	const changed = clauses.filter((c, i) => !matched.has(planned[i]!) || !unchanged(c, matched.get(planned[i]!)!));
	const names = (list: { title: string }[]) => list.map((c) => c.title).join(', ');
	const added = clauses.filter((_, i) => !matched.has(planned[i]!));
	const edited = changed.filter((c) => !added.includes(c));
	const parts = (nl: boolean) =>
		[
			edited.length && `${nl ? 'Gewijzigd' : 'Changed'}: ${names(edited)}.`,
			added.length && `${nl ? 'Nieuw' : 'New'}: ${names(added)}.`,
			removed.length && `${nl ? 'Vervallen' : 'Removed'}: ${names(removed)}.`,
		]
			.filter(Boolean)
			.join(' ');
	const summary = { nl: parts(true) || 'Geen inhoudelijke wijziging.', en: parts(false) || 'No change in substance.' };
	const others = [...new Set(existing.texts.map((t) => t.locale))].filter((l) => l !== options.locale);
	return {
		kind: 'next',
		clauses,
		files: [
			versionFile(
				options.version,
				summary,
				options.locales,
				removed.map((r) => r.clause),
			),
			...changed.map((c) => ({ path: `${options.locale}/${c.id}/${options.version}.mdx`, text: clauseFile(c) })),
		],
		next: others.map(
			(l) =>
				`The ${l} texts of the changed clauses are not updated: import the ${l} copy with \`--locale ${l} --version ${options.version}\`, or list the clauses under \`singleLanguage\`.`,
		),
	};
}

/** The version file, with a summary in each of the statement's languages (English words where there is no other). */
function versionFile(version: string, summary: { nl: string; en: string }, locales: string[], removes: string[] = []) {
	const each = Object.fromEntries(locales.map((l) => [l, l === 'nl' ? summary.nl : summary.en]));
	return { path: `versions/${version}.yaml`, text: stringify({ summary: each, ...(removes.length > 0 ? { removes } : {}) }, { lineWidth: 0 }) };
}

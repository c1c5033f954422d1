import { byCodeUnits, digestOf } from './digest.ts';
import { sameText, textFor } from './timeline.ts';
import type { ClauseInVersion, Controller, StatementModel, ResolvedVersion } from './types.ts';

export type ClauseComparison =
	| { clause: string; kind: 'added'; after: ClauseInVersion }
	| { clause: string; kind: 'removed'; before: ClauseInVersion }
	| { clause: string; kind: 'changed'; before: ClauseInVersion; after: ClauseInVersion }
	/** The text of this locale stayed; only other languages changed, for the reasons given. */
	| { clause: string; kind: 'otherLanguage'; after: ClauseInVersion; languages: string[]; reasons: string[] };

export interface VersionComparison {
	/** Absent for the first version: everything in it is new. */
	from: ResolvedVersion | undefined;
	to: ResolvedVersion;
	clauses: ClauseComparison[];
	/** The controller facts that differ between the two versions: added, withdrawn or changed. */
	controllerChanges: (keyof Controller)[];
}

/**
 * What a reader of `locale` sees change between two versions, adjacent or years apart: clauses added,
 * removed and changed in the text of that locale, and those whose text changed only in another language.
 */
export function compareVersions(model: StatementModel, fromId: string | undefined, toId: string, locale: string): VersionComparison {
	const from = model.versions.find((v) => v.id === fromId);
	const to = model.versions.find((v) => v.id === toId)!;
	const before = new Map(from?.clauses.map((c) => [c.clause, c]));
	const clauses: ClauseComparison[] = [];
	for (const after of to.clauses) {
		const old = before.get(after.clause);
		if (!old) {
			clauses.push({ clause: after.clause, kind: 'added', after });
		} else if (!sameText(textFor(old, locale), textFor(after, locale))) {
			clauses.push({ clause: after.clause, kind: 'changed', before: old, after });
		} else {
			const languages = Object.keys(after.revisions).filter((l) => !sameText(old.revisions[l], after.revisions[l]!));
			if (languages.length > 0)
				clauses.push({ clause: after.clause, kind: 'otherLanguage', after, languages, reasons: reasonsBetween(model, from, to, after.clause, languages) });
		}
	}
	const kept = new Set(to.clauses.map((c) => c.clause));
	for (const old of from?.clauses ?? []) if (!kept.has(old.clause)) clauses.push({ clause: old.clause, kind: 'removed', before: old });
	return { from, to, clauses, controllerChanges: from && from.controllerDigest !== to.controllerDigest ? changedFacts(from.controller, to.controller) : [] };
}

function changedFacts(before: Controller, after: Controller): (keyof Controller)[] {
	const facts = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof Controller)[];
	return facts.filter((fact) => digestOf(before[fact] ?? null) !== digestOf(after[fact] ?? null)).sort(byCodeUnits);
}

/** The `singleLanguage` reasons recorded for a clause by the versions after `from` up to `to`. */
function reasonsBetween(model: StatementModel, from: ResolvedVersion | undefined, to: ResolvedVersion, clause: string, languages: string[]): string[] {
	return model.versions
		.filter((v) => (!from || v.id > from.id) && v.id <= to.id)
		.flatMap((v) => v.source.singleLanguage.filter((s) => s.clause === clause && languages.includes(s.locale)).map((s) => s.reason));
}

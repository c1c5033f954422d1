import { shownTextKey } from './purpose.ts';
import { textFor } from './timeline.ts';
import type { StatementModel, ResolvedVersion, RevisionRecord } from './types.ts';

/** One distinct text a reader of one locale can find: a clause revision as shown with one set of controller and purpose facts. */
export interface SearchRecord {
	clause: string;
	revision: RevisionRecord;
	/** The versions this text is in force in, oldest first: a contiguous run with the same facts. */
	versions: ResolvedVersion[];
}

/**
 * The search index's records for one locale: each distinct text once, however many versions show it, so
 * the index grows with distinct revisions, not versions × clauses. Drafts are never included.
 */
export function searchRecords(model: StatementModel, locale: string): SearchRecord[] {
	const records = new Map<string, SearchRecord>();
	for (const version of model.versions.filter((v) => v.status !== 'draft')) {
		for (const clause of version.clauses) {
			const revision = textFor(clause, locale);
			const key = shownTextKey(revision, version.controllerDigest);
			const record = records.get(key);
			if (record) record.versions.push(version);
			else records.set(key, { clause: clause.clause, revision, versions: [version] });
		}
	}
	return [...records.values()];
}

/** The version a hit links to: the current one when the text is in force now, else the newest that has it. */
export function linkedVersion(record: SearchRecord): ResolvedVersion {
	return record.versions.find((v) => v.status === 'current') ?? record.versions.at(-1)!;
}

import type { RegisterRecord, RevisionRecord, VersionRecord } from '../model/types.ts';
import type { ClauseFrontmatter, RegisterFacts, VersionFrontmatter } from './schema.ts';

/** Under `astro dev`, the loader stores its error under this id instead of the content, and pages throw it. */
export const PROBLEMS_ENTRY = 'astro-privacy:problems';

/** What the loader stores per file; the same shape comes back from `getCollection('policy')`. */
export interface PolicyEntry {
	/** `<statement>/versions/<version>`, `<statement>/<locale>/<clause>/<version>` or `<statement>/register/<clause>/<version>`. */
	id: string;
	data: ({ kind: 'clause' } & ClauseFrontmatter) | ({ kind: 'version' } & VersionFrontmatter) | ({ kind: 'register' } & RegisterFacts);
	filePath?: string | undefined;
	/** SHA-256 of the file. */
	digest?: string | number | undefined;
}

/** Turns collection entries of one statement into the pure model's records. */
export function toRecords(statement: string, entries: PolicyEntry[]): { versions: VersionRecord[]; revisions: RevisionRecord[]; registers: RegisterRecord[] } {
	const versions: VersionRecord[] = [];
	const revisions: RevisionRecord[] = [];
	const registers: RegisterRecord[] = [];
	for (const entry of entries) {
		const parts = entry.id.split('/');
		if (parts[0] !== statement) continue;
		const file = entry.filePath ?? entry.id;
		if (entry.data.kind === 'version') {
			const { summary, draft, material, removes, corrections, singleLanguage, controller, contact } = entry.data;
			versions.push({ statement, id: parts[2]!, summary, draft, material, removes, corrections, singleLanguage, controller, contact, file });
		} else if (entry.data.kind === 'register') {
			const [, , clause, version] = parts as [string, string, string, string];
			const { processing, purposes, cookies } = entry.data;
			registers.push({ entryId: entry.id, statement, clause, version, processing, purposes, cookies, sha256: String(entry.digest), file });
		} else {
			const [, locale, clause, version] = parts as [string, string, string, string];
			const { title, order, summary, parent, intro, processing, covers } = entry.data;
			revisions.push({
				entryId: entry.id,
				statement,
				locale,
				clause,
				version,
				title,
				order,
				summary,
				parent,
				intro: intro ?? false,
				purposes: processing ? [processing] : [],
				covers: covers ?? [],
				sha256: String(entry.digest),
				file,
			});
		}
	}
	return { versions, revisions, registers };
}

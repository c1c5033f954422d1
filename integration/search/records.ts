/**
 * The search records of a build, handed from the pages that render them to the hook that indexes them.
 * The pages run in Astro's bundle and the hook in the integration, two copies of this module in one
 * process, so the records live on `globalThis` under a registered symbol both copies find.
 */

/** One distinct clause text, as the index gets it. */
export interface SearchRecordData {
	/** The page and anchor a hit links to. */
	url: string;
	/** The language of the text, which Pagefind indexes under. */
	lang: string;
	title: string;
	summary: string | undefined;
	/** The clause text as rendered, HTML. */
	html: string;
	/** A purpose's register facts as its page lists them, labelled ("Bewaartermijn": "6 weken"); none for other clauses. */
	facts: { label: string; values: string[] }[];
	statement: string;
	/** The statement's name in this language, shown when a search spans statements. */
	statementTitle: string;
	clause: string;
	/** The versions the text is in force in, oldest first, and their statuses. */
	versions: string[];
	statuses: string[];
	/** "In the version of …" or "In the versions of … to …". */
	label: string;
}

const STORE = Symbol.for('astro-privacy.search-records');
type Store = { [STORE]?: SearchRecordData[] };

export function collectSearchRecord(record: SearchRecordData) {
	((globalThis as Store)[STORE] ??= []).push(record);
}

/** The records collected since the last call; the store is emptied, so a second build starts afresh. */
export function takeSearchRecords(): SearchRecordData[] {
	const records = (globalThis as Store)[STORE] ?? [];
	delete (globalThis as Store)[STORE];
	return records;
}
